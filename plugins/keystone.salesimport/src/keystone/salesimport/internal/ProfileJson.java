package keystone.salesimport.internal;

import java.util.EnumMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import keystone.salesimport.ColumnMapping;
import keystone.salesimport.ColumnRef;
import keystone.salesimport.DecimalSeparator;
import keystone.salesimport.Detection;
import keystone.salesimport.FileKind;
import keystone.salesimport.ImportField;
import keystone.salesimport.MappingProfile;
import keystone.salesimport.ThousandsSeparator;

/**
 * The JSON form of a {@link MappingProfile} as IMPORT_PROFILE stores it, written field by field (not by reflection)
 * so that renaming a Java component never breaks saved profiles:
 * {@code {"version":1,"mapping":{"customer":{"name":"Kunde"},"date":{"position":3},...},
 * "detection":{"encoding":"windows-1252","delimiter":";","decimalSeparator":"COMMA",...}}}; detection fields the
 * profile does not force are absent.
 */
final class ProfileJson {

    static final int VERSION = 1;

    private final ObjectMapper mapper = new ObjectMapper();

    String write(MappingProfile profile) {
        ObjectNode root = mapper.createObjectNode();
        root.put("version", VERSION);
        ObjectNode mapping = root.putObject("mapping");
        profile.mapping().asMap().forEach((field, ref) -> {
            ObjectNode column = mapping.putObject(field.key());
            if (ref.isNamed()) {
                column.put("name", ref.name());
            } else {
                column.put("position", ref.position());
            }
        });
        Detection d = profile.overrides();
        ObjectNode detection = root.putObject("detection");
        putIfSet(detection, "kind", d.kind());
        putIfSet(detection, "encoding", d.encoding());
        putIfSet(detection, "bom", d.bom());
        putIfSet(detection, "delimiter", d.delimiter());
        putIfSet(detection, "quote", d.quote() == null ? null : d.quote() == Detection.NO_QUOTE ? "" : d.quote());
        putIfSet(detection, "decimalSeparator", d.decimalSeparator());
        putIfSet(detection, "thousandsSeparator", d.thousandsSeparator());
        putIfSet(detection, "datePattern", d.datePattern());
        putIfSet(detection, "header", d.header());
        try {
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always serialises", e);
        }
    }

    private static void putIfSet(ObjectNode node, String key, Object value) {
        if (value instanceof Boolean b) {
            node.put(key, b);
        } else if (value != null) {
            node.put(key, value.toString());
        }
    }

    /** Reads a stored profile; throws {@link IllegalArgumentException} for a document it cannot read. */
    MappingProfile read(String name, String json) {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        }
        if (root.path("version").asInt() != VERSION) {
            throw new IllegalArgumentException("unknown profile version " + root.path("version"));
        }
        Map<ImportField, ColumnRef> columns = new EnumMap<>(ImportField.class);
        root.path("mapping").properties().forEach(e -> {
            JsonNode column = e.getValue();
            columns.put(ImportField.ofKey(e.getKey()), column.has("name") ? ColumnRef.named(column.get("name").asText())
                    : ColumnRef.at(column.path("position").asInt()));
        });
        JsonNode d = root.path("detection");
        Detection overrides = new Detection(
                d.has("kind") ? FileKind.valueOf(d.get("kind").asText()) : null,
                text(d, "encoding"),
                d.has("bom") ? d.get("bom").asBoolean() : null,
                character(d, "delimiter"),
                d.has("quote") ? (d.get("quote").asText().isEmpty() ? Detection.NO_QUOTE : character(d, "quote")) : null,
                d.has("decimalSeparator") ? DecimalSeparator.valueOf(d.get("decimalSeparator").asText()) : null,
                d.has("thousandsSeparator") ? ThousandsSeparator.valueOf(d.get("thousandsSeparator").asText()) : null,
                text(d, "datePattern"),
                d.has("header") ? d.get("header").asBoolean() : null,
                null);
        return new MappingProfile(name, ColumnMapping.of(columns), overrides);
    }

    private static String text(JsonNode node, String key) {
        return node.has(key) ? node.get(key).asText() : null;
    }

    private static Character character(JsonNode node, String key) {
        String text = text(node, key);
        if (text == null) {
            return null;
        }
        if (text.length() != 1) {
            throw new IllegalArgumentException(key + " must be one character: '" + text + "'");
        }
        return text.charAt(0);
    }
}
