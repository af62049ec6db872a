package keystone.plan.ui.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.eclipse.core.runtime.ServiceCaller;

import keystone.plan.PlanService;
import keystone.plan.PortfolioRow;
import keystone.ui.NavigatorColumn;

/**
 * The navigator's Plan column: how complete each account's plan of this year is, and "stale" when it has gone
 * unreviewed too long; accounts without a plan show a dash. One portfolio query per refresh, for all accounts.
 * Sorting puts the least complete first.
 */
public final class PlanColumn implements NavigatorColumn {

    /** Sorts before every plan, complete or not. */
    static final double NO_PLAN = -1;

    @Override
    public Map<Long, Value> values(Collection<Long> accountIds) {
        Set<Long> wanted = Set.copyOf(accountIds);
        Map<Long, Value> values = new HashMap<>();
        LocalDate today = LocalDate.now();
        // created by the extension registry, so it asks OSGi for the service when it needs it
        ServiceCaller.callOnce(PlanColumn.class, PlanService.class, service -> {
            for (PortfolioRow row : service.portfolio(today.getYear(), today)) {
                if (wanted.contains(row.accountId())) {
                    values.put(row.accountId(), value(row));
                }
            }
        });
        return values;
    }

    static Value value(PortfolioRow row) {
        if (!row.hasPlan()) {
            return new Value(Format.NONE, NO_PLAN);
        }
        String text = row.stale() ? NLS.bind(Messages.Column_scoreStale, Format.percent(row.completeness()),
                Messages.Column_stale) : Format.percent(row.completeness());
        // stale plans sort just below fresh ones of the same completeness
        return new Value(text, row.completeness() - (row.stale() ? 0.5 : 0));
    }
}
