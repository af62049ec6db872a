package keystone.dossier;

import java.util.List;
import java.util.Locale;

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
        String field = problem.field().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return switch (problem.rule()) {
            case SHARE_OF_WALLET_OVER_100 -> "The dossier of '" + accountName + "' was not saved: our share of wallet "
                    + "and the competitors' shares add up to " + problem.total().toPlainString()
                    + " %, more than 100 %. Lower the estimates so that they add up to 100 % at most.";
            case REQUIRED -> "The dossier of '" + accountName + "' was not saved: the " + field
                    + " is required. Fill it in.";
            case TOO_LONG -> "The dossier of '" + accountName + "' was not saved: the " + field + " is longer than "
                    + problem.field().maxLength() + " characters. Shorten it.";
        };
    }
}
