import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The reaction benchmark's driver: promotions into staging one after another against promoter-service, with
 * GitHub played by a WireMock server. For each, it starts the promotion over REST, sends the signed GitHub
 * "status" delivery that makes its checks pass, and takes the time from sending that delivery to the merge
 * call (PUT .../pulls/{n}/merge) reaching WireMock (its request journal's timestamp). Then a push run on
 * staging at the merge commit finishes the promotion, so the next one may start.
 *
 * Usage: java -cp wiremock-standalone.jar ReactionBench.java --base URL --wiremock-port N --secret-file F
 *        --key-file PEM --repository owner/name --promotions N --warmup N --out FILE
 */
public class ReactionBench {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String CHECK = "continuous-integration/travis-ci/pr";

    public static void main(String[] args) throws Exception {
        String base = arg(args, "--base");
        WireMock wireMock = new WireMock("127.0.0.1", Integer.parseInt(arg(args, "--wiremock-port")));
        byte[] secret = Files.readString(Path.of(arg(args, "--secret-file"))).trim().getBytes(StandardCharsets.UTF_8);
        PrivateKey key = privateKey(Files.readString(Path.of(arg(args, "--key-file"))));
        String repository = arg(args, "--repository");
        int promotions = Integer.parseInt(arg(args, "--promotions"));
        int warmup = Integer.parseInt(arg(args, "--warmup"));
        String token = token(key);
        String api = "/repos/" + repository;

        wireMock.register(any(urlPathMatching("/.*")).atPriority(10).willReturn(aResponse().withStatus(404)
                .withBody("{\"message\":\"Not Found\"}")));
        wireMock.register(post(urlPathEqualTo(api + "/git/refs")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"ref\":\"refs/heads/x\"}")));
        wireMock.register(get(urlPathMatching(api + "/contents/.*")).willReturn(okJson("{\"type\":\"file\",\"encoding\":\"base64\",\"content\":\""
                + Base64.getEncoder().encodeToString("[[projects]]\n  name = \"github.com/pulumi/pulumi-ppc\"\n  revision = \"8d2f1c0b7a6e5d4c3b2a19080706050403020100\"\n"
                .getBytes(StandardCharsets.UTF_8)) + "\"}")));
        wireMock.register(get(urlPathMatching(api + "/compare/.*")).willReturn(okJson(
                "{\"status\":\"ahead\",\"total_commits\":3,\"html_url\":\"https://github.com/" + repository + "/compare\"}")));

        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < warmup + promotions; i++) {
            long millis = onePromotion(base, wireMock, api, repository, secret, token, 5000 + i);
            if (i >= warmup) {
                latencies.add(millis);
            }
        }
        write(Path.of(arg(args, "--out")), latencies, warmup);
    }

    static long onePromotion(String base, WireMock wireMock, String api, String repository, byte[] secret, String token,
            int pull) throws Exception {
        String candidate = sha();
        String merge = sha();
        wireMock.register(post(urlPathEqualTo(api + "/pulls")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(pullJson(repository, pull, candidate))));
        wireMock.register(get(urlPathEqualTo(api + "/pulls/" + pull)).willReturn(okJson(pullJson(repository, pull, candidate))));
        wireMock.register(put(urlPathEqualTo(api + "/pulls/" + pull + "/merge")).willReturn(okJson(
                "{\"sha\":\"" + merge + "\",\"merged\":true,\"message\":\"Pull Request successfully merged\"}")));

        HttpResponse<String> started = send(HttpRequest.newBuilder(URI.create(base + "/promotions"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"to\":\"staging\",\"sha\":\"" + candidate
                        + "\",\"reason\":\"reaction benchmark\"}")));
        if (started.statusCode() != 201 || !started.body().contains("CHECKS_PENDING")) {
            throw new IllegalStateException("start: " + started.statusCode() + " " + started.body());
        }
        String id = started.body().replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");

        long sent = System.currentTimeMillis();
        HttpResponse<String> delivered = github(base, secret, "status", status(repository, candidate));
        if (delivered.statusCode() != 202) {
            throw new IllegalStateException("status delivery: " + delivered.statusCode() + " " + delivered.body());
        }
        LoggedRequest mergeCall = null;
        for (long deadline = System.currentTimeMillis() + 20_000; mergeCall == null; Thread.sleep(2)) {
            List<LoggedRequest> found = wireMock.find(putRequestedFor(urlPathEqualTo(api + "/pulls/" + pull + "/merge")));
            mergeCall = found.isEmpty() ? null : found.get(0);
            if (mergeCall == null && System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("no merge call for promotion " + id + " within 20 s");
            }
        }
        long latency = mergeCall.getLoggedDate().getTime() - sent;

        github(base, secret, "workflow_run", deployRun(repository, merge));
        for (long deadline = System.currentTimeMillis() + 20_000; ; Thread.sleep(5)) {
            String body = send(HttpRequest.newBuilder(URI.create(base + "/promotions/" + id))
                    .header("Authorization", "Bearer " + token).GET()).body();
            if (body.contains("\"state\":\"VERIFIED\"")) {
                break;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("promotion " + id + " not verified within 20 s: " + body);
            }
        }
        return latency;
    }

    static HttpResponse<String> github(String base, byte[] secret, String event, String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        return send(HttpRequest.newBuilder(URI.create(base + "/webhooks/github"))
                .header("X-GitHub-Event", event).header("X-GitHub-Delivery", UUID.randomUUID().toString())
                .header("X-GitHub-Hook-ID", "424243")
                .header("X-Hub-Signature-256", "sha256=" + HexFormat.of().formatHex(mac.doFinal(bytes)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String status(String repository, String sha) {
        return "{\"id\":1,\"sha\":\"" + sha + "\",\"name\":\"" + repository + "\",\"target_url\":\"https://travis-ci.com/" + repository
                + "/builds/1\",\"context\":\"" + CHECK + "\",\"description\":\"The Travis CI build passed\",\"state\":\"success\","
                + "\"branches\":[],\"repository\":{\"full_name\":\"" + repository + "\"}}";
    }

    static String deployRun(String repository, String sha) {
        long id = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);
        return "{\"action\":\"completed\",\"workflow_run\":{\"id\":" + id + ",\"name\":\"Deploy\",\"head_branch\":\"staging\","
                + "\"head_sha\":\"" + sha + "\",\"run_number\":1,\"event\":\"push\",\"status\":\"completed\",\"conclusion\":\"success\","
                + "\"html_url\":\"https://github.com/" + repository + "/actions/runs/" + id + "\",\"pull_requests\":[],"
                + "\"run_started_at\":\"2026-12-03T02:00:00Z\",\"updated_at\":\"2026-12-03T02:05:00Z\"},"
                + "\"repository\":{\"full_name\":\"" + repository + "\"}}";
    }

    static String pullJson(String repository, int number, String head) {
        return "{\"number\":" + number + ",\"state\":\"open\",\"html_url\":\"https://github.com/" + repository + "/pull/" + number
                + "\",\"head\":{\"ref\":\"promote\",\"sha\":\"" + head + "\"},\"base\":{\"ref\":\"staging\"},\"merged\":false}";
    }

    static String token(PrivateKey key) throws Exception {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        long now = Instant.now().getEpochSecond();
        String header = url.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = url.encodeToString(("{\"iss\":\"https://bench.releasetrain.local\",\"sub\":\"bench\",\"upn\":\"bench\","
                + "\"groups\":[\"release-admin\"],\"iat\":" + now + ",\"exp\":" + (now + 7200) + "}").getBytes(StandardCharsets.UTF_8));
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initSign(key);
        rs256.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
        return header + "." + claims + "." + url.encodeToString(rs256.sign());
    }

    static PrivateKey privateKey(String pem) throws Exception {
        String base64 = pem.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    static String sha() {
        byte[] bytes = new byte[20];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static void write(Path out, List<Long> latencies, int warmup) throws Exception {
        List<Long> sorted = latencies.stream().sorted().toList();
        long p50 = percentile(sorted, 50);
        long p99 = percentile(sorted, 99);
        String report = "# Reaction benchmark\n\n"
                + "From a \"checks passed\" delivery (a signed GitHub `status` delivery, `continuous-integration/travis-ci/pr` "
                + "success on the promotion's head) arriving at `POST /webhooks/github` to the merge call "
                + "(`PUT /repos/{owner}/{repo}/pulls/{n}/merge`) reaching WireMock's GitHub: webhook → outbox → relay → "
                + "Kafka `scm-events` → inbox → merge claim → `GET` pull request → merge.\n\n"
                + "| promotions measured | warm-up | p50 | p99 | max | target p99 |\n|---|---|---|---|---|---|\n"
                + String.format(Locale.ROOT, "| %d | %d | %d ms | %d ms | %d ms | < 250 ms (%s) |%n", sorted.size(), warmup, p50, p99,
                        sorted.get(sorted.size() - 1), p99 < 250 ? "met" : "NOT met")
                + "\nRun: " + Instant.now() + ".\n";
        Files.writeString(out, report);
        System.out.print(report);
    }

    static long percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    static String arg(String[] args, String name) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        throw new IllegalArgumentException("missing " + name);
    }
}
