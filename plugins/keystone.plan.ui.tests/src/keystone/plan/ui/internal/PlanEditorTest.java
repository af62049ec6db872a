package keystone.plan.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.forms.editor.FormEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import keystone.model.account.Account;
import keystone.plan.AccountPlan;
import keystone.plan.ActionRules;
import keystone.plan.ActionStatus;
import keystone.plan.Metric;
import keystone.plan.Objective;
import keystone.plan.PlanAction;
import keystone.plan.PlanActuals;
import keystone.plan.PlanState;
import keystone.plan.PlanStatus;
import keystone.plan.Quarter;
import keystone.testsupport.ui.TableHandle;

/**
 * A key account director's year in the real workbench: a plan created from the account's dossier for an account
 * linked to a demo customer, an objective with two actions, quarterly targets checked against the demo's sales,
 * an edit undone, the plan saved, exported as PDF and rolled over into next year - the old plan read-only, its
 * open actions carried.
 */
class PlanEditorTest {

    private static final String OBJECTIVE = "Pune retrofit won";
    private static final String FIRST_ACTION = "Present the retrofit concept to the plant manager";
    private static final String SECOND_ACTION = "Site visit with the maintenance team";
    private static final String[] REVENUE = {"100000", "120000", "130000", "150000"};

    private final PlanUiFixture ui = new PlanUiFixture();

    @AfterEach
    void cleanUp() {
        ui.cleanUp();
    }

