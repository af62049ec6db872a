package keystone.plan;

import java.util.List;

import keystone.model.KeystoneException;

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
        String more = problems.size() == 1 ? "" : " (" + (problems.size() - 1) + " more problem"
                + (problems.size() == 2 ? "" : "s") + " to fix)";
        return "The " + year + " plan of '" + accountName + "' was not saved: " + problems.get(0).message() + more;
    }
}
