package keystone.model.store;

/**
 * A schema migration contributed by a plugin failed; the database was restored to its state before the upgrade.
 */
public class MigrationException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final String contributor;
    private final String plugin;
    private final String step;

    public MigrationException(String contributor, String plugin, String step, Throwable cause) {
        super("Schema migration failed: schema '" + contributor + "' of plugin " + plugin + ", step " + step + ": "
                + (cause == null ? "" : cause.getMessage())
                + ". The database was left as it was before the upgrade.", cause);
        this.contributor = contributor;
        this.plugin = plugin;
        this.step = step;
    }

    public String contributor() {
        return contributor;
    }

    public String plugin() {
        return plugin;
    }

    public String step() {
        return step;
    }
}
