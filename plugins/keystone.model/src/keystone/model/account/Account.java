package keystone.model.account;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The general information of a key account (domain brief, section 1): an immutable value.
 *
 * @param id             database id; {@link #NEW_ID} for an account not yet stored
 * @param name           legal name, required
 * @param type           account type, required
 * @param industry       industry the customer works in
 * @param country        country of the headquarters
 * @param region         region or state
 * @param employees      number of employees, or {@code null} when unknown
 * @param annualRevenue  the customer's own annual revenue, or {@code null} when unknown
 * @param currency       ISO 4217 code of {@code annualRevenue}
 * @param website        web address
 * @param owner          our account owner
 * @param team           our account team, names separated by commas
 * @param customerId     the customer's id in imported sales, linking the account to its revenue
 * @param history        short history of the company
 * @param structure      organisational structure
 * @param environment    business environment (market, regulation, trends)
 */
public record Account(long id, String name, AccountType type, String industry, String country, String region,
        Integer employees, BigDecimal annualRevenue, String currency, String website, String owner, String team,
        String customerId, String history, String structure, String environment) {

    public static final long NEW_ID = 0L;

    public Account {
        Objects.requireNonNull(type, "type");
        name = nonNull(name);
        industry = nonNull(industry);
        country = nonNull(country);
        region = nonNull(region);
        currency = currency == null || currency.isBlank() ? "EUR" : currency;
        website = nonNull(website);
        owner = nonNull(owner);
        team = nonNull(team);
        customerId = customerId == null || customerId.isBlank() ? null : customerId;
        history = nonNull(history);
        structure = nonNull(structure);
        environment = nonNull(environment);
    }

    /** A new, unsaved account with only a name and a type. */
    public static Account draft(String name, AccountType type) {
        return new Account(NEW_ID, name, type, "", "", "", null, null, "EUR", "", "", "", null, "", "", "");
    }

    public boolean isNew() {
        return id == NEW_ID;
    }

    /** This account stored under {@code newId}. */
    public Account withId(long newId) {
        return toBuilder().id(newId).build();
    }

    /** The value of one field, for generic editors and exchange formats. */
    public Object get(AccountField field) {
        return switch (field) {
            case NAME -> name;
            case TYPE -> type;
            case INDUSTRY -> industry;
            case COUNTRY -> country;
            case REGION -> region;
            case EMPLOYEES -> employees;
            case ANNUAL_REVENUE -> annualRevenue;
            case CURRENCY -> currency;
            case WEBSITE -> website;
            case OWNER -> owner;
            case TEAM -> team;
            case CUSTOMER_ID -> customerId;
            case HISTORY -> history;
            case STRUCTURE -> structure;
            case ENVIRONMENT -> environment;
        };
    }

    /** A copy with one field changed; the value must be of the field's {@link AccountField#valueType()}. */
    public Account with(AccountField field, Object value) {
        Builder b = toBuilder();
        switch (field) {
            case NAME -> b.name = (String) value;
            case TYPE -> b.type = (AccountType) value;
            case INDUSTRY -> b.industry = (String) value;
            case COUNTRY -> b.country = (String) value;
            case REGION -> b.region = (String) value;
            case EMPLOYEES -> b.employees = (Integer) value;
            case ANNUAL_REVENUE -> b.annualRevenue = (BigDecimal) value;
            case CURRENCY -> b.currency = (String) value;
            case WEBSITE -> b.website = (String) value;
            case OWNER -> b.owner = (String) value;
            case TEAM -> b.team = (String) value;
            case CUSTOMER_ID -> b.customerId = (String) value;
            case HISTORY -> b.history = (String) value;
            case STRUCTURE -> b.structure = (String) value;
            case ENVIRONMENT -> b.environment = (String) value;
        }
        return b.build();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.name = name;
        b.type = type;
        b.industry = industry;
        b.country = country;
        b.region = region;
        b.employees = employees;
        b.annualRevenue = annualRevenue;
        b.currency = currency;
        b.website = website;
        b.owner = owner;
        b.team = team;
        b.customerId = customerId;
        b.history = history;
        b.structure = structure;
        b.environment = environment;
        return b;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /** Mutable builder, for code that assembles an account from many sources (demo data, import). */
    public static final class Builder {
        private long id = NEW_ID;
        private String name = "";
        private AccountType type = AccountType.PROSPECT;
        private String industry;
        private String country;
        private String region;
        private Integer employees;
        private BigDecimal annualRevenue;
        private String currency;
        private String website;
        private String owner;
        private String team;
        private String customerId;
        private String history;
        private String structure;
        private String environment;

        public Builder id(long v) { id = v; return this; }
        public Builder name(String v) { name = v; return this; }
        public Builder type(AccountType v) { type = v; return this; }
        public Builder industry(String v) { industry = v; return this; }
        public Builder country(String v) { country = v; return this; }
        public Builder region(String v) { region = v; return this; }
        public Builder employees(Integer v) { employees = v; return this; }
        public Builder annualRevenue(BigDecimal v) { annualRevenue = v; return this; }
        public Builder currency(String v) { currency = v; return this; }
        public Builder website(String v) { website = v; return this; }
        public Builder owner(String v) { owner = v; return this; }
        public Builder team(String v) { team = v; return this; }
        public Builder customerId(String v) { customerId = v; return this; }
        public Builder history(String v) { history = v; return this; }
        public Builder structure(String v) { structure = v; return this; }
        public Builder environment(String v) { environment = v; return this; }

        public Account build() {
            return new Account(id, name, type, industry, country, region, employees, annualRevenue, currency,
                    website, owner, team, customerId, history, structure, environment);
        }
    }
}
