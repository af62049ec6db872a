package keystone.dossier.ui.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;

import keystone.dossier.DossierService;
import keystone.dossier.OpenAction;
import keystone.model.KeystoneTopics;
import keystone.ui.PortfolioTableView;

/**
 * My open actions: every follow-up agreed in meetings and not done yet, across all accounts, overdue first (in
 * red), then by due date.
 */
public final class OpenActionsView extends PortfolioTableView<OpenAction> {

    public static final String ID = "keystone.dossier.ui.views.openActions";

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
                new Column<>(Messages.Actions_meeting, 260, SWT.LEFT, a -> a.meetingDate() + " " + a.meetingTitle(),
                        Comparator.comparing(OpenAction::meetingDate)));
    }

    @Override
    protected Supplier<List<OpenAction>> loader() {
        DossierService service = getSite().getService(DossierService.class);
        return () -> service.openActions(LocalDate.now());
    }

    @Override
    protected List<String> topics() {
        return List.of(KeystoneTopics.ACCOUNT_ALL, KeystoneTopics.DATABASE_ALL, KeystoneTopics.DOSSIER_CHANGED);
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
