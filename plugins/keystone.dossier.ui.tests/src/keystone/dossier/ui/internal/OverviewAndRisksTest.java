package keystone.dossier.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.editor.FormEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import keystone.dossier.DossierService;
import keystone.dossier.KeyContact;
import keystone.dossier.RiskSignal;
import keystone.dossier.RiskThresholds;
import keystone.model.account.AccountSummary;
import keystone.testsupport.Services;
import keystone.ui.WidgetIds;

/**
 * The Overview shows the headline figures and open risks the dossier service computes; the Risks page edits key
 * contacts (undoable), and a contact who left becomes a signal after saving; thresholds come from the preferences.
 */
class OverviewAndRisksTest {

    private final DossierEditorFixture ui = new DossierEditorFixture();

    @AfterEach
    void close() {
        ui.closeAll();
        InstanceScope.INSTANCE.getNode(RiskPreferences.NODE).remove(RiskPreferences.MONTHS_WITHOUT_PURCHASE);
    }

    private List<String> labels(String id) {
        return ui.driver.syncCall(() -> ui.driver.findAll(Label.class, l -> id.equals(l.getData(WidgetIds.KEY)))
                .stream().map(Label::getText).toList());
    }

    @Test
    void theOverviewShowsTheHeadlineFiguresAndEveryOpenRisk() {
        DossierService dossiers = Services.get(DossierService.class);
        AccountSummary account = ui.demoAccount(0);
        FormEditor editor = ui.open(account.id(), account.name(), OverviewPage.ID);
        OverviewPage overview = ui.page(editor, OverviewPage.ID, OverviewPage.class);
        ui.driver.waitUntil("the overview is computed", () -> ui.driver.syncCall(() -> overview.facts() != null
                && !labels("overview.revenue").get(0).isEmpty()));
        var headline = dossiers.headline(account.id(), LocalDate.now());
        assertEquals(headline, ui.driver.syncCall(() -> overview.facts().headline()));
        String revenue = labels("overview.revenue").get(0);
        String expected = java.text.NumberFormat.getNumberInstance().format(
                headline.lastTwelveMonths().setScale(0, java.math.RoundingMode.HALF_EVEN));
        assertTrue(revenue.startsWith(expected), revenue + " vs " + expected);
        List<RiskSignal> signals = dossiers.signals(account.id(), LocalDate.now(), RiskPreferences.thresholds());
        List<String> risks = labels("overview.risk");
        if (signals.isEmpty()) {
            assertEquals(List.of(Messages.Overview_noRisks), risks);
        } else {
            assertEquals(signals.stream().map(Messages::explain).toList(), risks);
        }
        assertTrue(ui.driver.syncCall(() -> ui.driver.byId(Label.class, "overview.type").getToolTipText()) != null,
                "the account type is explained");
    }

    @Test
    void aKeyContactWhoLeftBecomesASignalAndTheEditUndoes() {
        DossierService dossiers = Services.get(DossierService.class);
        AccountSummary account = ui.demoAccount(5);
        FormEditor editor = ui.open(account.id(), account.name(), RisksPage.ID);
        RisksPage risks = ui.page(editor, RisksPage.ID, RisksPage.class);
        ui.driver.waitUntil("loaded", () -> ui.driver.syncCall(() -> risks.current() != null && risks.signals() != null));
        int contacts = ui.driver.syncCall(() -> risks.current().size());

        ui.click("risks.add");
        ui.driver.text("risks.name").setText("Li Wei \u674e\u4f1f");
        ui.driver.text("risks.role").setText("Head of purchasing");
        ui.driver.text("risks.leftOn").setText("2026-02-30");
        ui.driver.waitUntil("a wrong date is refused", () -> ui.showsMessage(editor, "is not a date"));
        ui.check("risks.left", true);
        ui.driver.waitUntil("marked as left", () -> ui.driver.syncCall(() -> risks.current().get(contacts).left()));
        ui.undo();
        ui.driver.waitUntil("undo: not left", () -> ui.driver.syncCall(() -> !risks.current().get(contacts).left()));
        ui.redo();
        ui.driver.text("risks.leftOn").setText("2026-02-28");
        ui.save(editor);

        KeyContact stored = dossiers.load(account.id()).keyContacts().stream()
                .filter(k -> k.name().equals("Li Wei \u674e\u4f1f")).findFirst().orElseThrow();
        assertTrue(stored.left());
        assertEquals(LocalDate.of(2026, 2, 28), stored.leftOn());
        ui.driver.waitUntil("the signal is shown", () -> labels("risks.signal").stream()
                .anyMatch(s -> s.contains("Li Wei \u674e\u4f1f")));

        int before = labels("risks.signal").size();
        assertFalse(dossiers.signals(account.id(), LocalDate.now(), RiskThresholds.DEFAULTS).isEmpty());
        InstanceScope.INSTANCE.getNode(RiskPreferences.NODE).putInt(RiskPreferences.MONTHS_WITHOUT_PURCHASE, 1);
        ui.driver.waitUntil("the thresholds shown follow the preference", () -> ui.driver.syncCall(
                () -> ui.driver.byId(Label.class, "risks.thresholds").getText()).startsWith(
                        org.eclipse.osgi.util.NLS.bind(Messages.Risks_thresholds, new Object[] {1, 3, "20", 12, 30})
                                .substring(0, 30)));
        assertEquals(dossiers.signals(account.id(), LocalDate.now(), RiskPreferences.thresholds()).size(),
                ui.driver.syncCall(() -> risks.signals().size()));
        assertTrue(ui.driver.syncCall(() -> risks.signals().size()) >= before - 1);

        // reopened, the page lists the contact as left on that day
        ui.closeAll();
        FormEditor reopened = ui.open(account.id(), account.name(), RisksPage.ID);
        RisksPage again = ui.page(reopened, RisksPage.ID, RisksPage.class);
        ui.driver.waitUntil("loaded again", () -> ui.driver.syncCall(() -> again.current() != null));
        int row = ui.driver.table("risks.contacts").column(0).indexOf("Li Wei \u674e\u4f1f");
        assertTrue(row >= 0);
        assertEquals("2026-02-28", ui.driver.table("risks.contacts").cell(row, 2));
    }
}
