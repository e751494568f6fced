package io.releasetrain.testsupport;

import java.util.function.Supplier;

/**
 * A value computed once per JVM and shared through a system property.
 *
 * <p>Quarkus loads test resources in a fresh class loader for every application restart (one per
 * test profile), so a plain static field would start a second broker or database. System
 * properties are the one store every class loader of the test JVM shares.
 */
final class JvmSingleton {

    private JvmSingleton() {
    }

    /** Returns the value under {@code property}, computing and publishing it the first time. */
    static String get(String property, Supplier<String> start) {
        // System.getProperties() is the same object for every class loader: a JVM-wide lock.
        synchronized (System.getProperties()) {
            String existing = System.getProperty(property);
            if (existing != null) {
                return existing;
            }
            String value = start.get();
            System.setProperty(property, value);
            return value;
        }
    }
}
