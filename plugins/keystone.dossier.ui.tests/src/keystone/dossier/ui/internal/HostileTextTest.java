package keystone.dossier.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.ui.forms.editor.FormEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import keystone.dossier.Competitor;
import keystone.dossier.DossierService;
import keystone.dossier.HistoryEvent;
import keystone.dossier.Meeting;
import keystone.model.account.AccountSummary;
import keystone.testsupport.Services;

/**
 * Hostile text typed into the dossier pages (quotes, SQL, 10,000 characters, emoji, Cyrillic, CJK, right-to-left)
 * is stored verbatim and shown verbatim after the editor is closed and opened again.
 */
class HostileTextTest {

    static final String QUOTES_AND_SQL = "O'Brien \"the 'Boss'\"; DROP TABLE ACCOUNT; -- ' OR '1'='1 \\ %_";
    static final String SCRIPTS = "\u041e\u041e\u041e \u00ab\u0420\u043e\u043c\u0430\u0448\u043a\u0430\u00bb "
            + "\u4e0a\u6d77\u7535\u6c14 \u0634\u0631\u0643\u0629 \u0627\u0644\u0623\u0645\u0644 "
            + "\u05e9\u05dc\u05d5\u05dd \ud83d\ude80\ud83d\udc4d\ud83c\udffd \u200f\u202e";
    static final String LONG = ("\u0414\u043b\u0438\u043d\u043d\u044b\u0439 \u8a18\u9332 \ud83d\udcdd "
            + "long minutes. ").repeat(500).substring(0, 10_000);

    private final DossierEditorFixture ui = new DossierEditorFixture();

    @AfterEach
    void close() {
        ui.closeAll();
    }

    @Test
    void hostileTextIsStoredAndShownVerbatim() {
        AccountSummary account = ui.demoAccount(4);
        FormEditor editor = ui.open(account.id(), account.name(), HistoryPage.ID);
        HistoryPage history = ui.page(editor, HistoryPage.ID, HistoryPage.class);
        ui.driver.waitUntil("loaded", () -> ui.driver.syncCall(() -> history.current() != null));
        ui.click("history.add.meeting");
        ui.driver.text("history.title").setText(QUOTES_AND_SQL);
        ui.driver.text("history.meeting.participants").setText(SCRIPTS);
        ui.driver.text("history.meeting.minutes").setText(LONG);
        ui.driver.text("history.notes").setText(SCRIPTS + "\n" + QUOTES_AND_SQL);

        ui.driver.syncRun(() -> editor.setActivePage(CompetitorsPage.ID));
        CompetitorsPage competitors = ui.page(editor, CompetitorsPage.ID, CompetitorsPage.class);
        ui.driver.waitUntil("competitors loaded", () -> ui.driver.syncCall(() -> competitors.current() != null));
        ui.click("competitors.add");
        ui.driver.text("competitors.name").setText(SCRIPTS.strip());
        ui.driver.text("competitors.strengths").setText(QUOTES_AND_SQL);
        ui.driver.text("competitors.share").setText("0");
        ui.save(editor);

        var stored = Services.get(DossierService.class).load(account.id());
        Meeting meeting = stored.history().stream().filter(e -> e instanceof Meeting m && m.title().equals(QUOTES_AND_SQL))
                .map(Meeting.class::cast).findFirst().orElseThrow();
        assertEquals(SCRIPTS, meeting.participants());
        assertEquals(LONG, meeting.minutes());
        assertEquals(10_000, meeting.minutes().length());
        assertEquals(SCRIPTS + "\n" + QUOTES_AND_SQL, meeting.notes());
        Competitor competitor = stored.competitors().stream().filter(c -> c.name().equals(SCRIPTS.strip())).findFirst()
                .orElseThrow();
        assertEquals(QUOTES_AND_SQL, competitor.strengths());

        ui.closeAll();
        FormEditor reopened = ui.open(account.id(), account.name(), HistoryPage.ID);
        HistoryPage again = ui.page(reopened, HistoryPage.ID, HistoryPage.class);
        ui.driver.waitUntil("loaded again", () -> ui.driver.syncCall(() -> again.current() != null));
        ui.driver.text("history.filter.text").setText("DROP TABLE");
        ui.driver.syncRun(() -> ui.driver.table("history.table").select(0));
        ui.driver.waitUntil("the meeting is selected", () -> ui.driver.syncCall(
                () -> again.selectedEvent() instanceof Meeting m && m.id() == meeting.id()));
        assertEquals(QUOTES_AND_SQL, ui.driver.text("history.title").getText());
        assertEquals(SCRIPTS, ui.driver.text("history.meeting.participants").getText());
        assertEquals(LONG, ui.driver.text("history.meeting.minutes").getText());
        assertEquals(List.of(meeting.id()), ui.driver.syncCall(() -> again.shown().stream().map(HistoryEvent::id)
                .toList()));
    }
}
