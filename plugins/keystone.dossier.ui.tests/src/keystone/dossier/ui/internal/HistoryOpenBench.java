package keystone.dossier.ui.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.editor.FormEditor;
import org.junit.jupiter.api.Test;

import keystone.dossier.Complaint;
import keystone.dossier.Delivery;
import keystone.dossier.DossierService;
import keystone.dossier.FollowUp;
import keystone.dossier.HistoryEvent;
import keystone.dossier.Meeting;
import keystone.dossier.Tender;
import keystone.dossier.TenderOutcome;
import keystone.model.account.Account;
import keystone.model.account.AccountService;
import keystone.model.account.AccountType;
import keystone.testsupport.Services;
import keystone.ui.AccountEditorInput;
import keystone.ui.KeystoneUi;
import keystone.ui.WidgetIds;

/**
 * Benchmark, not a test (the name keeps it out of the test run; {@code releng/bench-dossier.sh} runs it): opening
 * the account editor on the History page of a dossier with 5,000 events, until the page shows them, against the
 * same for an account with an empty dossier (the anchor) in the same run. Medians of 15 after 5 warm-ups.
 */
class HistoryOpenBench {

    private static final int EVENTS = 5_000;
    private static final int WARMUPS = 5;
    private static final int RUNS = 15;

    @Test
    void openingADossierWithFiveThousandEvents() {
        AccountService accounts = Services.get(AccountService.class);
        DossierService dossiers = Services.get(DossierService.class);
        Account big = accounts.create(Account.draft("Bench 5000 events " + System.nanoTime(), AccountType.BREADWINNER));
        Account empty = accounts.create(Account.draft("Bench empty " + System.nanoTime(), AccountType.BREADWINNER));
        dossiers.save(dossiers.load(big.id()).withHistory(history(big.id())));

        Display display = PlatformUI.getWorkbench().getDisplay();
        long[] anchor = new long[RUNS];
        long[] measured = new long[RUNS];
        for (int i = 0; i < WARMUPS + RUNS; i++) {
            long a = display.syncCall(() -> open(display, empty, 0));
            long m = display.syncCall(() -> open(display, big, EVENTS));
            if (i >= WARMUPS) {
                anchor[i - WARMUPS] = a;
                measured[i - WARMUPS] = m;
            }
        }
        double anchorMs = median(anchor) / 1e6;
        double measuredMs = median(measured) / 1e6;
        System.out.printf("BENCH history-open: empty dossier %.1f ms, 5,000 events %.1f ms, ratio %.2f (medians of %d)%n",
                anchorMs, measuredMs, measuredMs / anchorMs, RUNS);
    }

    /** Opens the editor on the History page and runs the event loop until it shows {@code events}; nanoseconds. */
    private static long open(Display display, Account account, int events) {
        var page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        long start = System.nanoTime();
        FormEditor editor;
        try {
            editor = (FormEditor) page.openEditor(new AccountEditorInput(account.id(), account.name()),
                    KeystoneUi.ACCOUNT_EDITOR_ID);
        } catch (org.eclipse.ui.PartInitException e) {
            throw new IllegalStateException(e);
        }
        HistoryPage history = (HistoryPage) editor.setActivePage(HistoryPage.ID);
        Table table = null;
        while (history.current() == null || table == null || table.getItemCount() != events) {
            if (table == null) {
                table = Arrays.stream(display.getShells()).flatMap(s -> find(s).stream()).findFirst().orElse(null);
            }
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        while (display.readAndDispatch()) {
            // paint what the page shows
        }
        long took = System.nanoTime() - start;
        page.closeEditor(editor, false);
        while (display.readAndDispatch()) {
            // let the editor go
        }
        return took;
    }

    private static List<Table> find(org.eclipse.swt.widgets.Control control) {
        List<Table> found = new ArrayList<>();
        if (control instanceof Table t && "history.table".equals(t.getData(WidgetIds.KEY)) && t.isVisible()) {
            found.add(t);
        }
        if (control instanceof org.eclipse.swt.widgets.Composite c) {
            for (var child : c.getChildren()) {
                found.addAll(find(child));
            }
        }
        return found;
    }

    private static List<HistoryEvent> history(long accountId) {
        List<HistoryEvent> events = new ArrayList<>();
        LocalDate day = LocalDate.now().minusYears(10);
        for (int i = 0; i < EVENTS; i++) {
            LocalDate date = day.plusDays(i * 3653L / EVENTS);
            long id = HistoryEvent.NEW_ID;
            events.add(switch (i % 4) {
                case 0 -> new Delivery(id, accountId, date, "Delivery " + i, "notes " + i, "pumps lot " + i,
                        BigDecimal.valueOf(1000 + i));
                case 1 -> new Tender(id, accountId, date, "Tender " + i, "", TenderOutcome.values()[i % 3], "price",
                        i % 3 == 1 ? "Competitor " + i % 7 : "", BigDecimal.valueOf(50_000 + i));
                case 2 -> new Complaint(id, accountId, date, "Complaint " + i, "late", i % 8 == 2 ? null
                        : date.plusDays(i % 40), "replaced");
                default -> new Meeting(id, accountId, date, "Meeting " + i, "", "buyer, KAM", "minutes of meeting " + i,
                        List.of(new FollowUp(FollowUp.NEW_ID, "follow up " + i, "KAM", date.plusDays(14), i % 5 != 0)));
            });
        }
        return events;
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
