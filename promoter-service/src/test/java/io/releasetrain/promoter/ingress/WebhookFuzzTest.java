package io.releasetrain.promoter.ingress;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.releasetrain.promoter.GitHubPayloads;
import io.releasetrain.promoter.PromoterTestResources;
import io.releasetrain.promoter.TravisKeys;
import io.releasetrain.promoter.Webhooks;
import io.releasetrain.promoter.ingress.github.GitHubSignature;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Garbage in every place a sender controls (body, signature, event, delivery id, hook id, content type),
 * signed and unsigned, over HTTP: every answer is a 2xx or a 4xx with a JSON body, never a 5xx.
 * Fixed seed, so a failure reproduces.
 */
@QuarkusTest
class WebhookFuzzTest {

    private static final Set<Integer> ALLOWED = Set.of(200, 202, 400, 401, 403, 413);
    private static final List<String> EVENTS = List.of("push", "pull_request", "status", "check_suite", "check_run",
            "workflow_run", "ping", "issues", "", " ", "PUSH", "push\u00e9", "x".repeat(200), "../../etc");
    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/x-www-form-urlencoded",
            "text/plain", "multipart/form-data; boundary=x", "application/json; charset=utf-16");

    private final Random random = new Random(4242L);

    @Test
    void githubNeverAnswers5xxToAnythingASenderCanSend() {
        for (int i = 0; i < 150; i++) {
            byte[] body = body();
            RequestSpecification request = withBody(pick(CONTENT_TYPES), body);
            if (random.nextInt(5) > 0) {
                request = request.header("X-GitHub-Event", ascii(pick(EVENTS)));
            }
            if (random.nextInt(5) > 0) {
                request = request.header("X-GitHub-Delivery", random.nextBoolean() ? Webhooks.newDeliveryId() : ascii(randomText(80)));
            }
            if (random.nextBoolean()) {
                request = request.header("X-GitHub-Hook-ID", random.nextBoolean() ? "1001" : ascii(randomText(12)));
            }
            switch (random.nextInt(4)) {
                case 0:
                    break;
                case 1:
                    request = request.header("X-Hub-Signature-256", ascii(randomText(71)));
                    break;
                default:
                    // Correctly signed garbage gets past authentication: the parsers must cope with it.
                    request = request.header("X-Hub-Signature-256",
                            GitHubSignature.sign(Webhooks.secret(random.nextBoolean() ? Webhooks.SERVICE : Webhooks.PPC), body));
            }
            assertSafe(request.post("/webhooks/github"));
        }
    }

    @Test
    void travisNeverAnswers5xxToAnythingASenderCanSend() {
        TravisKeys.serve();
        for (int i = 0; i < 100; i++) {
            byte[] payload = body();
            String form = random.nextInt(4) == 0 ? new String(payload, StandardCharsets.ISO_8859_1)
                    : "payload=" + URLEncoder.encode(new String(payload, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
            RequestSpecification request = withBody(pick(CONTENT_TYPES), form.getBytes(StandardCharsets.ISO_8859_1));
            switch (random.nextInt(3)) {
                case 0:
                    request = request.header("Signature", ascii(randomText(40)));
                    break;
                case 1:
                    request = request.header("Signature", TravisKeys.sign(
                            new String(payload, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8)));
                    break;
                default:
                    break;
            }
            assertSafe(request.post("/webhooks/travis"));
        }
    }

    /** The body exactly as given: RestAssured sends byte arrays as they are, except as a form, where a Latin-1 string is. */
    private static RequestSpecification withBody(String contentType, byte[] body) {
        RequestSpecification request = given().contentType(contentType);
        return contentType.startsWith("application/x-www-form-urlencoded")
                ? request.body(new String(body, StandardCharsets.ISO_8859_1))
                : request.body(body);
    }

    private void assertSafe(Response response) {
        assertThat(ALLOWED).as("status for body %s", response.asString()).contains(response.statusCode());
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.asString()).startsWith("{");
    }

    private byte[] body() {
        String repo = random.nextBoolean() ? PromoterTestResources.SERVICE_REPOSITORY : "acme/" + randomText(5);
        String realistic = GitHubPayloads.pullRequest(repo, "opened", 1 + random.nextInt(1000), "deadbeef", false);
        switch (random.nextInt(6)) {
            case 0: {
                byte[] bytes = new byte[random.nextInt(2000)];
                random.nextBytes(bytes);
                return bytes;
            }
            case 1:
                return realistic.substring(0, random.nextInt(realistic.length())).getBytes(StandardCharsets.UTF_8);
            case 2:
                return "[".repeat(5000).getBytes(StandardCharsets.UTF_8);
            case 3:
                return ("{\"repository\":{\"full_name\":" + (random.nextBoolean() ? "17" : "\"" + repo + "\"")
                        + "},\"ref\":[],\"action\":{},\"number\":\"" + randomText(5) + "\"}").getBytes(StandardCharsets.UTF_8);
            case 4:
                return new byte[0];
            default:
                return realistic.replace("\"", random.nextBoolean() ? "'" : "\"").replace("release", randomText(3))
                        .getBytes(StandardCharsets.UTF_8);
        }
    }

    private String randomText(int maxLength) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        for (int i = 0; i < length; i++) {
            text.append((char) (random.nextInt(0x250)));
        }
        return text.toString();
    }

    /** HTTP headers carry Latin-1 at most; keep what a real client could send. */
    private static String ascii(String text) {
        StringBuilder safe = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c >= 0x20 && c < 0x7f) {
                safe.append(c);
            }
        }
        return safe.toString();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
