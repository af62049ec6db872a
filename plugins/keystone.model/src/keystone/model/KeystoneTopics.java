package keystone.model;

/**
 * The event topics on which Keystone announces changes to the shared model; views refresh on these, never by polling.
 *
 * <p>Events are posted through the OSGi Event Admin. Every event carries {@link #PROPERTY_ID} where it concerns
 * one entity.</p>
 */
public final class KeystoneTopics {

    /** Root of all Keystone topics; subscribe to {@code ALL} to hear everything. */
    public static final String ROOT = "keystone/";
    public static final String ALL = ROOT + "*";

    public static final String ACCOUNT_ALL = ROOT + "account/*";
    public static final String ACCOUNT_CREATED = ROOT + "account/created";
    public static final String ACCOUNT_UPDATED = ROOT + "account/updated";
    public static final String ACCOUNT_DELETED = ROOT + "account/deleted";

    public static final String SALES_ALL = ROOT + "sales/*";
    public static final String SALES_CHANGED = ROOT + "sales/changed";

    public static final String ANALYSIS_ALL = ROOT + "analysis/*";
    /** A new ABC-XYZ classification is available (the analysis service's latest changed). */
    public static final String ANALYSIS_CLASSIFIED = ROOT + "analysis/classified";

    /** An ABC-XYZ run was stored or deleted; carries the run id. */
    public static final String ANALYSIS_RUNS_CHANGED = ROOT + "analysis/runs";

    public static final String DOSSIER_ALL = ROOT + "dossier/*";
    /** An account's dossier was saved: views of its history, competitors, risks or actions refresh. */
    public static final String DOSSIER_CHANGED = ROOT + "dossier/changed";

    public static final String DECISION_MAP_ALL = ROOT + "decisionmap/*";
    /** An account's decision map was saved. */
    public static final String DECISION_MAP_CHANGED = ROOT + "decisionmap/changed";

    public static final String PLAN_ALL = ROOT + "plan/*";
    /** An account's plans changed: a plan was created, saved or rolled over into the next year. */
    public static final String PLAN_CHANGED = ROOT + "plan/changed";

    public static final String DATABASE_ALL = ROOT + "database/*";
    /** The database was opened, replaced (demo recreated, JSON imported) or closed: reload everything. */
    public static final String DATABASE_REPLACED = ROOT + "database/replaced";

    /** Event property holding the id ({@code Long}) of the entity concerned. */
    public static final String PROPERTY_ID = "id";

    private KeystoneTopics() {
    }
}
