package keystone.plan.report;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

import keystone.plan.AccountPlan;
import keystone.plan.PlanStatus;

/**
 * Everything a plan report shows: the plan, its status as of the report's day, the account's name, the plan's
 * owner, the situation in words, the texts and the locale for numbers and dates.
 *
 * @param status the plan's status; its day is the report's date
 */
public record ReportInput(AccountPlan plan, PlanStatus status, String accountName, String owner, Situation situation,
        ReportLabels labels, Locale locale) {

    public ReportInput {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(status, "status");
        if (status.plan().accountId() != plan.accountId() || status.plan().year() != plan.year()) {
            throw new IllegalArgumentException("The status is of another plan: account " + status.plan().accountId()
                    + ", " + status.plan().year() + " instead of account " + plan.accountId() + ", " + plan.year()
                    + ".");
        }
        accountName = accountName == null ? "" : accountName.strip();
        owner = owner == null ? "" : owner.strip();
        situation = situation == null ? Situation.EMPTY : situation;
        labels = labels == null ? ReportLabels.ENGLISH : labels;
        locale = locale == null ? Locale.getDefault(Locale.Category.FORMAT) : locale;
    }

    /**
     * The input of a report on {@code plan} with its {@code status} (computed by
     * {@link keystone.plan.PlanService#status}); {@code null} situation, labels and locale mean none known, English
     * and the default locale.
     *
     * @throws IllegalArgumentException when the status is of another account or year
     */
    public static ReportInput of(AccountPlan plan, PlanStatus status, String accountName, String owner,
            Situation situation, ReportLabels labels, Locale locale) {
        return new ReportInput(plan, status, accountName, owner, situation, labels, locale);
    }

    /** The report's date: the day of the status. */
    public LocalDate date() {
        return status.today();
    }
}
