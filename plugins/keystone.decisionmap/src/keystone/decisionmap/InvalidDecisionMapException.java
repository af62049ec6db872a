package keystone.decisionmap;

import java.util.List;

import org.eclipse.osgi.util.NLS;

import keystone.decisionmap.internal.Messages;
import keystone.model.KeystoneException;

/**
 * A decision map was not saved because it breaks the rules of {@link DecisionMapValidation}; the message names the
 * first problem, {@link #problems()} lists them all.
 */
public class InvalidDecisionMapException extends KeystoneException {

    private static final long serialVersionUID = 1L;

    private final transient List<DecisionMapValidation.Problem> problems;

    public InvalidDecisionMapException(String accountName, List<DecisionMapValidation.Problem> problems) {
        super(NLS.bind(Messages.Invalid_map, accountName, problems.get(0).message()));
        this.problems = List.copyOf(problems);
    }

    public List<DecisionMapValidation.Problem> problems() {
        return problems;
    }
}
