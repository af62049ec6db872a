package keystone.plan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import keystone.plan.AccountPlan;
import keystone.plan.ActionStatus;
import keystone.plan.PlanAction;
import keystone.plan.Swot;

/**
 * Writes plan reports and reads them back with PDFBox's text extraction: pages, sections, every script, figures,
 * flowing lists and the atomic write.
 */
class PlanReportTest {

    private static final List<String> SECTIONS = List.of("Situation", "SWOT", "Objectives", "Targets vs actual",
            "Actions", "Risks", "Opportunities", "Budget", "Review log");

    @TempDir
    Path dir;

    private Path write(ReportInput input) throws IOException {
        Path pdf = dir.resolve("plan.pdf");
        PlanReport.write(input, pdf);
        return pdf;
    }

    private static String text(Path pdf, int fromPage, int toPage) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(fromPage);
            stripper.setEndPage(toPage < 0 ? document.getNumberOfPages() : toPage);
            return stripper.getText(document);
        }
    }

    private static int pages(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages();
        }
    }

    @Test
    void theReportHasAtLeastFiveA4Pages() throws IOException {
        Path pdf = write(ReportFixtures.input(ReportFixtures.plan(), ReportFixtures.CYRILLIC));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertTrue(document.getNumberOfPages() >= 5, "pages: " + document.getNumberOfPages());
            for (PDPage page : document.getPages()) {
                assertEquals(PDRectangle.A4.getWidth(), page.getMediaBox().getWidth(), 0.01);
                assertEquals(PDRectangle.A4.getHeight(), page.getMediaBox().getHeight(), 0.01);
            }
        }
    }

    @Test
    void theCoverNamesAccountYearOwnerAndState() throws IOException {
        Path pdf = write(ReportFixtures.input(ReportFixtures.plan(), ReportFixtures.CYRILLIC));
        String cover = text(pdf, 1, 1);
        assertTrue(cover.contains(ReportFixtures.CYRILLIC), cover);
        assertTrue(cover.contains("Account plan 2025"), cover);
        assertTrue(cover.contains("Anna Keller"), cover);
        assertTrue(cover.contains("Active"), cover);
        assertTrue(cover.contains("15 Jun 2025"), cover);
    }

    @Test
    void theSectionsFollowInTheirOrder() throws IOException {
        String text = text(write(ReportFixtures.input(ReportFixtures.plan(), "Acme")), 2, -1);
        List<String> lines = text.lines().map(String::strip).toList();
        int at = -1;
        for (String section : SECTIONS) {
            int found = -1;
            for (int i = at + 1; i < lines.size(); i++) {
                if (lines.get(i).equals(section)) {
                    found = i;
                    break;
                }
            }
            assertTrue(found > at, section + " after the previous section in " + lines);
            at = found;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {ReportFixtures.CYRILLIC, ReportFixtures.CJK, "上海东方 – АО «Уралхимпром» GmbH"})
    void accountNamesInEveryScriptAreExtractedVerbatim(String name) throws IOException {
        Path pdf = write(ReportFixtures.input(ReportFixtures.plan(), name));
        assertTrue(text(pdf, 1, 1).contains(name), "cover");
        String all = text(pdf, 1, -1);
        assertTrue(all.contains(name + " · Account plan 2025"), "footer");
        assertTrue(all.contains("Партнёр с 2019 года. 主要客户。"), "summary mixes scripts in one line");
        assertTrue(all.contains("电动汽车项目") && all.contains("Новый завод в Екатеринбурге"), "SWOT entries");
        assertTrue(all.contains("王伟") && all.contains("Иван Петров"), "action owners");
    }

    @Test
    void objectivesShowMetricTargetCurrentAndStatus() throws IOException {
        String text = text(write(ReportFixtures.input(ReportFixtures.plan(), "Acme")), 1, -1);
        String objectives = text.substring(text.indexOf("\nObjectives"), text.indexOf("Targets vs actual"));
        assertTrue(objectives.contains("Share of wallet"), objectives);
        assertTrue(objectives.contains("40%"), objectives);
        assertTrue(objectives.contains("36%"), objectives);
        assertTrue(objectives.contains("1,000,000"), objectives);
        assertTrue(objectives.contains("Cost to serve"), objectives);
        assertTrue(objectives.contains("Not rated"), "the custom objective has no traffic light: " + objectives);
        assertTrue(objectives.contains("On track") || objectives.contains("Off track")
                || objectives.contains("Nearly on track"), objectives);
    }

    @Test
    void targetsVsActualEmbedsBothChartsAsTextAndTheQuarterTable() throws IOException {
        String text = text(write(ReportFixtures.input(ReportFixtures.plan(), "Acme")), 1, -1);
        String section = text.substring(text.indexOf("Targets vs actual"), text.indexOf("\nActions"));
        assertTrue(section.contains("Revenue: target vs actual 2025"), "chart title is text: " + section);
        assertTrue(section.contains("Margin: target vs actual 2025"), section);
        assertTrue(section.contains("Cumulative actual"), section);
        assertTrue(section.contains("240,000"), "Q1 actual: " + section);
        assertTrue(section.contains("-10,000"), "Q1 variance: " + section);
        assertTrue(section.contains("Year-end forecast"), section);
    }

    @Test
    void overdueActionsAreMarked() throws IOException {
        String text = text(write(ReportFixtures.input(ReportFixtures.plan(), "Acme")), 1, -1);
        String actions = text.substring(text.indexOf("\nActions"), text.indexOf("\nRisks"));
        assertTrue(actions.contains("overdue"), actions);
        assertEquals(1, actions.split("overdue", -1).length - 1, "only the one overdue action: " + actions);
    }

    @Test
    void everyPageCarriesItsNumber() throws IOException {
        Path pdf = write(ReportFixtures.input(ReportFixtures.plan(), "Acme"));
        int count = pages(pdf);
        for (int page = 1; page <= count; page++) {
            assertTrue(text(pdf, page, page).contains("Page " + page + " of " + count), "page " + page);
        }
    }

    @Test
    void longListsFlowOntoFurtherPages() throws IOException {
        AccountPlan plan = ReportFixtures.plan();
        int normal = pages(write(ReportFixtures.input(plan, "Acme")));
        List<PlanAction> actions = new ArrayList<>(plan.actions());
        for (int i = 1; i <= 120; i++) {
            actions.add(new PlanAction(PlanAction.NEW_ID, "Follow-up visit number " + i
                    + " with a long description that has to wrap onto a second line of its table cell", "Anna Keller",
                    LocalDate.of(2025, 12, 1), ActionStatus.OPEN, null));
        }
        List<String> strengths = new ArrayList<>();
        for (int i = 1; i <= 90; i++) {
            strengths.add("Strength " + i + ": 长期合作伙伴关系和稳定的供货记录");
        }
        Swot.Side customer = plan.swot().customer();
        AccountPlan big = plan.withActions(actions).withSwot(new Swot(new Swot.Side(strengths, customer.weaknesses(),
                customer.opportunities(), customer.threats()), plan.swot().ours()));
        Path pdf = write(ReportFixtures.input(big, "Acme"));
        int count = pages(pdf);
        assertTrue(count >= normal + 4, normal + " pages grew to " + count);
        String text = text(pdf, 1, -1);
        assertTrue(text.contains("Follow-up visit number 120"), "the last action");
        assertTrue(text.contains("Strength 90: 长期合作伙伴关系和稳定的供货记录"), "the last strength");
        assertTrue(text.contains("Page " + count + " of " + count));
    }

    @Test
    void anEmptyPlanStillGivesEverySection() throws IOException {
        AccountPlan empty = AccountPlan.empty(7, 2025, LocalDate.of(2025, 1, 10));
        ReportInput input = ReportInput.of(empty, ReportFixtures.status(empty), "Acme", null, null, null,
                Locale.UK);
        Path pdf = write(input);
        String text = text(pdf, 1, -1);
        for (String section : List.of("Situation", "SWOT", "Objectives", "Targets vs actual", "Actions", "Risks")) {
            assertTrue(text.contains(section), section);
        }
        assertTrue(text.contains("None recorded."));
        assertTrue(pages(pdf) >= 5);
    }

    @Test
    void translatedLabelsReplaceTheEnglishOnes() throws IOException {
        ReportLabels german = new ReportLabels() {
            @Override
            public String situation() {
                return "Ausgangslage";
            }

            @Override
            public String pageOf() {
                return "Seite {0} von {1}";
            }

            @Override
            public String coverTitle() {
                return "Plan d'affaires {0}"; // an apostrophe, as in Eclipse NLS messages
            }
        };
        AccountPlan plan = ReportFixtures.plan();
        ReportInput input = ReportInput.of(plan, ReportFixtures.status(plan), "Acme", "Anna", null, german,
                Locale.GERMANY);
        String text = text(write(input), 1, -1);
        assertTrue(text.contains("Ausgangslage"));
        assertTrue(text.contains("Seite 1 von"));
        assertTrue(text.contains("Plan d'affaires 2025"), "placeholders filled, apostrophe kept");
        assertTrue(text.contains("1.000.000"), "German number format");
    }

    @Test
    void theWriteReplacesTheOldFileAndLeavesNothingElse() throws IOException {
        Path pdf = dir.resolve("plan.pdf");
        Files.writeString(pdf, "old");
        PlanReport.write(ReportFixtures.input(ReportFixtures.plan(), "Acme"), pdf);
        assertTrue(pages(pdf) >= 5);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(pdf), files.toList());
        }
    }

    @Test
    void aFailedWriteKeepsTheOldFileAndLeavesNoPart() throws IOException {
        Path pdf = dir.resolve("plan.pdf");
        Files.writeString(pdf, "old");
        ReportLabels broken = new ReportLabels() {
            @Override
            public String risks() {
                throw new IllegalStateException("translation failed");
            }
        };
        AccountPlan plan = ReportFixtures.plan();
        ReportInput input = ReportInput.of(plan, ReportFixtures.status(plan), "Acme", "Anna", null, broken,
                Locale.UK);
        assertThrows(IllegalStateException.class, () -> PlanReport.write(input, pdf));
        assertEquals("old", Files.readString(pdf));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(pdf), files.toList());
        }
    }

    @Test
    void aStatusOfAnotherPlanIsRefused() {
        AccountPlan plan = ReportFixtures.plan();
        AccountPlan other = AccountPlan.empty(8, 2025, LocalDate.of(2025, 1, 10));
        assertThrows(IllegalArgumentException.class, () -> ReportInput.of(plan, ReportFixtures.status(other), "Acme",
                "Anna", null, null, Locale.UK));
    }
}
