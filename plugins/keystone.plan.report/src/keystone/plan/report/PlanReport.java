package keystone.plan.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Calendar;
import java.util.Objects;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;

import keystone.charts.PdfFonts;
import keystone.plan.report.internal.PageFlow;
import keystone.plan.report.internal.ReportFonts;
import keystone.plan.report.internal.ReportSections;
import keystone.plan.report.internal.Texts;

/**
 * Writes an account plan as an A4 PDF to hand out in a review meeting: cover, situation, SWOT, objectives with
 * traffic lights, targets against actual sales (charts as vector graphics, and tables), actions, risks,
 * opportunities, budget and review log, with page numbers. Text is real, searchable text in every script: DejaVu
 * Sans for Latin and Cyrillic, an installed CJK font for CJK (see {@link ReportFonts}).
 *
 * <p>The file is written to a temporary sibling and moved into place, so a failed or interrupted report never
 * leaves a half-written file under the user's name. Call it from a job, not the UI thread.</p>
 */
public final class PlanReport {

    private PlanReport() {
    }

    public static void write(ReportInput input, Path pdf) throws IOException {
        Objects.requireNonNull(input, "input");
        Path target = pdf.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        try {
            try (PDDocument document = new PDDocument();
                    ReportFonts fonts = new ReportFonts(document, input.locale());
                    PdfBoxGraphics2DFontTextDrawer chartFonts = PdfFonts.create();
                    PageFlow flow = new PageFlow(document, fonts, input.locale())) {
                ReportSections sections = new ReportSections(input, flow, chartFonts);
                sections.write();
                flow.footers(sections.footer(), input.labels().pageOf());
                fonts.finish();
                describe(document, input);
                try (OutputStream out = Files.newOutputStream(temp)) {
                    document.save(out);
                }
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void describe(PDDocument document, ReportInput input) {
        PDDocumentInformation info = document.getDocumentInformation();
        String title = Texts.bind(input.labels().coverTitle(), String.valueOf(input.plan().year()));
        info.setTitle(input.accountName().isEmpty() ? title : input.accountName() + " - " + title);
        if (!input.owner().isEmpty()) {
            info.setAuthor(input.owner());
        }
        info.setCreator("Keystone");
        info.setCreationDate(Calendar.getInstance());
        document.getDocumentCatalog().setLanguage(input.locale().toLanguageTag());
    }
}
