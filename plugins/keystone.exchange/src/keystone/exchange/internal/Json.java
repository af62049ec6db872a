package keystone.exchange.internal;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

/**
 * The Jackson settings of the exchange document: strict reading, and a layout with one table row per line so
 * that large exports stay readable, greppable and diffable.
 */
final class Json {

    private Json() {
    }

    static JsonFactory factory() {
        return JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // emoji as they are rather than as escaped surrogate pairs; lone surrogates stay escaped
                .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                // texts are checked against their column's size instead; CLOB columns may be large
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
                .build();
    }

    /** Prepares a generator for writing the document; writes "\n" line ends on every platform. */
    static JsonGenerator prepare(JsonGenerator g) {
        DefaultIndenter lines = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(lines)
                .withArrayIndenter(new DefaultPrettyPrinter.Indenter() {
                    @Override
                    public void writeIndentation(JsonGenerator gen, int level) throws IOException {
                        if (onOneLine(gen.getOutputContext())) {
                            gen.writeRaw(' ');
                        } else {
                            lines.writeIndentation(gen, level);
                        }
                    }

                    @Override
                    public boolean isInline() {
                        return false; // keeps the nesting level counted for the lines above
                    }
                });
        g.setPrettyPrinter(printer);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return g;
    }

    /** A row (an array in the "rows" array) and the "columns" array each go on one line. */
    private static boolean onOneLine(JsonStreamContext array) {
        JsonStreamContext parent = array.getParent();
        return parent != null && (parent.inArray() || "columns".equals(parent.getCurrentName()));
    }
}
