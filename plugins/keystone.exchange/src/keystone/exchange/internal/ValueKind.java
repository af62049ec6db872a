package keystone.exchange.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQuery;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * How the values of one family of SQL types travel in JSON: written from a result set, read back with the same
 * rules checked, and bound to an insert. Each kind writes only what it reads, which makes the exchange lossless.
 */
enum ValueKind {

    TEXT {
        @Override
        void write(JsonGenerator g, ResultSet rs, int i) throws SQLException, IOException {
            String v = rs.getString(i);
            if (v == null) {
                g.writeNull();
            } else {
                g.writeString(v);
            }
        }

        @Override
        Object read(JsonParser p, ColumnInfo column) throws IOException, BadValueException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw expected(Messages.Expect_text, column, p);
            }
            String v = p.getText();
            if (column.size() > 0 && v.length() > column.size()) {
                throw new BadValueException(NLS.bind(Messages.Value_textTooLong,
                        new Object[] {v.length(), column.name(), column.size()}));
            }
            return v;
        }
    },

    WHOLE_NUMBER {
        @Override
        void write(JsonGenerator g, ResultSet rs, int i) throws SQLException, IOException {
            long v = rs.getLong(i);
            if (rs.wasNull()) {
                g.writeNull();
            } else {
                g.writeNumber(v);
            }
        }

        @Override
        Object read(JsonParser p, ColumnInfo column) throws IOException, BadValueException {
            if (p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
                throw expected(Messages.Expect_wholeNumber, column, p);
            }
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                throw expected(Messages.Expect_number, column, p);
            }
            long max = switch (column.sqlType()) {
                case Types.TINYINT -> Byte.MAX_VALUE;
                case Types.SMALLINT -> Short.MAX_VALUE;
                case Types.INTEGER -> Integer.MAX_VALUE;
                default -> Long.MAX_VALUE;
            };
            long min = -max - 1;
            if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER || p.getLongValue() > max
                    || p.getLongValue() < min) {
                throw new BadValueException(NLS.bind(Messages.Value_outOfRange,
                        new Object[] {p.getText(), column.name(), min, max}));
            }
            return p.getLongValue();
        }
    },

    DECIMAL {
        @Override
        void write(JsonGenerator g, ResultSet rs, int i) throws SQLException, IOException {
            BigDecimal v = rs.getBigDecimal(i);
            if (v == null) {
                g.writeNull();
            } else {
                g.writeString(v.toPlainString()); // a string, so that no reader turns it into a double
            }
        }

        @Override
        Object read(JsonParser p, ColumnInfo column) throws IOException, BadValueException {
            BigDecimal v;
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                v = p.getDecimalValue(); // exact: Jackson parses the digits as written
            } else if (t == JsonToken.VALUE_STRING && isDecimal(p.getText())) {
                v = new BigDecimal(p.getText());
            } else {
                throw expected(Messages.Expect_decimal, column, p);
            }
            if (v.stripTrailingZeros().scale() > column.scale()) {
                throw new BadValueException(NLS.bind(Messages.Value_tooManyDecimals,
                        new Object[] {v.toPlainString(), column.name(), column.scale()}));
            }
            int integerDigits = v.precision() - v.scale();
            if (column.size() > 0 && integerDigits > column.size() - column.scale()) {
                throw new BadValueException(NLS.bind(Messages.Value_tooLarge,
                        new Object[] {v.toPlainString(), column.name(), column.size() - column.scale()}));
            }
            return v;
        }

        private static boolean isDecimal(String text) {
            return text.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,6})?");
        }
    },

    FLOATING_POINT {
        @Override
        void write(JsonGenerator g, ResultSet rs, int i) throws SQLException, IOException {
            double v = rs.getDouble(i);
            if (rs.wasNull()) {
                g.writeNull();
            } else if (Double.isFinite(v)) {
                g.writeNumber(v); // Java prints the shortest text that parses back to the same double
            } else {
                g.writeString(Double.toString(v));
            }
        }

        @Override
        Object read(JsonParser p, ColumnInfo column) throws IOException, BadValueException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                return Double.parseDouble(p.getText());
            }
            if (t == JsonToken.VALUE_STRING && p.getText().matches("NaN|-?Infinity")) {
                return Double.parseDouble(p.getText());
            }
            throw expected(Messages.Expect_number, column, p);
        }
    },

    BOOLEAN {
        @Override
        void write(JsonGenerator g, ResultSet rs, int i) throws SQLException, IOException {
            boolean v = rs.getBoolean(i);
            if (rs.wasNull()) {
                g.writeNull();
            } else {
                g.writeBoolean(v);
            }
        }

        @Override
        Object read(JsonParser p, ColumnInfo column) throws IOException, BadValueException {
            if (!p.currentToken().isBoolean()) {
                throw expected(Messages.Expect_boolean, column, p);
            }
            return p.getBooleanValue();
        }
    },

    DATE(LocalDate.class, DateTimeFormatter.ISO_LOCAL_DATE, LocalDate::from, Messages.Expect_date),
    TIME(LocalTime.class, DateTimeFormatter.ISO_LOCAL_TIME, LocalTime::from, Messages.Expect_time),
    TIME_WITH_ZONE(OffsetTime.class, DateTimeFormatter.ISO_OFFSET_TIME, OffsetTime::from,
            Messages.Expect_timeWithOffset),
    TIMESTAMP(LocalDateTime.class, DateTimeFormatter.ISO_LOCAL_DATE_TIME, LocalDateTime::from,
            Messages.Expect_timestamp),
    TIMESTAMP_WITH_ZONE(OffsetDateTime.class, DateTimeFormatter.ISO_OFFSET_DATE_TIME, OffsetDateTime::from,
            Messages.Expect_timestampWithOffset),

    BINARY {
        @Override
        void write(JsonGenerator g, ResultSet rs, int i) throws SQLException, IOException {
            byte[] v = rs.getBytes(i);
            if (v == null) {
                g.writeNull();
            } else {
                g.writeBinary(v);
            }
        }

        @Override
        Object read(JsonParser p, ColumnInfo column) throws IOException, BadValueException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw expected(Messages.Expect_base64, column, p);
            }
            byte[] v;
            try {
                v = p.getBinaryValue();
            } catch (JsonParseException e) {
                throw expected(Messages.Expect_base64, column, p);
            }
            if (column.size() > 0 && v.length > column.size()) {
                throw new BadValueException(NLS.bind(Messages.Value_tooManyBytes,
                        new Object[] {v.length, column.name(), column.size()}));
            }
            return v;
        }
    };

    private final Class<? extends TemporalAccessor> temporalType;
    private final DateTimeFormatter format;
    private final TemporalQuery<? extends TemporalAccessor> query;
    private final String expectation;

    ValueKind() {
        this(null, null, null, null);
    }

    ValueKind(Class<? extends TemporalAccessor> temporalType, DateTimeFormatter format,
            TemporalQuery<? extends TemporalAccessor> query, String expectation) {
        this.temporalType = temporalType;
        this.format = format;
        this.query = query;
        this.expectation = expectation;
    }

    /** The kind for a {@link Types} code, or empty when the exchange cannot carry the type. */
    static Optional<ValueKind> of(int sqlType) {
        return Optional.ofNullable(switch (sqlType) {
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR,
                    Types.CLOB, Types.NCLOB -> TEXT;
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> WHOLE_NUMBER;
            case Types.DECIMAL, Types.NUMERIC -> DECIMAL;
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> FLOATING_POINT;
            case Types.BOOLEAN, Types.BIT -> BOOLEAN;
            case Types.DATE -> DATE;
            case Types.TIME -> TIME;
            case Types.TIME_WITH_TIMEZONE -> TIME_WITH_ZONE;
            case Types.TIMESTAMP -> TIMESTAMP;
            case Types.TIMESTAMP_WITH_TIMEZONE -> TIMESTAMP_WITH_ZONE;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> BINARY;
            default -> null;
        });
    }

    /** Writes the value of column {@code i} of the current row. Date and time kinds share this implementation. */
    void write(JsonGenerator g, ResultSet rs, int i) throws SQLException, IOException {
        TemporalAccessor v = rs.getObject(i, temporalType);
        if (v == null) {
            g.writeNull();
        } else {
            g.writeString(format.format(v));
        }
    }

    /**
     * Reads the parser's current token, which is not {@code null}, as a value of {@code column}.
     *
     * @throws BadValueException when the token is not a valid value of the column
     */
    Object read(JsonParser p, ColumnInfo column) throws IOException, BadValueException {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            try {
                return format.parse(p.getText(), query);
            } catch (DateTimeParseException e) {
                // reported below, with what was expected
            }
        }
        throw expected(expectation, column, p);
    }

    /** Binds a value that {@link #read} returned, or null, for {@code column}. */
    static void bind(PreparedStatement ps, int index, Object value, ColumnInfo column) throws SQLException {
        if (value == null) {
            ps.setNull(index, column.sqlType());
        } else if (value instanceof byte[] bytes) {
            ps.setBytes(index, bytes);
        } else {
            ps.setObject(index, value);
        }
    }

    static BadValueException expected(String what, ColumnInfo column, JsonParser p) throws IOException {
        return new BadValueException(
                NLS.bind(Messages.Value_expected, new Object[] {what, column.name(), describe(p)}));
    }

    /** The current token as a user would recognise it in the file. */
    static String describe(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null) {
            return Messages.Found_endOfFile;
        }
        return switch (t) {
            case VALUE_STRING -> '"' + abbreviate(p.getText()) + '"';
            case START_OBJECT -> Messages.Found_object;
            case START_ARRAY -> Messages.Found_array;
            case END_ARRAY -> Messages.Found_endOfArray;
            case END_OBJECT -> Messages.Found_endOfObject;
            default -> abbreviate(p.getText());
        };
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
