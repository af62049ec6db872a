package keystone.salesimport.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import keystone.abcxyz.AbcXyzService;
import keystone.abcxyz.Classification;
import keystone.abcxyz.CustomerResult;
import keystone.model.sales.SalesService;
import keystone.testsupport.Services;
import keystone.testsupport.ui.SwtDriver;
import keystone.testsupport.ui.TableHandle;

/**
 * The sales import wizard in the real workbench on the demo database: a European-style export goes through
 * detection, mapping and validation into the store and the ABC-XYZ classification; a bad file is refused.
 */
class ImportWizardTest {

    private static final String COMMAND = "keystone.salesimport.ui.commands.importSales";
    private static final String NEXT = IDialogConstants.NEXT_LABEL.replace("&", "");
    private static final String FINISH = IDialogConstants.FINISH_LABEL.replace("&", "");

    private final SwtDriver driver = SwtDriver.forWorkbench();

    @TempDir
    Path dir;

    /** This month: the demo's sales end last month, so the period is free. */
    private static LocalDate day(int dayOfMonth) {
        return YearMonth.now().atDay(dayOfMonth);
    }

    private Path europeanExport(String name, String... extraLines) throws Exception {
        DateTimeFormatter dmy = DateTimeFormatter.ofPattern("dd.MM.yyyy");
        StringBuilder csv = new StringBuilder("Kunde;Name;Datum;Betrag\n");
        csv.append("W-1;Wizard Kunde Eins;").append(dmy.format(day(1))).append(";1.234,50\n");
        csv.append("W-1;Wizard Kunde Eins;").append(dmy.format(day(2))).append(";765,50\n");
        csv.append("W-2;Вторая компания;").append(dmy.format(day(3))).append(";99,00\n");
        for (String line : extraLines) {
            csv.append(line).append('\n');
        }
        Path file = dir.resolve(name);
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    private Shell openWizardOn(Path file) {
        driver.executeCommand(COMMAND);
        Shell wizard = driver.shell(Messages.Wizard_title);
        driver.text(FilePage.ID_FILE).setText(file.toString());
        Label detected = driver.byId(Label.class, FilePage.ID_DETECTED);
        driver.waitUntil("the file is detected and previewed", () -> detected.getText().contains(";")
                && driver.table(FilePage.ID_PREVIEW).rowCount() > 0);
        return wizard;
    }

    @Test
    void aEuropeanExportIsDetectedMappedCheckedAndImportedIntoTheClassification() throws Exception {
        Path file = europeanExport("export.csv");
        Shell wizard = openWizardOn(file);
        TableHandle preview = driver.table(FilePage.ID_PREVIEW);
        assertEquals("Wizard Kunde Eins", preview.cell(0, 1));
        assertTrue(driver.syncCall(() -> driver.byId(Label.class, FilePage.ID_DETECTED).getText()).contains("dd.MM.yyyy"));

        driver.button(NEXT).click();
        driver.waitUntil("the mapping is guessed from the column names", () -> driver.combo("import.map.amount")
                .selection().equals("Betrag") && driver.combo("import.map.date").selection().equals("Datum"));
        driver.button(NEXT).click();
        Label summary = driver.byId(Label.class, ValidationPage.ID_SUMMARY);
        driver.waitUntil("every line was checked", () -> summary.getText().contains("3 good"));
        driver.button(FINISH).click();
        driver.waitUntil("the wizard closed", wizard::isDisposed);
        driver.shell(Messages.Wizard_title); // the summary message
        driver.button(IDialogConstants.OK_LABEL).click();

        SalesService sales = Services.get(SalesService.class);
        assertEquals("Вторая компания", sales.customer("W-2").orElseThrow().name());
        BigDecimal revenue = sales.revenueByCustomer(day(1), day(3)).get("W-1");
        assertEquals(0, new BigDecimal("2000.00").compareTo(revenue), "1.234,50 + 765,50 read with comma decimals");

        AbcXyzService analysis = Services.get(AbcXyzService.class);
        Classification c = analysis.classify(analysis.defaultSettings().withWindow(YearMonth.now().minusMonths(23),
                YearMonth.now()), new NullProgressMonitor());
        CustomerResult w1 = c.customer("W-1").orElseThrow();
        assertTrue(w1.newCustomer(), "a first purchase this month makes a new customer");
    }

    @Test
    void aBadLineIsListedWithItsLineAndColumnAndNothingCanBeImported() throws Exception {
        Path file = europeanExport("bad.csv", "W-3;Kaputt;31.02.2026;10,00", "W-4;Text;01.01.2026;viel");
        long before = Services.get(SalesService.class).salesLineCount();
        Shell wizard = openWizardOn(file);
        driver.button(NEXT).click();
        driver.button(NEXT).click();
        TableHandle problems = driver.table(ValidationPage.ID_PROBLEMS);
        driver.waitUntil("both bad lines are listed", () -> problems.rowCount() == 2);
        assertEquals("5", problems.cell(0, 0), "line numbers count the header");
        assertEquals("6", problems.cell(1, 0));
        assertTrue(problems.cell(1, 3).length() > 0);
        assertFalse(driver.syncCall(() -> ((org.eclipse.jface.wizard.WizardDialog) wizard.getData())
                .getCurrentPage().isPageComplete()), "cannot finish with bad lines unless they are skipped");
        driver.syncRun(wizard::close);
        assertEquals(before, Services.get(SalesService.class).salesLineCount(), "nothing was written");
    }
}
