package keystone.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import keystone.decisionmap.DecisionMap;
import keystone.decisionmap.DecisionMapService;
import keystone.decisionmap.DemoDecisionMaps;
import keystone.dossier.Dossier;
import keystone.dossier.DossierService;
import keystone.model.account.Account;
import keystone.model.account.AccountService;
import keystone.model.sales.Customer;
import keystone.model.sales.SalesLine;
import keystone.model.sales.SalesService;
import keystone.model.store.DatabaseService;
import keystone.plan.AccountPlan;
import keystone.plan.DemoPlans;
import keystone.plan.PlanService;

/**
 * Replaces the contents of the open database with the demo data.
 */
@Component(service = DemoInstaller.class)
public final class DemoInstaller {

    /** The seed of the installed demo data, fixed so that every installation shows the same customers. */
    public static final long DEFAULT_SEED = 20_240_917L;

    /**
     * Customers stored per transaction. Smaller than the whole set only so that progress can be reported; each
     * chunk holds its customers together with all their lines, so no line ever waits for its customer.
     */
    private static final int CUSTOMERS_PER_CHUNK = 25;

    private final DatabaseService database;
    private final AccountService accounts;
    private final SalesService sales;

    private final DossierService dossiers;
    private final DecisionMapService decisionMaps;
    private final PlanService plans;

    @Activate
    public DemoInstaller(@Reference DatabaseService database, @Reference AccountService accounts,
            @Reference SalesService sales, @Reference DossierService dossiers,
            @Reference DecisionMapService decisionMaps, @Reference PlanService plans) {
        this.database = database;
        this.accounts = accounts;
        this.sales = sales;
        this.dossiers = dossiers;
        this.decisionMaps = decisionMaps;
        this.plans = plans;
    }

    /**
     * Deletes everything in the database and stores freshly generated demo data, with sales up to last month.
     *
     * @return the data stored, its accounts with their database ids
     * @throws OperationCanceledException when cancelled; the database is then left unchanged
     */
    public DemoData recreate(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.Task_creating, 100);
        DemoData data = DemoGenerator.generate(DEFAULT_SEED, YearMonth.now().minusMonths(1));
        progress.worked(10);
        // The last chance to cancel: once the database is cleared, stopping half-way would leave it neither old
        // nor new, so the writes below ignore cancellation.
        progress.checkCanceled();

        progress.subTask(Messages.Task_deleting);
        database.clear();
        progress.worked(5);

        progress.subTask(Messages.Task_customersAndSales);
        Map<String, List<SalesLine>> linesByCustomer = data.lines().stream()
                .collect(Collectors.groupingBy(SalesLine::customerId));
        List<Customer> customers = data.customers();
        int chunks = (customers.size() + CUSTOMERS_PER_CHUNK - 1) / CUSTOMERS_PER_CHUNK;
        SubMonitor salesProgress = progress.newChild(80).setWorkRemaining(chunks);
        for (int from = 0; from < customers.size(); from += CUSTOMERS_PER_CHUNK) {
            List<Customer> chunk = customers.subList(from, Math.min(from + CUSTOMERS_PER_CHUNK, customers.size()));
            List<SalesLine> lines = chunk.stream().map(Customer::id)
                    .flatMap(id -> linesByCustomer.getOrDefault(id, List.of()).stream()).toList();
            sales.add(chunk, lines);
            salesProgress.worked(1);
        }

        progress.subTask(Messages.Task_keyAccounts);
        List<Account> stored = new ArrayList<>();
        for (Account account : data.accounts()) {
            stored.add(accounts.create(account));
        }
        progress.subTask(Messages.Task_dossiers);
        for (Dossier dossier : DemoDossiers.generate(DEFAULT_SEED, stored, LocalDate.now())) {
            dossiers.save(dossier);
        }
        progress.subTask(Messages.Task_decisionMaps);
        for (DecisionMap map : DemoDecisionMaps.generate(DEFAULT_SEED, stored, LocalDate.now())) {
            decisionMaps.save(map);
        }
        progress.subTask(Messages.Task_accountPlans);
        // Last year's plan is rolled over, which freezes it as a snapshot; this year's content then replaces the
        // rolled-over draft.
        for (DemoPlans.Years years : DemoPlans.generate(DEFAULT_SEED, stored, data.lines(), LocalDate.now())) {
            AccountPlan last = plans.save(years.lastYear());
            AccountPlan rolled = plans.rollover(last.accountId(), last.year());
            plans.save(years.thisYear().withId(rolled.id()));
        }
        progress.worked(5);
        progress.done();
        return new DemoData(stored, data.customers(), data.lines());
    }

    /**
     * Installs the demo data only into an empty database, so that a first start shows something and later
     * starts never overwrite the user's own data.
     *
     * @return whether demo data was installed
     */
    public boolean installIfEmpty(IProgressMonitor monitor) {
        if (!database.isEmpty()) {
            SubMonitor.done(monitor);
            return false;
        }
        recreate(monitor);
        return true;
    }
}
