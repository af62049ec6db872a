package keystone.plan.ui.internal;

import org.eclipse.ui.services.IServiceLocator;

import keystone.abcxyz.AbcXyzService;
import keystone.decisionmap.DecisionMapService;
import keystone.dossier.DossierService;
import keystone.model.account.AccountService;
import keystone.model.store.DatabaseService;
import keystone.plan.PlanService;

/**
 * The services the plan views work with, looked up once on the UI thread and handed to their jobs.
 *
 * @param analysis the ABC-XYZ analysis, or {@code null} when it is not installed
 */
record PlanServices(PlanService plans, AccountService accounts, DatabaseService database, DossierService dossiers,
        DecisionMapService decisionMaps, AbcXyzService analysis) {

    static PlanServices of(IServiceLocator site) {
        return new PlanServices(site.getService(PlanService.class), site.getService(AccountService.class),
                site.getService(DatabaseService.class), site.getService(DossierService.class),
                site.getService(DecisionMapService.class), site.getService(AbcXyzService.class));
    }
}
