package io.releasetrain.promoter.ingress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.releasetrain.events.EventJson;
import io.releasetrain.promoter.GitHubPayloads;
import io.releasetrain.promoter.TravisPayloads;
import io.releasetrain.promoter.ingress.github.GitHubNormalizer;
import io.releasetrain.promoter.ingress.travis.TravisNormalizer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Whatever a signed payload holds, normalizing it either works, is ignored, or fails with the
 * sender's error (400), never with anything that would become a 500. Mutates realistic payloads at
 * random (fixed seed, so a failure reproduces) and throws random bytes at the parsers.
 */
class NormalizerFuzzTest {

    private static final String REPO = "acme/pulumi-service";
    private static final String SHA = "a10867b14bb761a232cd80139fbd4c0d33264240";
    private static final int MUTANTS_PER_PAYLOAD = 400;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Random random = new Random(20260512L);

    @Test
    void mutatedGitHubPayloadsNeverFailUnexpectedly() throws Exception {
        Map<String, String> payloads = Map.of(
                "push", GitHubPayloads.push(REPO, SHA),
                "pull_request", GitHubPayloads.pullRequest(REPO, "closed", 42, SHA, true),
                "status", GitHubPayloads.status(REPO, SHA),
                "check_suite", GitHubPayloads.checkSuite(REPO, SHA),
                "check_run", GitHubPayloads.checkRun(REPO, SHA),
                "workflow_run", GitHubPayloads.workflowRun(REPO, "completed", 7, SHA, "pull_request", "success", "staging"));
        GitHubNormalizer normalizer = new GitHubNormalizer();
        for (Map.Entry<String, String> payload : payloads.entrySet()) {
            for (int i = 0; i < MUTANTS_PER_PAYLOAD; i++) {
                byte[] mutant = mutate(payload.getValue());
                survives(mutant, () -> normalizer.normalize(payload.getKey(), PayloadFields.parse(mutant), REPO));
            }
        }
    }

    @Test
    void mutatedTravisPayloadsNeverFailUnexpectedly() throws Exception {
        TravisNormalizer normalizer = new TravisNormalizer();
        for (String type : List.of("push", "pull_request")) {
            String payload = TravisPayloads.build(REPO, 99, type, "passed", SHA);
            for (int i = 0; i < MUTANTS_PER_PAYLOAD; i++) {
                byte[] mutant = mutate(payload);
                survives(mutant, () -> {
                    PayloadFields fields = PayloadFields.parse(mutant);
                    TravisNormalizer.repository(fields);
                    return normalizer.normalize(fields, REPO);
                });
            }
        }
    }

    @Test
    void randomBytesAreMalformedNeverAnythingElse() {
        for (int i = 0; i < 2000; i++) {
            byte[] garbage = new byte[random.nextInt(300)];
            random.nextBytes(garbage);
            if (i % 3 == 0) {
                garbage = ("payload=" + new String(garbage, StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.ISO_8859_1);
            }
            byte[] body = garbage;
            survives(body, () -> {
                byte[] field = FormFields.field(body, "payload");
                return PayloadFields.parse(field == null ? body : field);
            });
        }
    }

    private static void survives(byte[] input, Supplier<?> action) {
        try {
            action.get();
        } catch (MalformedPayloadException | IllegalArgumentException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        } catch (RuntimeException e) {
            fail("Unexpected " + e + " for input: " + new String(input, StandardCharsets.UTF_8), e);
        }
    }

    private byte[] mutate(String json) throws Exception {
        JsonNode root = EventJson.mapper().readTree(json);
        int mutations = 1 + random.nextInt(3);
        for (int m = 0; m < mutations; m++) {
            List<JsonNode> containers = new ArrayList<>();
            collect(root, containers);
            JsonNode container = containers.get(random.nextInt(containers.size()));
            if (container instanceof ObjectNode object && object.size() > 0) {
                List<String> names = new ArrayList<>();
                object.fieldNames().forEachRemaining(names::add);
                String name = names.get(random.nextInt(names.size()));
                if (random.nextInt(4) == 0) {
                    object.remove(name);
                } else {
                    object.set(name, randomValue());
                }
            } else if (container instanceof ArrayNode array && array.size() > 0) {
                array.set(random.nextInt(array.size()), randomValue());
            }
        }
        return EventJson.mapper().writeValueAsBytes(root);
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            node.elements().forEachRemaining(child -> collect(child, containers));
        }
    }

    private JsonNode randomValue() {
        switch (random.nextInt(12)) {
            case 0: return NODES.nullNode();
            case 1: return NODES.textNode("");
            case 2: return NODES.textNode("   ");
            case 3: return NODES.numberNode(-1);
            case 4: return NODES.numberNode(1e300);
            case 5: return NODES.numberNode(Long.MAX_VALUE);
            case 6: return NODES.booleanNode(random.nextBoolean());
            case 7: return NODES.arrayNode().add("x").add(NODES.objectNode());
            case 8: return NODES.objectNode().put("unexpected", true);
            case 9: return NODES.textNode("x".repeat(5000));
            case 10: return NODES.textNode("\u0000\uFFFF\uD800");
            default: return NODES.textNode("refs/heads/" + random.nextInt(1000));
        }
    }
}
