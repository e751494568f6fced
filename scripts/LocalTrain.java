import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The fleet seed and the release-week demo of the local train, run by ./release-train with the JDK's
 * single-file launcher (no dependencies, so it needs no build):
 *
 *   java scripts/LocalTrain.java seed    register the fleet (idempotent) and opt one PPC out of health checks
 *   java scripts/LocalTrain.java demo    one release week against the running services and the sandbox
 *
 * Service URLs and bearer tokens come from the environment (RT_*_URL, RT_TOKEN_*), set by ./release-train.
 * Everything goes through the services' and the sandbox's public REST APIs, as a person would.
 */
public class LocalTrain {

    static final String PPC_VERSION_BEFORE = "v1.4.0";
    static final String PPC_VERSION_RELEASED = "v1.5.0";
    static final String SDK_VERSION_RELEASED = "v0.17.30";
    static final String OPTED_OUT = "FAKE-PPC-FOR-TESTING";
    static final String IN_MAINTENANCE = "acme-ppc-03";
    static final String FAILING = "globex-ppc-02";

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    static final String SANDBOX = env("RT_SANDBOX_URL");
    static final String PROMOTER = env("RT_PROMOTER_URL");
    static final String PPC_UPDATER = env("RT_PPC_UPDATER_URL");
    static final String MAINTENANCE = env("RT_MAINTENANCE_URL");

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "" : args[0];
        switch (command) {
            case "seed" -> Seed.run();
            case "demo" -> Demo.run();
            default -> {
                System.err.println("usage: java LocalTrain.java seed|demo");
                System.exit(2);
            }
        }
    }

    // ---- the fleet

    /** A PPC of the seeded fleet. */
    record FleetPpc(String name, String org, String kind, String environment, String region) {
    }

    static List<FleetPpc> fleet() {
        List<FleetPpc> fleet = new ArrayList<>();
        fleet.add(new FleetPpc("testing-moolumi-ppc-default", "moolumi", "SERVICE", "testing", "us-west-2"));
        fleet.add(new FleetPpc("staging-moolumi-ppc-default", "moolumi", "SERVICE", "staging", "us-west-2"));
        fleet.add(new FleetPpc("production-moolumi-ppc-default", "moolumi", "SERVICE", "production", "us-west-2"));
        fleet.add(new FleetPpc("production-pulumi-ppc-default", "pulumi", "SERVICE", "production", "us-west-2"));
        Map<String, Integer> orgs = new LinkedHashMap<>();
        orgs.put("acme", 12);
        orgs.put("globex", 10);
        orgs.put("initech", 10);
        orgs.put("umbrella", 9);
        orgs.put("hooli", 8);
        String[] regions = {"us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2"};
        int i = 0;
        for (Map.Entry<String, Integer> org : orgs.entrySet()) {
            for (int n = 1; n <= org.getValue(); n++) {
                fleet.add(new FleetPpc(String.format("%s-ppc-%02d", org.getKey(), n), org.getKey(), "CUSTOMER", null,
                        regions[i++ % regions.length]));
            }
        }
        fleet.add(new FleetPpc(OPTED_OUT, "feacc792", "CUSTOMER", null, "us-west-2"));
        return fleet;
    }

    static final class Seed {

        static void run() throws Exception {
            Map<String, String> cloudIds = registered();
            int added = 0;
            for (FleetPpc ppc : fleet()) {
                if (cloudIds.containsKey(ppc.name())) {
                    continue;
                }
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("name", ppc.name());
                body.put("orgId", ppc.org());
                body.put("kind", ppc.kind());
                if (ppc.environment() != null) {
                    body.put("environment", ppc.environment());
                }
                body.put("endpoint", SANDBOX + "/ppcs/" + ppc.name());
                body.put("region", ppc.region());
                body.put("version", PPC_VERSION_BEFORE);
                if (!ppc.name().contains("-ppc-")) {
                    // Update jobs address a PPC by <prefix>-ppc-<suffix>; a name of another shape says its parts.
                    String[] parts = ppc.name().split("(?i)-ppc-", 2);
                    body.put("namePrefix", parts[0]);
                    body.put("nameSuffix", parts[1]);
                }
                Answer answer = call("POST", PPC_UPDATER + "/ppcs", "RT_TOKEN_ORG_ADMIN", Json.write(body));
                if (answer.status() == 201) {
                    cloudIds.put(ppc.name(), (String) Json.path(answer.json(), "cloudId"));
                    added++;
                } else if (answer.status() != 409) {
                    fail("registering " + ppc.name() + " answered " + answer.status() + ": " + answer.body());
                }
            }
            String optedOut = cloudIds.get(OPTED_OUT);
            if (optedOut == null) {
                cloudIds = registered();
                optedOut = cloudIds.get(OPTED_OUT);
            }
            String id = optedOut;
            waitFor("maintenance-service to know " + OPTED_OUT, Duration.ofSeconds(60),
                    () -> call("GET", MAINTENANCE + "/clouds/" + id, "RT_TOKEN_OPERATOR", null).status() == 200);
            setFlag(id, "health-check-opt-out", true, OPTED_OUT + " is a test installation: no health checks (seed)");
            long customers = fleet().stream().filter(p -> p.kind().equals("CUSTOMER")).count();
            System.err.printf("[seed] fleet: %d service PPCs, %d customer PPCs (%d new), %s opted out of health checks (0x2)%n",
                    fleet().size() - customers, customers, added, OPTED_OUT);
        }
    }

    /** Name → cloud id of every PPC in the registry. */
    static Map<String, String> registered() {
        Answer answer = call("GET", PPC_UPDATER + "/ppcs", "RT_TOKEN_ORG_ADMIN", null);
        if (answer.status() != 200) {
            fail("listing the fleet answered " + answer.status() + ": " + answer.body());
        }
        Map<String, String> ids = new TreeMap<>();
        for (Object item : (List<?>) answer.json()) {
            Map<?, ?> ppc = (Map<?, ?>) item;
            ids.put((String) ppc.get("name"), (String) ppc.get("cloudId"));
        }
        return ids;
    }

    static void expectOk(Answer answer, String what) {
        if (answer.status() != 200) {
            fail(what + " answered " + answer.status() + ": " + answer.body());
        }
    }

    static void setFlag(String cloudId, String flag, boolean set, String reason) {
        Answer answer = call("PUT", MAINTENANCE + "/clouds/" + cloudId + "/flags/" + flag, "RT_TOKEN_OPERATOR",
                Json.write(Map.of("set", set, "reason", reason)));
        if (answer.status() != 200) {
            fail("setting " + flag + " on " + cloudId + " answered " + answer.status() + ": " + answer.body());
        }
    }

    // ---- the week

    static final class Demo {

        static void run() throws Exception {
            Instant started = Instant.now();
            Answer earlier = call("GET", PROMOTER + "/promotions?limit=1", "RT_TOKEN_ONCALL", null);
            if (earlier.json() instanceof List<?> list && !list.isEmpty()) {
                fail("this train already played a week; start a new world first: ./release-train down && ./release-train demo");
            }
            Map<String, String> ids = registered();
            String candidate = monday();

            step("2 AM: the nightly promotion master → staging");
            // PPCs run the pulumi-ppc revision (the hash) that Gopkg.lock pins, as the promotion's manifest says.
            String revision = promote("nightly", "staging", candidate);
            waitFor("staging's service PPC at " + revision, Duration.ofSeconds(120),
                    () -> revision.equals(ppcVersion("staging-moolumi-ppc-default")));
            say("staging-moolumi-ppc-default runs pulumi-ppc " + revision.substring(0, 7) + " (" + PPC_VERSION_RELEASED + ")");

            step("Tuesday morning: " + IN_MAINTENANCE + " goes into maintenance; " + FAILING + "'s next update will fail");
            setFlag(ids.get(IN_MAINTENANCE), "maintenance", true, "customer migration window (demo)");
            sandbox("POST", "/sandbox/ppcs/" + FAILING + "/fail-next-update", null);

            step("2 PM Tuesday: staging → production, approved by the primary on-call");
            String released = promote("tuesday", "production", null);
            waitFor("production's service PPCs at " + released, Duration.ofSeconds(120),
                    () -> released.equals(ppcVersion("production-moolumi-ppc-default"))
                            && released.equals(ppcVersion("production-pulumi-ppc-default")));
            step("Customer PPCs in waves");
            rollout(ids);

            summary(ids, started);
        }

        /** Developers push to master; returns the candidate, once master's push build passed on it. */
        static String monday() {
            String masterBefore = branchHead("master");
            step("Monday: developers push to master; pulumi-ppc " + PPC_VERSION_RELEASED + " is pinned in Gopkg.lock");
            sandbox("POST", "/sandbox/github/push", Map.of("message", "Stack tags in the console", "author", "alice"));
            String candidate = (String) Json.path(sandbox("POST", "/sandbox/github/push", Map.of("message",
                    "Pin pulumi-ppc " + PPC_VERSION_RELEASED, "author", "bob", "ppcVersion", PPC_VERSION_RELEASED,
                    "sdkVersion", SDK_VERSION_RELEASED)).json(), "sha");
            say("master " + masterBefore.substring(0, 7) + " → " + candidate.substring(0, 7));
            waitFor("master's push build", Duration.ofSeconds(60), () -> buildState("push", "master", candidate).equals("passed"));
            return candidate;
        }

        /** Branches, PPC versions, the week's duration, and the Slack transcript once Slack told the release complete. */
        static void summary(Map<String, String> ids, Instant started) {
            step("The week in numbers");
            Map<String, Integer> versions = new TreeMap<>();
            for (FleetPpc ppc : fleet()) {
                versions.merge(String.valueOf(Json.path(call("GET", PPC_UPDATER + "/ppcs/" + ids.get(ppc.name()),
                        "RT_TOKEN_ORG_ADMIN", null).json(), "version")), 1, Integer::sum);
            }
            say("branches: " + Json.path(sandbox("GET", "/sandbox/state", null).json(), "github.branches"));
            say("PPC versions in the registry: " + versions);
            say("week took " + Duration.between(started, Instant.now()).toSeconds() + " s");
            String releaseSha = branchHead("production");
            waitFor("Slack to tell the release complete", Duration.ofSeconds(120), () -> sandbox("GET",
                    "/sandbox/slack/transcript.txt", null).body().contains("Release `" + releaseSha.substring(0, 7) + "` complete"));
            step("Slack transcript");
            System.out.println(sandbox("GET", "/sandbox/slack/transcript.txt", null).body());
        }

        /**
         * Fires a calendar trigger and follows the promotion's pull request through its merge to the deploy; returns
         * the PPC revision of the promotion's manifest.
         */
        static String promote(String trigger, String base, String expectedHead) {
            fire(trigger, base);
            Map<?, ?> pull = waitFor("a promotion pull request into " + base, Duration.ofSeconds(60), () -> pullInto(base));
            say("pull request #" + pull.get("number") + " " + pull.get("head") + " → " + base + ": " + pull.get("title"));
            if ("production".equals(base)) {
                approve(pull);
            }
            Map<?, ?> merged = waitFor("#" + pull.get("number") + " checked and merged", Duration.ofSeconds(120),
                    () -> mergedPull(((Number) pull.get("number")).intValue()));
            String mergeSha = (String) merged.get("mergeCommitSha");
            say("merged with merge commit " + mergeSha.substring(0, 7) + (expectedHead == null ? ""
                    : " (head " + String.valueOf(merged.get("headSha")).substring(0, 7) + ")"));
            waitFor(base + "'s push build (the deploy)", Duration.ofSeconds(60),
                    () -> buildState("push", base, mergeSha).equals("passed"));
            return manifestRevision(base, ((Number) pull.get("number")).intValue());
        }

        /** The {@code manifest.ppcVersion} of the promotion into {@code target} through pull request {@code number}. */
        static String manifestRevision(String target, int number) {
            Answer promotions = call("GET", PROMOTER + "/promotions?target=" + target + "&limit=50", "RT_TOKEN_ONCALL", null);
            if (promotions.json() instanceof List<?> list) {
                for (Object promotion : list) {
                    Object pull = Json.path(promotion, "pullRequestNumber");
                    Object revision = Json.path(promotion, "manifest.ppcVersion");
                    if (pull instanceof Number n && n.intValue() == number && revision != null) {
                        return (String) revision;
                    }
                }
            }
            fail("no promotion into " + target + " with pull request #" + number + " and a manifest: " + promotions.body());
            return null;
        }

        /**
         * Fires the trigger through the sandbox's calendar control. A refusal is retried a few times unless a promotion
         * into the target is in flight after all: POST /promotions can answer 500 on an optimistic-lock clash while the
         * promotion it started goes on (a known promoter bug, fixed separately).
         */
        static void fire(String trigger, String target) {
            for (int attempt = 1; ; attempt++) {
                Answer fired = sandbox("POST", "/sandbox/calendar/" + trigger, null);
                if (fired.status() == 200 || inFlightInto(target) != null) {
                    return;
                }
                Object status = Json.path(fired.json(), "promoterStatus");
                String why = status == null ? String.valueOf(Json.path(fired.json(), "error"))
                        : status + " " + Json.path(fired.json(), "promoterAnswer");
                if (attempt == 3) {
                    fail("the " + trigger + " trigger failed three times; the promoter answered " + why);
                }
                say("the " + trigger + " trigger failed (" + why + "); trying again");
                pause(Duration.ofSeconds(2));
            }
        }

        /** The id of the promotion in flight into {@code target}, or null. */
        static Object inFlightInto(String target) {
            Answer environments = call("GET", PROMOTER + "/environments", "RT_TOKEN_ONCALL", null);
            if (environments.status() == 200 && environments.json() instanceof List<?> list) {
                for (Object environment : list) {
                    if (target.equals(Json.path(environment, "name"))) {
                        return Json.path(environment, "inFlightPromotionId");
                    }
                }
            }
            return null;
        }

        /** The production promotion waits for the primary on-call: approve it through the promoter's REST API. */
        static void approve(Map<?, ?> pull) {
            Map<?, ?> waiting = waitFor("the production promotion to await approval (its checks green)", Duration.ofSeconds(120),
                    () -> {
                        // Looked for by state, not taken first: promotions of the same second have no order on MariaDB.
                        Answer promotions = call("GET", PROMOTER + "/promotions?target=production&limit=20", "RT_TOKEN_ONCALL", null);
                        if (promotions.json() instanceof List<?> list) {
                            for (Object promotion : list) {
                                if ("AWAITING_APPROVAL".equals(Json.path(promotion, "state"))) {
                                    return (Map<?, ?>) promotion;
                                }
                            }
                        }
                        return null;
                    });
            Answer approved = call("POST", PROMOTER + "/promotions/" + waiting.get("id") + "/approve", "RT_TOKEN_ONCALL",
                    Json.write(Map.of("reason", "Tuesday release: staging looked good all week (demo)")));
            if (approved.status() != 200) {
                fail("approving " + waiting.get("id") + " answered " + approved.status() + ": " + approved.body());
            }
            say("promotion " + waiting.get("id") + " approved by the primary on-call");
        }

        static void rollout(Map<String, String> ids) {
            Map<?, ?> rollout = waitFor("the customer rollout", Duration.ofSeconds(60), Demo::latestRollout);
            String id = (String) rollout.get("rolloutId");
            if ("AWAITING_APPROVAL".equals(rollout.get("state"))) {
                expectOk(call("POST", PPC_UPDATER + "/rollouts/" + id + "/approve", "RT_TOKEN_ONCALL",
                        Json.write(Map.of("reason", "go for customers (demo)"))), "approving the rollout");
                say("rollout " + id + " approved");
            }
            Map<?, ?> stopped = waitFor("the rollout to halt on " + FAILING, Duration.ofSeconds(180),
                    () -> rolloutIn(id, "HALTED", "FINISHED", "COMPLETED"));
            if (!"HALTED".equals(stopped.get("state"))) {
                fail("the rollout did not halt on " + FAILING + "'s failed update but ended " + stopped.get("state")
                        + " (the demo runs the ppc-updater with a failure budget of 0)");
            }
            say("rollout HALTED: " + stopped.get("haltReason") + "; failed: " + failedMembers(stopped));
            if (!failedMembers(stopped).containsKey(FAILING)) {
                fail("the rollout halted, but not on " + FAILING + ": " + Json.write(stopped));
            }
            expectOk(call("POST", PPC_UPDATER + "/rollouts/" + id + "/ppcs/" + ids.get(FAILING) + "/retry", "RT_TOKEN_ONCALL",
                    Json.write(Map.of("reason", "the job failed once; retrying (demo)"))), "retrying " + FAILING);
            expectOk(call("POST", PPC_UPDATER + "/rollouts/" + id + "/resume", "RT_TOKEN_ONCALL",
                    Json.write(Map.of("reason", "failure understood; resuming (demo)"))), "resuming the rollout");
            say("rollout resumed after retrying " + FAILING);
            setFlag(ids.get(IN_MAINTENANCE), "maintenance", false, "migration window over (demo)");
            say(IN_MAINTENANCE + " out of maintenance: the rollout picks it up");
            Map<?, ?> done = waitFor("the rollout to complete", Duration.ofSeconds(240), () -> rolloutIn(id, "COMPLETED"));
            say("rollout " + done.get("state") + ": " + Json.path(done, "total"));
        }

        /** Name → reason of the rollout's PPCs whose update failed. */
        static Map<String, String> failedMembers(Map<?, ?> rollout) {
            Map<String, String> failed = new TreeMap<>();
            for (Object member : (List<?>) rollout.get("ppcs")) {
                if ("FAILED".equals(Json.path(member, "state"))) {
                    failed.put(String.valueOf(Json.path(member, "name")), String.valueOf(Json.path(member, "reason")));
                }
            }
            return failed;
        }

        static Map<?, ?> latestRollout() {
            Answer answer = call("GET", PPC_UPDATER + "/rollouts", "RT_TOKEN_ONCALL", null);
            return answer.json() instanceof List<?> list && !list.isEmpty() ? (Map<?, ?>) list.get(0) : null;
        }

        static Map<?, ?> rolloutIn(String id, String... states) {
            Map<?, ?> rollout = (Map<?, ?>) call("GET", PPC_UPDATER + "/rollouts/" + id, "RT_TOKEN_ONCALL", null).json();
            return rollout != null && List.of(states).contains(String.valueOf(rollout.get("state"))) ? rollout : null;
        }

        static Map<?, ?> pullInto(String base) {
            for (Object pull : (List<?>) Json.path(sandbox("GET", "/sandbox/state", null).json(), "github.pullRequests")) {
                Map<?, ?> p = (Map<?, ?>) pull;
                if (base.equals(p.get("base")) && !Boolean.TRUE.equals(p.get("merged")) && "open".equals(p.get("state"))) {
                    return p;
                }
            }
            return null;
        }

        static Map<?, ?> mergedPull(int number) {
            for (Object pull : (List<?>) Json.path(sandbox("GET", "/sandbox/state", null).json(), "github.pullRequests")) {
                Map<?, ?> p = (Map<?, ?>) pull;
                if (((Number) p.get("number")).intValue() == number && Boolean.TRUE.equals(p.get("merged"))) {
                    return p;
                }
            }
            return null;
        }
    }

    static String branchHead(String branch) {
        return (String) Json.path(sandbox("GET", "/sandbox/state", null).json(), "github.branches." + branch);
    }

    static String buildState(String type, String branch, String sha) {
        for (Object build : (List<?>) Json.path(sandbox("GET", "/sandbox/state", null).json(), "builds")) {
            Map<?, ?> b = (Map<?, ?>) build;
            if (type.equals(b.get("type")) && branch.equals(b.get("branch")) && sha.equals(b.get("sha"))) {
                return String.valueOf(b.get("state"));
            }
        }
        return "none";
    }

    static String ppcVersion(String name) {
        return (String) Json.path(sandbox("GET", "/ppcs/" + name, null).json(), "version");
    }

    // ---- HTTP and waiting

    /** An HTTP answer; status 0 when there was none (the body then says why). */
    record Answer(int status, String body) {
        Object json() {
            return status == 0 || body == null || body.isBlank() ? null : Json.parse(body);
        }
    }

    static Answer sandbox(String method, String path, Map<String, ?> body) {
        return call(method, SANDBOX + path, null, body == null ? null : Json.write(body));
    }

    static Answer call(String method, String url, String tokenVariable, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (tokenVariable != null) {
            request.header("Authorization", "Bearer " + env(tokenVariable));
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Answer(0, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static <T> T waitFor(String what, Duration timeout, Supplier<T> probe) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            T value = probe.get();
            if (value != null && !Boolean.FALSE.equals(value)) {
                return value;
            }
            pause(Duration.ofMillis(500));
        }
        fail("gave up waiting for " + what + " after " + timeout.toSeconds() + " s");
        return null;
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void step(String text) {
        System.err.println();
        System.err.println("== " + text);
    }

    static void say(String text) {
        System.err.println("   " + text);
    }

    static void fail(String text) {
        System.err.println("[release-train] " + text);
        System.exit(1);
    }

    static String env(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set; run this through ./release-train");
        }
        return value;
    }

    /** Just enough JSON for the services' answers: objects, arrays, strings, numbers, booleans, null. */
    static final class Json {
        private final String text;
        private int at;

        private Json(String text) {
            this.text = text;
        }

        static Object parse(String text) {
            Json json = new Json(text);
            Object value = json.value();
            json.space();
            return value;
        }

        /** The value at a dotted path of keys and list indexes, or null. */
        static Object path(Object root, String path) {
            Object current = root;
            for (String key : path.split("\\.")) {
                if (current instanceof Map<?, ?> map) {
                    current = map.get(key);
                } else if (current instanceof List<?> list && key.matches("\\d+") && Integer.parseInt(key) < list.size()) {
                    current = list.get(Integer.parseInt(key));
                } else {
                    return null;
                }
            }
            return current;
        }

        static String write(Object value) {
            if (value == null) {
                return "null";
            }
            if (value instanceof Map<?, ?> map) {
                List<String> fields = new ArrayList<>();
                map.forEach((k, v) -> fields.add(write(String.valueOf(k)) + ":" + write(v)));
                return "{" + String.join(",", fields) + "}";
            }
            if (value instanceof List<?> list) {
                return "[" + String.join(",", list.stream().map(Json::write).toList()) + "]";
            }
            if (value instanceof Number || value instanceof Boolean) {
                return value.toString();
            }
            StringBuilder quoted = new StringBuilder("\"");
            for (char c : value.toString().toCharArray()) {
                switch (c) {
                    case '"' -> quoted.append("\\\"");
                    case '\\' -> quoted.append("\\\\");
                    case '\n' -> quoted.append("\\n");
                    default -> quoted.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
                }
            }
            return quoted.append('"').toString();
        }

        private void space() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        private Object value() {
            space();
            char c = text.charAt(at);
            if (c == '{') {
                Map<String, Object> map = new LinkedHashMap<>();
                at++;
                space();
                if (text.charAt(at) == '}') {
                    at++;
                    return map;
                }
                do {
                    space();
                    String key = string();
                    space();
                    at++; // ':'
                    map.put(key, value());
                    space();
                } while (text.charAt(at++) == ',');
                return map;
            }
            if (c == '[') {
                List<Object> list = new ArrayList<>();
                at++;
                space();
                if (text.charAt(at) == ']') {
                    at++;
                    return list;
                }
                do {
                    list.add(value());
                    space();
                } while (text.charAt(at++) == ',');
                return list;
            }
            if (c == '"') {
                return string();
            }
            int start = at;
            while (at < text.length() && "{}[],: \n\r\t".indexOf(text.charAt(at)) < 0) {
                at++;
            }
            String word = text.substring(start, at);
            return switch (word) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                case "null" -> null;
                default -> word.contains(".") || word.contains("e") || word.contains("E") ? (Object) Double.parseDouble(word)
                        : (Object) Long.parseLong(word);
            };
        }

        private String string() {
            StringBuilder out = new StringBuilder();
            at++; // opening quote
            while (text.charAt(at) != '"') {
                char c = text.charAt(at++);
                if (c == '\\') {
                    char e = text.charAt(at++);
                    switch (e) {
                        case 'n' -> out.append('\n');
                        case 't' -> out.append('\t');
                        case 'r' -> out.append('\r');
                        case 'b' -> out.append('\b');
                        case 'f' -> out.append('\f');
                        case 'u' -> {
                            out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                            at += 4;
                        }
                        default -> out.append(e);
                    }
                } else {
                    out.append(c);
                }
            }
            at++;
            return out.toString();
        }
    }
}
