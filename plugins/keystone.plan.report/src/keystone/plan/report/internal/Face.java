package keystone.plan.report.internal;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * One font of the report's fallback chain: which characters it has, how wide a run of them is, and how to show
 * a run inside a text object.
 */
sealed interface Face permits PdfFontFace, Type3Face {

    boolean canShow(int codePoint);

    /** The width of {@code run} (every character {@link #canShow showable}) at {@code size}, in points. */
    float width(String run, float size) throws IOException;

    /** Selects the font and shows {@code run}; the caller has begun the text object. */
    void show(PDPageContentStream content, String run, float size) throws IOException;
}