    @Test
    void aPlanIsCreatedFilledComparedWithSalesUndoneSavedExportedAndRolledOver()
            throws IOException, InterruptedException {
        int year = ui.today.getYear();
        Account account = ui.freshAccount("Plan UI Test " + System.nanoTime());

        // the dossier's Plan page offers to create this year's plan
        FormEditor dossier = ui.openAccount(account, PlanDossierPage.ID);
        PlanDossierPage planPage = ui.driver.syncCall(() -> (PlanDossierPage) dossier.findPage(PlanDossierPage.ID));
        ui.driver.waitUntil("the account's plans are read", () -> planPage.overview() != null);
        assertTrue(ui.driver.syncCall(planPage::overview).years().isEmpty());
        ui.click("planDossier.create");
        PlanEditor editor = ui.activePlanEditor();
        ui.waitLoaded(editor);
        assertEquals(year, ui.driver.syncCall(() -> editor.document().current().year()));
        assertEquals(PlanState.DRAFT, ui.driver.syncCall(() -> editor.document().current().state()));

        // the situation is pulled from the other plugins
        ui.show(editor, SituationPage.ID);
        SituationPage situation = ui.driver.syncCall(() -> (SituationPage) editor.findPage(SituationPage.ID));
        ui.driver.waitUntil("the situation is read", () -> situation.facts() != null);
        ui.driver.text("summary").setText("Largest plant in the region; budget for retrofits approved.");

        // an objective of its own name, flagged until two actions serve it
        ui.show(editor, ObjectivesPage.ID);
        ui.click("objectives.add");
        ui.driver.combo("objectives.metric").select(Messages.Metric_CUSTOM);
        ui.driver.text("objectives.customName").setText(OBJECTIVE);
        ui.driver.text("objectives.baseline").setText("0");
        ui.driver.text("objectives.target").setText("1");
        Objective objective = ui.driver.syncCall(() -> editor.document().current().objectives().get(0));
        assertEquals(Metric.CUSTOM, objective.metric());
        assertEquals(OBJECTIVE, objective.customName());
        assertTrue(objective.id() < 0, "a temporary id that actions can link to");
        ui.driver.waitUntil("the objective is flagged for lack of actions", () -> ui.showsMessage(editor,
                NLS.bind(Messages.Objectives_thin, new Object[] {1, OBJECTIVE, 0, 2})));

        ui.show(editor, ActionsPage.ID);
        String objectiveChoice = ActionsPage.label(0, objective);
        for (String text : new String[] {FIRST_ACTION, SECOND_ACTION}) {
            ui.click("actions.add");
            ui.driver.text("actions.text").setText(text);
            ui.driver.combo("actions.objective").select(objectiveChoice);
        }
        List<PlanAction> actions = ui.driver.syncCall(() -> editor.document().current().actions());
        assertEquals(2, actions.size());
        assertTrue(actions.stream().allMatch(a -> a.serves(objective.id()) && a.owner().equals(PlanUiFixture.OWNER)));
        assertTrue(ui.driver.syncCall(() -> ActionRules.thinObjectives(editor.document().current()).isEmpty()));

        // quarterly targets, with the year's total
        ui.show(editor, TargetsPage.ID);
        for (Quarter q : Quarter.values()) {
            ui.driver.text(TargetsPage.key(q, true)).setText(REVENUE[q.ordinal()]);
            ui.driver.text(TargetsPage.key(q, false)).setText("20000");
        }
        assertEquals(0, new BigDecimal("500000").compareTo(ui.driver.syncCall(
                () -> TargetsPage.total(editor.document().current(), t -> t.revenue()))));

        // an edit undone: keystrokes in one field are one edit
        org.eclipse.swt.widgets.Text q4Field = ui.driver.text(TargetsPage.key(Quarter.Q4, true)).widget();
        ui.driver.syncRun(() -> { // two keystrokes without leaving the field
            q4Field.setText("9");
            q4Field.setText("99");
        });
        assertEquals(0, new BigDecimal("99").compareTo(q4(editor)));
        ui.undo();
        ui.driver.waitUntil("undo restores the target before the typing", () -> new BigDecimal("150000")
                .compareTo(editor.document().current().target(Quarter.Q4).revenue()) == 0);
        assertEquals("150000", ui.driver.text(TargetsPage.key(Quarter.Q4, true)).getText());

        // plan vs actual: the actuals are the demo's sales of the linked customer
        ui.show(editor, PlanVsActualPage.ID);
        ui.driver.waitUntil("the status of the edited plan is computed", () -> {
            PlanStatus status = editor.document().status();
            return status != null && status.plan().equals(editor.document().current());
        });
        PlanActuals actuals = ui.plans().actuals(account.id(), year, ui.today);
        TableHandle quarters = ui.driver.table("pva.quarters");
        ui.driver.waitUntil("the quarters are shown", () -> quarters.rowCount() == 5);
        for (Quarter q : Quarter.values()) {
            assertEquals(Format.money(new BigDecimal(REVENUE[q.ordinal()])), quarters.cell(q.ordinal(), 1));
            assertEquals(Format.money(actuals.quarter(q).revenue()), quarters.cell(q.ordinal(), 2), q.toString());
        }
        assertEquals(Format.money(actuals.revenue()), quarters.cell(4, 2));
        Quarter now = Quarter.of(ui.today);
        assertEquals(0, actuals.quarter(now).revenue().compareTo(ui.driver.syncCall(
                () -> editor.document().status().vsActual().quarters().get(now.ordinal()).revenue().actual())));
        Path dir = Files.createTempDirectory("plan-ui-test");
        ui.driver.syncCall(() -> ((PlanVsActualPage) editor.findPage(PlanVsActualPage.ID))
                .exportChart(dir.resolve("plan.png"))).join();
        assertTrue(Files.size(dir.resolve("plan.png")) > 0);

        // saved in one go, with ids for the new parts
        ui.save(editor);
        AccountPlan stored = ui.plans().load(account.id(), year).orElseThrow();
        assertEquals(1, stored.objectives().size());
        long objectiveId = stored.objectives().get(0).id();
        assertTrue(objectiveId > 0);
        assertEquals(2, stored.actions().stream().filter(a -> a.serves(objectiveId)).count());
        assertEquals(0, new BigDecimal("150000").compareTo(stored.target(Quarter.Q4).revenue()));
        assertEquals(objectiveId, (long) ui.driver.syncCall(() -> editor.document().current().objectives().get(0).id()),
                "the editor goes on with the stored ids");
        assertFalse(ui.driver.syncCall(editor::isDirty));

        // the PDF report
        Path pdf = dir.resolve("plan.pdf");
        ui.driver.syncCall(() -> editor.exportPdf(pdf)).join();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertTrue(document.getNumberOfPages() >= 1 && document.getNumberOfPages() <= 30,
                    "pages: " + document.getNumberOfPages());
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains(account.name()), "the account's name is in the report");
            assertTrue(text.contains(OBJECTIVE), "the objective is in the report");
        }

        // rolled over: next year's plan carries the open actions, this year's becomes a read-only snapshot
        ui.driver.syncRun(() -> ui.page().closeEditor(editor, false));
        ui.show(dossier, PlanDossierPage.ID);
        ui.driver.waitUntil("the page knows the plan", () -> planPage.overview().years().size() == 1);
        ui.driver.syncCall(() -> planPage.rollOver(year)).join();
        ui.driver.waitUntil("the page shows both years", () -> planPage.overview().years().size() == 2);
        assertEquals(PlanState.SNAPSHOT, ui.plans().load(account.id(), year).orElseThrow().state());
        AccountPlan next = ui.plans().load(account.id(), year + 1).orElseThrow();
        assertEquals(2, next.actions().size());
        assertTrue(next.actions().stream().allMatch(a -> a.status() == ActionStatus.OPEN));
        assertEquals(List.of(FIRST_ACTION, SECOND_ACTION), next.actions().stream().map(PlanAction::text).toList());
        assertEquals(OBJECTIVE, next.objectives().get(0).customName());

        PlanEditor snapshot = ui.driver.syncCall(() -> planPage.open(year));
        assertNotNull(snapshot);
        ui.waitLoaded(snapshot);
        assertTrue(ui.driver.syncCall(() -> snapshot.document().readOnly()));
        ui.show(snapshot, ObjectivesPage.ID);
        ui.driver.waitUntil("the snapshot says it is read-only", () -> ui.showsMessage(snapshot,
                NLS.bind(Messages.Editor_readOnly, year, year + 1)));
        assertFalse(ui.enabled("objectives.add"), "nothing can be added to a snapshot");
        assertFalse(ui.driver.syncCall(snapshot::isDirty));
    }

    private BigDecimal q4(PlanEditor editor) {
        return ui.driver.syncCall(() -> editor.document().current().target(Quarter.Q4).revenue());
    }
}
