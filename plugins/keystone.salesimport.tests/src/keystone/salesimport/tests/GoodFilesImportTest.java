package keystone.salesimport.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import keystone.salesimport.BadLinePolicy;
import keystone.salesimport.ColumnMapping;
import keystone.salesimport.ColumnRef;
import keystone.salesimport.ImportField;
import keystone.salesimport.ImportOptions;
import keystone.salesimport.ImportResult;
import keystone.salesimport.SalesImportService;
import keystone.testsupport.FixtureDatabase;
import keystone.testsupport.Services;

/**
 * Real exports in every supported encoding and format are imported exactly: every amount as the file writes it
 * (compared as BigDecimals), every date, every customer's name.
 */
class GoodFilesImportTest {

    @TempDir
    Path temp;

    private FixtureDatabase fixture;
    private SalesImportService service;

    @BeforeEach
    void openDatabase() {
        fixture = FixtureDatabase.in(temp.resolve("db"));
        fixture.customer("K0", "Known before").sale("K0", LocalDate.of(2019, 6, 1), "1.00").build();
        service = Services.get(SalesImportService.class);
    }

    @AfterEach
    void closeDatabase() {
        fixture.close();
    }

    private static ColumnMapping named(String customer, String name, String date, String amount) {
        return ColumnMapping.of(ColumnRef.named(customer), ColumnRef.named(date), ColumnRef.named(amount))
                .with(ImportField.CUSTOMER_NAME, ColumnRef.named(name));
    }

    private static final ColumnMapping ENGLISH = named("customer", "name", "date", "amount");

    /** Imports {@code file} with detection and {@code mapping}; returns the stored lines besides the fixture's. */
    private List<String> importLines(String file, ColumnMapping mapping) throws IOException {
        ImportResult result = service.importFile(Corpus.copy(file, temp), ImportOptions.detecting(mapping),
                BadLinePolicy.ABORT, null, false, null);
        List<String> stored = imported();
        assertEquals(stored.size(), result.imported());
        assertEquals(0, result.skipped());
        return stored;
    }

    private static List<String> imported() {
        return Sales.lines().stream().filter(l -> !l.startsWith("K0|")).toList();
    }

    @Test
    void utf8WithBomAndAllOptionalColumns() throws IOException {
        ColumnMapping all = ENGLISH.with(ImportField.MARGIN, ColumnRef.named("margin"))
                .with(ImportField.PRODUCT, ColumnRef.named("product"))
                .with(ImportField.QUANTITY, ColumnRef.named("quantity"))
                .with(ImportField.ORDER_ID, ColumnRef.named("order"));

        ImportResult result = service.importFile(Corpus.copy("good-utf8-bom.csv", temp), ImportOptions.detecting(all),
                BadLinePolicy.ABORT, null, false, null);

        assertEquals(List.of("C001|2024-01-05|1200.5|300.1|Widget|10|SO-1", "C002|2024-01-09|99.99|null|Gadget|1|SO-2",
                "C003|2024-02-14|-15|-3|Widget|-1|CN-3", "C001|2024-02-20|0.0001|0|Service|null|SO-4"),
                Sales.lines(true).subList(1, 5));
        assertEquals("Société Générale, Paris", Sales.customerName("C002"));
        assertEquals("Åkesson AB", Sales.customerName("C003"));
        assertEquals(3, result.customersNew());
        assertEquals(LocalDate.of(2024, 1, 5), result.periodFrom());
        assertEquals(LocalDate.of(2024, 2, 20), result.periodTo());
        assertEquals(4, result.linesRead());
    }

    @Test
    void windows1252() throws IOException {
        List<String> lines = importLines("good-windows-1252.csv", named("Kunde", "Name", "Datum", "Betrag"));

        assertEquals(16, lines.size());
        assertEquals("K-100|2023-01-01|100", lines.get(0));
        assertEquals("K-101|2023-02-02|200.01", lines.get(1));
        assertEquals("K-115|2023-04-16|1600.15", lines.get(15));
        assertEquals("Bäckerei Müller", Sales.customerName("K-100"));
        assertEquals("Straßenbau Köhler", Sales.customerName("K-106"));
    }

    @Test
    void windows1251WithSpaceThousands() throws IOException {
        List<String> lines = importLines("good-windows-1251.csv", named("Клиент", "Наименование", "Дата", "Сумма"));

        assertEquals(20, lines.size());
        assertEquals("R001|2024-01-13|1500", lines.get(0));
        assertEquals("R020|2024-08-17|20519.19", lines.get(19));
        assertEquals("ООО «Ромашка»", Sales.customerName("R001"));
        assertEquals("ИП Сидоров Пётр", Sales.customerName("R015"));
    }

