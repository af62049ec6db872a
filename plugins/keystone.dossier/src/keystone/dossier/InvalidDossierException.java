package keystone.dossier;

import java.util.List;

import org.eclipse.osgi.util.NLS;

import keystone.dossier.internal.Messages;
import keystone.model.KeystoneException;

/**
 * A dossier was not saved because it breaks the rules of {@link DossierValidation}; the message names the first
 * problem, {@link #problems()} lists them all.
 */
public class InvalidDossierException extends KeystoneException {

    private static final long serialVersionUID = 1L;

    private final transient List<DossierValidation.Problem> problems;

    public InvalidDossierException(String accountName, List<DossierValidation.Problem> problems) {
        super(message(accountName, problems.get(0)));
        this.problems = List.copyOf(problems);
    }

    public List<DossierValidation.Problem> problems() {
        return problems;
    }

    private static String message(String accountName, DossierValidation.Problem problem) {
        return switch (problem.rule()) {
            case SHARE_OF_WALLET_OVER_100 -> NLS.bind(Messages.Invalid_shareOfWallet, accountName,
                    problem.total().toPlainString());
            case REQUIRED -> NLS.bind(Messages.Invalid_required, accountName, Messages.field(problem.field()));
            case TOO_LONG -> NLS.bind(Messages.Invalid_tooLong, new Object[] {accountName,
                Messages.field(problem.field()), problem.field().maxLength()});
        };
    }
}
