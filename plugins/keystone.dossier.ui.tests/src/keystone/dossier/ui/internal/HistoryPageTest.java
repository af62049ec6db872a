package keystone.dossier.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.ui.forms.editor.FormEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import keystone.dossier.Delivery;
import keystone.dossier.DossierService;
import keystone.dossier.HistoryEvent;
import keystone.dossier.Meeting;
import keystone.dossier.Tender;
import keystone.dossier.TenderOutcome;
import keystone.model.account.AccountSummary;
import keystone.testsupport.Services;

/**
 * The History page in the real account editor: filters and figures over the demo history, each kind of edit
 * undone and redone, a meeting with minutes and follow-up actions saved and read back, invalid input refused.
 */
class HistoryPageTest {

    private final DossierEditorFixture ui = new DossierEditorFixture();

    @AfterEach
    void close() {
        ui.closeAll();
    }

    private HistoryPage openHistory(AccountSummary account, FormEditor[] editor) {
        editor[0] = ui.open(account.id(), account.name(), HistoryPage.ID);
        HistoryPage page = ui.page(editor[0], HistoryPage.ID, HistoryPage.class);
        ui.driver.waitUntil("the history is loaded", () -> ui.driver.syncCall(() -> page.current() != null
                && ui.driver.find(org.eclipse.swt.widgets.Table.class, t -> "history.table".equals(
                        t.getData(keystone.ui.WidgetIds.KEY))).isPresent()));
        return page;
    }

    @Test
    void theDemoHistoryIsShownNewestFirstAndFiltersByTypeWithTheWinRate() {
        AccountSummary account = ui.demoAccount(0);
        FormEditor[] editor = new FormEditor[1];
        HistoryPage page = openHistory(account, editor);
        List<HistoryEvent> stored = Services.get(DossierService.class).load(account.id()).history();
        assertFalse(stored.isEmpty(), "the demo account has a history");

        List<HistoryEvent> shown = ui.driver.syncCall(page::shown);
        assertEquals(stored.size(), shown.size());
        assertEquals(ui.driver.table("history.table").rowCount(), shown.size());
        for (int i = 1; i < shown.size(); i++) {
            assertFalse(shown.get(i).date().isAfter(shown.get(i - 1).date()), "newest first");
        }
        assertEquals(shown.get(0).date().toString(), ui.driver.table("history.table").cell(0, 0));

        ui.driver.combo("history.filter.kind").select(Messages.Kind_TENDER);
        List<HistoryEvent> tenders = ui.driver.syncCall(page::shown);
        long storedTenders = stored.stream().filter(Tender.class::isInstance).count();
        assertEquals(storedTenders, tenders.size());
        assertTrue(tenders.stream().allMatch(Tender.class::isInstance));
        long won = stored.stream().filter(e -> e instanceof Tender t && t.outcome() == TenderOutcome.WON
                && !t.date().isAfter(LocalDate.now())).count();
        String figures = ui.driver.syncCall(() -> ui.driver.byId(org.eclipse.swt.widgets.Label.class, "history.figures")
                .getText());
        assertTrue(figures.startsWith("Tenders: " + won + " won"), figures);

        ui.driver.text("history.filter.from").setText(LocalDate.now().minusMonths(12).plusDays(1).toString());
        ui.driver.text("history.filter.to").setText(LocalDate.now().toString());
        List<HistoryEvent> lastYear = ui.driver.syncCall(page::shown);
        assertTrue(lastYear.stream().allMatch(e -> !e.date().isBefore(LocalDate.now().minusMonths(12).plusDays(1))));
        assertEquals(stored.stream().filter(e -> e instanceof Tender && !e.date().isBefore(LocalDate.now()
                .minusMonths(12).plusDays(1)) && !e.date().isAfter(LocalDate.now())).count(), lastYear.size());

        ui.driver.text("history.filter.from").setText("31.12.2025");
        ui.driver.waitUntil("a wrong date in the filter is reported", () -> ui.showsMessage(editor[0], "is not a date"));
    }