    @Test
    void gbk() throws IOException {
        List<String> lines = importLines("good-gbk.csv", named("客户编号", "客户名称", "日期", "金额"));

        assertEquals(20, lines.size());
        assertEquals("CN001|2024-01-01|1000", lines.get(0));
        assertEquals("CN020|2024-08-20|1703.19", lines.get(19));
        assertEquals("北京华夏科技有限公司", Sales.customerName("CN001"));
    }

    @Test
    void europeanSemicolonWithCommaDecimalsAndPointThousands() throws IOException {
        ColumnMapping mapping = named("Kundennummer", "Kunde", "Belegdatum", "Umsatz")
                .with(ImportField.MARGIN, ColumnRef.named("Marge"));

        importLines("good-european.csv", mapping);

        assertEquals(List.of("10001|2024-01-02|1234.56|123.45||null|", "10002|2024-01-15|12.5|1.25||null|",
                "10003|2024-01-31|1000000|100000||null|", "10001|2024-02-01|-99.9|-9.99||null|"),
                Sales.lines(true).subList(1, 5));
        assertEquals("Weber; Partner", Sales.customerName("10002"));
    }

    @Test
    void tabSeparated() throws IOException {
        assertEquals(List.of("T1|2024-03-01|10.5", "T2|2024-03-02|20.25", "T1|2024-03-31|0.75"),
                importLines("good-tab.tsv", ENGLISH));
        assertEquals("Beta, Gamma & Co", Sales.customerName("T2"));
    }

    @Test
    void quotedThousandsSeparators() throws IOException {
        assertEquals(List.of("U1|2024-04-01|1234.56", "U2|2024-04-02|12", "U3|2024-04-03|1000000",
                "U1|2024-04-04|999.99"), importLines("good-thousands-comma.csv", ENGLISH));
    }

    @Test
    void monthFirstDates() throws IOException {
        assertEquals(List.of("M1|2024-01-25|100", "M2|2024-02-03|200.5", "M1|2023-12-31|300.25"),
                importLines("good-month-first.csv", ENGLISH));
    }

    @Test
    void timeStampsAreCutToTheirDay() throws IOException {
        assertEquals(List.of("S1|2024-05-01|10", "S2|2024-05-01|20", "S1|2024-05-02|30"),
                importLines("good-timestamps.csv", ENGLISH));
    }

    @Test
    void dayFirstDatesWithTime() throws IOException {
        assertEquals(List.of("D1|2024-03-05|10", "D2|2024-03-28|20.5", "D1|2024-03-30|30.75"),
                importLines("good-day-first-time.csv", named("Kunde", "Name", "Zeitpunkt", "Betrag")));
    }

    @Test
    void swissApostropheThousands() throws IOException {
        assertEquals(List.of("CH1|2024-06-13|1234.5", "CH2|2024-06-14|250", "CH1|2024-06-15|12345678.9"),
                importLines("good-swiss.csv", named("Kunde", "Name", "Datum", "Betrag")));
    }

    @Test
    void frenchNoBreakSpaceThousandsAndDayFirstSlashes() throws IOException {
        assertEquals(List.of("F1|2024-07-13|1234.56", "F2|2024-07-14|45", "F1|2024-07-31|10000000.01"),
                importLines("good-french-space.csv", named("client", "nom", "date", "montant")));
        assertEquals("Épicerie Martin", Sales.customerName("F2"));
    }

    @Test
    void noHeaderMappedByPosition() throws IOException {
        ColumnMapping byPosition = ColumnMapping.of(ColumnRef.at(1), ColumnRef.at(3), ColumnRef.at(4))
                .with(ImportField.CUSTOMER_NAME, ColumnRef.at(2));

        assertEquals(List.of("N1|2024-08-01|11.11", "N2|2024-08-02|22.22", "N1|2024-08-03|33.33"),
                importLines("good-no-header.csv", byPosition));
        assertEquals("Second Customer", Sales.customerName("N2"));
    }

    @Test
    void trailingMinusAsSapWritesIt() throws IOException {
        assertEquals(List.of("P1|2024-09-01|-123.45", "P2|2024-09-02|500", "P1|2024-09-03|-0.55"),
                importLines("good-sap-trailing-minus.csv", ENGLISH));
    }

    @Test
    void existingCustomersAreRenamedNotDuplicated() throws IOException {
        fixture.customer("T1", "Old name").build();

        ImportResult result = service.importFile(Corpus.copy("good-tab.tsv", temp), ImportOptions.detecting(ENGLISH),
                BadLinePolicy.ABORT, null, false, null);

        assertEquals(1, result.customersNew());
        assertEquals(1, result.customersUpdated());
        assertEquals("Alpha Ltd", Sales.customerName("T1"));
        assertEquals("Known before", Sales.customerName("K0"), "customers not in the file keep their name");
    }
}
