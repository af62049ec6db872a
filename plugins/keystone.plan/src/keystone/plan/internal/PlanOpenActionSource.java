package keystone.plan.internal;

import java.time.LocalDate;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import keystone.model.actions.OpenActionRow;
import keystone.model.actions.OpenActionSource;
import keystone.plan.OpenPlanAction;
import keystone.plan.PlanService;

/**
 * Offers the open actions of every account plan that is not a snapshot to the portfolio-wide "My Open Actions"
 * list, so that the dossier's list shows them without depending on plans.
 */
@Component(service = OpenActionSource.class)
public final class PlanOpenActionSource implements OpenActionSource {

    private final PlanService plans;

    @Activate
    public PlanOpenActionSource(@Reference PlanService plans) {
        this.plans = plans;
    }

    @Override
    public List<OpenActionRow> openActions(LocalDate today) {
        return plans.openActions(today).stream().map(PlanOpenActionSource::row).toList();
    }

    static OpenActionRow row(OpenPlanAction a) {
        String origin = a.objective().isBlank() ? org.eclipse.osgi.util.NLS.bind(Messages.Origin_plan, a.year())
                : org.eclipse.osgi.util.NLS.bind(Messages.Origin_planObjective, a.year(), a.objective());
        return new OpenActionRow(a.accountId(), a.accountName(), origin, a.action().text(), a.action().owner(),
                a.action().due(), a.overdue());
    }
}
