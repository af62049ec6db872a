package keystone.store.internal;

import keystone.store.JavaMigration;

/**
 * One numbered migration of a schema; {@code name} identifies it in messages (script path or class name).
 */
record MigrationStep(int version, String name, String description, Action action) {

    /** What the step does; created lazily so a contributed class is only loaded when its step has to run. */
    @FunctionalInterface
    interface Action {
        JavaMigration load() throws Exception;
    }
}