    @Test
    void everyKindOfEditIsUndoneAndRedone() {
        AccountSummary account = ui.demoAccount(2);
        FormEditor[] editor = new FormEditor[1];
        HistoryPage page = openHistory(account, editor);
        int before = ui.driver.syncCall(() -> page.current().size());

        for (HistoryEvent.Kind kind : HistoryEvent.Kind.values()) {
            ui.click("history.add." + kind.name().toLowerCase(java.util.Locale.ROOT));
            ui.driver.waitUntil("a new " + kind, () -> ui.driver.syncCall(() -> page.current().size() == before + 1
                    && page.selectedEvent().kind() == kind));
            ui.undo();
            ui.driver.waitUntil("undo takes the new " + kind + " back", () -> ui.driver.syncCall(
                    () -> page.current().size() == before));
            ui.redo();
            ui.driver.waitUntil("redo brings it again", () -> ui.driver.syncCall(() -> page.current().size() == before + 1));
            ui.undo();
            ui.driver.waitUntil("and undo again", () -> ui.driver.syncCall(() -> page.current().size() == before));
        }
        assertFalse(ui.driver.syncCall(editor[0]::isDirty), "back where it started");

        ui.click("history.add.delivery");
        ui.driver.text("history.title").setText("Pumps for line 4");
        ui.driver.text("history.delivery.value").setText("12 500,50");
        ui.driver.waitUntil("typed", () -> ui.driver.syncCall(() -> page.selectedEvent() instanceof Delivery d
                && d.value() != null && d.value().compareTo(new java.math.BigDecimal("12500.50")) == 0
                && d.title().equals("Pumps for line 4")));
        ui.undo();
        ui.driver.waitUntil("undo takes the value back, not the title", () -> ui.driver.syncCall(
                () -> page.selectedEvent() instanceof Delivery d && d.value() == null
                        && d.title().equals("Pumps for line 4")));
        ui.redo();
        ui.driver.waitUntil("redo sets the value again", () -> ui.driver.syncCall(
                () -> page.selectedEvent() instanceof Delivery d && d.value() != null));
        assertEquals("12500.50", ui.driver.text("history.delivery.value").getText());

        ui.click("history.remove");
        ui.driver.waitUntil("removed", () -> ui.driver.syncCall(() -> page.current().size() == before));
        ui.undo();
        ui.driver.waitUntil("undo of remove restores it", () -> ui.driver.syncCall(
                () -> page.current().size() == before + 1));
    }

    @Test
    void aMeetingWithMinutesAndFollowUpsIsSavedAndInvalidInputRefused() {
        AccountSummary account = ui.demoAccount(3);
        FormEditor[] editor = new FormEditor[1];
        HistoryPage page = openHistory(account, editor);
        int before = ui.driver.syncCall(() -> page.current().size());

        ui.click("history.add.meeting");
        ui.driver.text("history.title").setText("Quarterly review with the plant manager");
        ui.driver.text("history.date").setText("2026-13-01");
        ui.driver.waitUntil("the wrong date is reported", () -> ui.showsMessage(editor[0], "is not a date"));
        assertEquals(LocalDate.now(), ui.driver.syncCall(() -> page.selectedEvent().date()), "nothing invalid kept");
        ui.driver.text("history.date").setText("2026-09-15");
        ui.driver.waitUntil("the message goes", () -> !ui.showsMessage(editor[0], "is not a date"));
        ui.driver.text("history.title").setText("");
        ui.driver.waitUntil("a blank title is refused", () -> ui.showsMessage(editor[0], "is required"));
        ui.driver.text("history.title").setText("Quarterly review with the plant manager");
        ui.driver.text("history.meeting.participants").setText("Dr. Hoffmann, our KAM");
        ui.driver.text("history.meeting.minutes").setText("Agreed a pilot of the dosing pumps; budget in Q1.");
        ui.click("history.followUp.add");
        ui.driver.text("history.followUp.action").setText("Send the pilot offer");
        ui.driver.text("history.followUp.owner").setText("Anna Weber");
        ui.driver.text("history.followUp.due").setText("2026-10-01");
        ui.check("history.followUp.done", true);
        ui.save(editor[0]);

        List<HistoryEvent> stored = Services.get(DossierService.class).load(account.id()).history();
        assertEquals(before + 1, stored.size());
        Meeting meeting = stored.stream().filter(e -> e instanceof Meeting m
                && m.title().equals("Quarterly review with the plant manager")).map(Meeting.class::cast).findFirst()
                .orElseThrow();
        assertEquals(LocalDate.of(2026, 9, 15), meeting.date());
        assertEquals("Dr. Hoffmann, our KAM", meeting.participants());
        assertEquals("Agreed a pilot of the dosing pumps; budget in Q1.", meeting.minutes());
        assertEquals(1, meeting.followUps().size());
        assertEquals("Send the pilot offer", meeting.followUps().get(0).action());
        assertEquals("Anna Weber", meeting.followUps().get(0).owner());
        assertEquals(LocalDate.of(2026, 10, 1), meeting.followUps().get(0).due());
        assertTrue(meeting.followUps().get(0).done());
        assertEquals(meeting.id(), ui.driver.syncCall(() -> page.selectedEvent().id()), "the selection stays on it");

        ui.closeAll();
        HistoryPage reopened = openHistory(account, editor);
        ui.driver.text("history.filter.text").setText("pilot of the dosing");
        assertEquals(List.of(meeting.id()), ui.driver.syncCall(() -> reopened.shown().stream()
                .map(HistoryEvent::id).toList()));
    }
}
