package io.releasetrain.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real Kafka broker for tests: one combined broker+controller (KRaft) from Kafka's own test kit,
 * in the test JVM, on a random loopback port, started once per JVM and gone when the JVM exits.
 *
 * <p>Set {@value #EXTERNAL_ENV} to a bootstrap address to use an existing broker instead.
 */
public final class EmbeddedKafka {

    /** Environment variable naming an external broker's bootstrap servers. */
    public static final String EXTERNAL_ENV = "RELEASETRAIN_TEST_KAFKA_BOOTSTRAP";

    private static final String PROPERTY = "releasetrain.test.kafka.bootstrap-servers";

    private EmbeddedKafka() {
    }

    /** The bootstrap servers of the shared test broker, starting it on first use. */
    public static String bootstrapServers() {
        String external = System.getenv(EXTERNAL_ENV);
        if (external != null && !external.isBlank()) {
            return external;
        }
        return JvmSingleton.get(PROPERTY, EmbeddedKafka::start);
    }

    private static String start() {
        try {
            Path baseDir = Files.createDirectories(
                    Path.of("target", "kafka-" + ProcessHandle.current().pid()).toAbsolutePath());
            TestKitNodes nodes = new TestKitNodes.Builder()
                    .setBaseDirectory(baseDir)
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .setBootstrapMetadataVersion(MetadataVersion.latestProduction())
                    .build();
            KafkaClusterTestKit.Builder builder = new KafkaClusterTestKit.Builder(nodes);
            brokerSettings().forEach(builder::setConfigProp);
            KafkaClusterTestKit cluster = builder.build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            // No graceful close at exit: a controlled shutdown takes ~10 s and the broker's data is
            // throw-away. Its files stay under target/, which the next clean removes.
            return cluster.bootstrapServers();
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded Kafka broker: " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> brokerSettings() {
        return Map.of(
                "auto.create.topics.enable", "true",
                "num.partitions", "3",
                "offsets.topic.replication.factor", "1",
                "offsets.topic.num.partitions", "5",
                "transaction.state.log.replication.factor", "1",
                "transaction.state.log.min.isr", "1",
                "min.insync.replicas", "1",
                "group.initial.rebalance.delay.ms", "0");
    }
}
