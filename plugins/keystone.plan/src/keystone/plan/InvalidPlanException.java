package keystone.plan;

import java.util.List;

import org.eclipse.osgi.util.NLS;

import keystone.model.KeystoneException;
import keystone.plan.internal.Messages;

/**
 * A plan was not saved because it breaks the rules of {@link PlanValidation}; the message names the first problem's
 * field, {@link #problems()} lists them all.
 */
public class InvalidPlanException extends KeystoneException {

    private static final long serialVersionUID = 1L;

    private final transient List<PlanValidation.Problem> problems;

    /**
     * @param problems at least one
     */
    public InvalidPlanException(String accountName, int year, List<PlanValidation.Problem> problems) {
        super(message(accountName, year, problems));
        this.problems = List.copyOf(problems);
    }

    public List<PlanValidation.Problem> problems() {
        return problems;
    }

    private static String message(String accountName, int year, List<PlanValidation.Problem> problems) {
        String first = problems.get(0).message();
        return switch (problems.size()) {
            case 1 -> NLS.bind(Messages.Invalid_plan, new Object[] {year, accountName, first});
            case 2 -> NLS.bind(Messages.Invalid_planOneMore, new Object[] {year, accountName, first});
            default -> NLS.bind(Messages.Invalid_planMore, new Object[] {year, accountName, first,
                problems.size() - 1});
        };
    }
}
