package keystone.dossier.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

import keystone.dossier.DossierService;
import keystone.dossier.FollowUp;
import keystone.dossier.OpenAction;
import keystone.model.KeystoneTopics;
import keystone.model.actions.OpenActionRow;
import keystone.model.actions.OpenActionSource;
import keystone.ui.PortfolioTableView;

/**
 * My open actions: every follow-up agreed in meetings and not done yet, and every open action other plugins offer
 * as an {@link OpenActionSource} service (account plans, for one), across all accounts, overdue first (in red),
 * then by due date.
 */
public final class OpenActionsView extends PortfolioTableView<OpenAction> {

    public static final String ID = "keystone.dossier.ui.views.openActions";

    /** Overdue first, then by due date and account: the order of the dossier's own list, kept when merging. */
    static final Comparator<OpenAction> ORDER = Comparator.comparing(OpenAction::overdue).reversed()
            .thenComparing(a -> a.followUp().due()).thenComparing(OpenAction::accountName);

    @Override
    protected String widgetId() {
        return "dossier.openActions";
    }

    @Override
    protected List<Column<OpenAction>> columns() {
        return List.of(
                new Column<>(Messages.Actions_due, 90, SWT.LEFT, a -> a.followUp().due().toString(),
                        Comparator.comparing(a -> a.followUp().due())),
                new Column<>(Messages.Actions_action, 260, SWT.LEFT, a -> a.followUp().action(),
                        Comparator.comparing(a -> a.followUp().action())),
                new Column<>(Messages.Actions_owner, 130, SWT.LEFT, a -> a.followUp().owner(),
                        Comparator.comparing(a -> a.followUp().owner())),
                new Column<>(Messages.Actions_account, 220, SWT.LEFT, OpenAction::accountName,
                        Comparator.comparing(OpenAction::accountName)),
                new Column<>(Messages.Actions_meeting, 260, SWT.LEFT, OpenActionsView::origin,
                        Comparator.comparing(OpenAction::meetingDate, Comparator.nullsFirst(Comparator.naturalOrder()))
                                .thenComparing(OpenAction::meetingTitle)));
    }

    /** The meeting's date and title; for an action of another source (no meeting date) where it comes from. */
    private static String origin(OpenAction a) {
        return a.meetingDate() == null ? a.meetingTitle() : a.meetingDate() + " " + a.meetingTitle();
    }

    @Override
    protected Supplier<List<OpenAction>> loader() {
        DossierService service = getSite().getService(DossierService.class);
        BundleContext bundle = FrameworkUtil.getBundle(OpenActionsView.class).getBundleContext();
        return () -> {
            LocalDate today = LocalDate.now();
            List<OpenAction> all = new ArrayList<>(service.openActions(today));
            List<OpenAction> others = fromSources(bundle, today);
            if (others.isEmpty()) {
                return all; // the dossier's order as it is
            }
            all.addAll(others);
            all.sort(ORDER);
            return all;
        };
    }

    /** The rows of every registered {@link OpenActionSource}; a failing source is logged and left out. */
    private static List<OpenAction> fromSources(BundleContext bundle, LocalDate today) {
        List<OpenAction> rows = new ArrayList<>();
        if (bundle == null) {
            return rows;
        }
        try {
            for (ServiceReference<OpenActionSource> reference : bundle.getServiceReferences(OpenActionSource.class,
                    null)) {
                OpenActionSource source = bundle.getService(reference);
                if (source == null) {
                    continue;
                }
                try {
                    source.openActions(today).forEach(row -> rows.add(asOpenAction(row)));
                } catch (RuntimeException e) {
                    ILog.of(OpenActionsView.class).error("Open actions of " + source.getClass().getName()
                            + " failed", e);
                } finally {
                    bundle.ungetService(reference);
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException("no filter given", e);
        }
        return rows;
    }

    /** Another source's action in the list's row type: no meeting (id 0, no date), its origin in the title. */
    static OpenAction asOpenAction(OpenActionRow row) {
        return new OpenAction(row.accountId(), row.accountName(), 0L, row.origin(), null,
                new FollowUp(FollowUp.NEW_ID, row.action(), row.owner(), row.due(), false), row.overdue());
    }

    @Override
    protected List<String> topics() {
        return List.of(KeystoneTopics.ACCOUNT_ALL, KeystoneTopics.DATABASE_ALL, KeystoneTopics.DOSSIER_CHANGED,
                KeystoneTopics.PLAN_CHANGED);
    }

    @Override
    protected boolean alarming(OpenAction row) {
        return row.overdue();
    }

    @Override
    protected long accountId(OpenAction row) {
        return row.accountId();
    }

    @Override
    protected String accountName(OpenAction row) {
        return row.accountName();
    }

    @Override
    protected String summary(List<OpenAction> rows) {
        return NLS.bind(Messages.Actions_count, rows.size(), rows.stream().filter(OpenAction::overdue).count());
    }
}
