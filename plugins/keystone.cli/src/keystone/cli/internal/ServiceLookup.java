package keystone.cli.internal;

/**
 * Finds the services a command needs; the OSGi implementation waits for DS to activate them.
 */
interface ServiceLookup {

    /** @throws keystone.model.KeystoneException when the service does not appear in time */
    <T> T get(Class<T> type);
}
