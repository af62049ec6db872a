package keystone.exchange.internal;

/**
 * One column of a user table as the database's metadata describes it, with the kind of JSON value it exchanges.
 *
 * @param name           the column name, exactly as stored
 * @param sqlType        the JDBC type code ({@link java.sql.Types})
 * @param typeName       the SQL type name, for messages
 * @param kind           how its values travel in JSON
 * @param size           maximum length of text or binary values, or precision of decimals; 0 when unbounded
 * @param scale          decimal places of a decimal column
 * @param nullable       whether it accepts null
 * @param hasDefault     whether the database fills it in when an insert leaves it out
 * @param identity       whether it is an identity column (its counter is restarted after an import)
 * @param identityAlways whether the identity is GENERATED ALWAYS, so inserts must override the system value
 */
record ColumnInfo(String name, int sqlType, String typeName, ValueKind kind, int size, int scale, boolean nullable,
        boolean hasDefault, boolean identity, boolean identityAlways) {

    /** Whether an insert may leave the column out. */
    boolean mayBeOmitted() {
        return nullable || hasDefault || identity;
    }
}
