/**
 * The release train's event contracts: the event records, their CloudEvents types and topics
 * ({@link io.releasetrain.events.EventCatalog}) and their JSON form
 * ({@link io.releasetrain.events.EventJson}).
 *
 * <p>This is a named module because the Java language lets a sealed interface permit types in other
 * packages only inside a named module. On a plain class path (as in the Quarkus services) it works
 * unchanged: the JVM accepts the hierarchy there, since all of it is in one (unnamed) module.
 */
module io.releasetrain.events {
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;

    exports io.releasetrain.events;
    exports io.releasetrain.events.scm;
    exports io.releasetrain.events.ci;
    exports io.releasetrain.events.release;
    exports io.releasetrain.events.ppc;
    exports io.releasetrain.events.maintenance;

    opens io.releasetrain.events.scm to com.fasterxml.jackson.databind;
    opens io.releasetrain.events.ci to com.fasterxml.jackson.databind;
    opens io.releasetrain.events.release to com.fasterxml.jackson.databind;
    opens io.releasetrain.events.ppc to com.fasterxml.jackson.databind;
    opens io.releasetrain.events.maintenance to com.fasterxml.jackson.databind;
}
