package io.releasetrain.promoter.ingress;

import static io.releasetrain.promoter.Webhooks.github;
import static io.releasetrain.promoter.Webhooks.newDeliveryId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.test.junit.QuarkusTest;
import io.releasetrain.promoter.GitHubPayloads;
import io.releasetrain.promoter.PromoterTestResources;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** The size limit ({@code releasetrain.webhooks.max-body-size}, 256K in tests) is enforced without reading a larger body. */
@QuarkusTest
class WebhookLimitsTest {

    private static final long LIMIT = ConfigProvider.getConfig()
            .getValue("releasetrain.webhooks.max-body-size", MemorySize.class).asLongValue();

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeTheBodyIsSent() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            // Only the head is sent: the answer must come without the server waiting for the body.
            out.write(("POST /webhooks/github HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "X-GitHub-Event: push\r\nContent-Length: " + (LIMIT + 1) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();

            String answer = readAnswer(socket.getInputStream());

            assertThat(answer).startsWith("HTTP/1.1 413");
            assertThat(answer).containsIgnoringCase("content-type: application/json");
            assertThat(answer).contains("\"status\":413").contains("larger than the limit of " + LIMIT + " bytes");
        }
    }

    @Test
    void aChunkedBodyIsRefusedAsSoonAsItPassesTheLimit() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /webhooks/travis HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            Thread sender = new Thread(() -> sendChunks(out, 4 * LIMIT));
            sender.setDaemon(true);
            sender.start();

            String answer = readAnswer(socket.getInputStream());

            assertThat(answer).startsWith("HTTP/1.1 413");
            assertThat(answer).contains("\"status\":413");
        }
    }

    @Test
    void aBodyJustWithinTheLimitIsTakenIn() {
        String push = GitHubPayloads.push(PromoterTestResources.SERVICE_REPOSITORY, "abababababababababababababababababababab").strip();
        int padding = (int) LIMIT - push.getBytes(StandardCharsets.UTF_8).length;
        String atTheLimit = push.substring(0, push.length() - 1) + " ".repeat(padding) + "}";

        github("push", newDeliveryId(), atTheLimit).then().statusCode(202).body("status", equalTo("accepted"));
        github("push", newDeliveryId(), atTheLimit + " ").then().statusCode(413).body("status", equalTo(413));
    }

    private static void sendChunks(OutputStream out, long total) {
        byte[] chunk = new byte[8192];
        Arrays.fill(chunk, (byte) 'a');
        try {
            for (long sent = 0; sent < total; sent += chunk.length) {
                out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(chunk);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException e) {
            // The server closed the connection after answering: expected.
        }
    }

    /** The status line, headers and JSON body of one answer. */
    private static String readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        int read;
        while ((read = in.read(buffer)) >= 0) {
            answer.write(buffer, 0, read);
            String text = answer.toString(StandardCharsets.UTF_8);
            if (text.contains("\r\n\r\n") && text.trim().endsWith("}")) {
                break;
            }
        }
        return answer.toString(StandardCharsets.UTF_8);
    }
}
