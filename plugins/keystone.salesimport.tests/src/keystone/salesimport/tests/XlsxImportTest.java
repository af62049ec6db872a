package keystone.salesimport.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import keystone.salesimport.BadLinePolicy;
import keystone.salesimport.ColumnMapping;
import keystone.salesimport.ColumnRef;
import keystone.salesimport.Detection;
import keystone.salesimport.Detector;
import keystone.salesimport.FileKind;
import keystone.salesimport.ImportField;
import keystone.salesimport.ImportOptions;
import keystone.salesimport.ImportResult;
import keystone.salesimport.InvalidLinesException;
import keystone.salesimport.SalesImportService;
import keystone.testsupport.FixtureDatabase;
import keystone.testsupport.Services;

/**
 * XLSX workbooks (written here with fastexcel, as Excel would) are read from their first sheet with typed cells:
 * real dates, dates as text, dates as bare serial numbers, numbers with binary-double noise, numeric customer ids.
 */
class XlsxImportTest {

    private static final ImportOptions MAPPING = ImportOptions.detecting(ColumnMapping.of(ColumnRef.named("Kunde"),
            ColumnRef.named("Datum"), ColumnRef.named("Betrag")).with(ImportField.CUSTOMER_NAME, ColumnRef.named("Name")));

    @TempDir
    Path temp;

    private FixtureDatabase fixture;
    private SalesImportService service;

    @BeforeEach
    void openDatabase() {
        fixture = FixtureDatabase.in(temp.resolve("db"));
        service = Services.get(SalesImportService.class);
    }

    @AfterEach
    void closeDatabase() {
        fixture.close();
    }

    /** A workbook with a header and three good rows, plus a row with text in the amount when {@code withBadRow}. */
    private Path workbook(String name, boolean withBadRow) throws IOException {
        Path file = temp.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "Keystone tests", "1.0");
            Worksheet sheet = workbook.newWorksheet("Umsatz");
            String[] header = {"Kunde", "Name", "Datum", "Betrag"};
            for (int c = 0; c < header.length; c++) {
                sheet.value(0, c, header[c]);
            }
            sheet.value(1, 0, "X1");
            sheet.value(1, 1, "Excel GmbH");
            sheet.value(1, 2, LocalDate.of(2024, 1, 15));
            sheet.style(1, 2).format("dd.mm.yyyy").set();
            sheet.value(1, 3, new BigDecimal("1234.56"));
            sheet.value(2, 0, 10023); // a numeric customer id
            sheet.value(2, 1, "Zahl AG");
            sheet.value(2, 2, "2024-01-16"); // a date typed as text
            sheet.value(2, 3, 0.1 + 0.2); // 0.30000000000000004 in the file
            sheet.value(3, 0, "X3");
            sheet.value(3, 1, "Serial KG");
            sheet.value(3, 2, 45299); // a bare Excel serial: 8 January 2024
            sheet.value(3, 3, 99.99);
            if (withBadRow) {
                sheet.value(4, 0, "X4");
                sheet.value(4, 1, "Text Ltd");
                sheet.value(4, 2, LocalDate.of(2024, 1, 17));
                sheet.style(4, 2).format("yyyy-mm-dd").set();
                sheet.value(4, 3, "n/a");
            }
            workbook.finish();
        }
        return file;
    }

    @Test
    void detectsAWorkbookByItsContent() throws IOException {
        Path file = Files.move(workbook("export.xlsx", false), temp.resolve("export.dat"));

        Detection d = Detector.detect(file);

        assertEquals(FileKind.XLSX, d.kind());
        assertEquals(true, d.header());
        assertEquals(List.of("Kunde", "Name", "Datum", "Betrag"), d.columns());
        assertEquals("yyyy-MM-dd", d.datePattern(), "the one date written as text");
        assertTrue(d.isComplete());
    }

    @Test
    void importsTypedCellsExactly() throws IOException {
        ImportResult result = service.importFile(workbook("export.xlsx", false), MAPPING, BadLinePolicy.ABORT, null,
                false, null);

        assertEquals(3, result.imported());
        assertEquals(List.of("X1|2024-01-15|1234.56", "10023|2024-01-16|0.3", "X3|2024-01-08|99.99"), Sales.lines());
        assertEquals("Zahl AG", Sales.customerName("10023"));
    }

    @Test
    void aBadCellIsReportedAtItsSheetRowAndChangesNothing() throws IOException {
        Path file = workbook("export.xlsx", true);
        DatabaseState before = DatabaseState.now();

        InvalidLinesException e = assertThrows(InvalidLinesException.class,
                () -> service.importFile(file, MAPPING, BadLinePolicy.ABORT, null, false, null));

        assertTrue(e.getMessage().contains("export.xlsx, line 5, column Betrag: 'n/a' is not a number"), e.getMessage());
        assertEquals(before, DatabaseState.now());
    }

    @Test
    void skippedRowsOfAWorkbookGoToACsvErrorFile() throws IOException {
        Path errors = temp.resolve("errors.csv");

        ImportResult result = service.importFile(workbook("export.xlsx", true), MAPPING, BadLinePolicy.SKIP, errors,
                false, null);

        assertEquals(3, result.imported());
        assertEquals("\uFEFFKunde,Name,Datum,Betrag,\"error\"\r\n"
                + "X4,Text Ltd,2024-01-17,n/a,\"line 5, column Betrag: 'n/a' is not a number\"\r\n",
                Files.readString(errors, StandardCharsets.UTF_8));
    }
}
