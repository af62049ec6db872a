package keystone.decisionmap.ui.internal;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.ServiceCaller;

import keystone.decisionmap.AccountCoverage;
import keystone.decisionmap.DecisionMapService;
import keystone.ui.NavigatorColumn;

/**
 * The navigator's Coverage column: each account's map quality and share of decision makers we reach; sorting puts
 * the worst first.
 */
public final class CoverageColumn implements NavigatorColumn {

    @Override
    public Map<Long, Value> values(Collection<Long> accountIds) {
        Set<Long> wanted = Set.copyOf(accountIds);
        Map<Long, Value> values = new HashMap<>();
        NumberFormat percent = NumberFormat.getPercentInstance();
        // created by the extension registry, so it asks OSGi for the service when it needs it
        ServiceCaller.callOnce(CoverageColumn.class, DecisionMapService.class, service -> {
            for (AccountCoverage c : service.portfolioCoverage(LocalDate.now(), CoverageView.STALE_DAYS)) {
                if (wanted.contains(c.accountId())) {
                    String share = c.coverage().decisionMakerShare().isPresent()
                            ? " · " + percent.format(c.coverage().decisionMakerShare().getAsDouble()) : "";
                    values.put(c.accountId(), new Value(Messages.short_(c.coverage().quality()) + share,
                            -c.coverage().severity()));
                }
            }
        });
        return values;
    }
}
