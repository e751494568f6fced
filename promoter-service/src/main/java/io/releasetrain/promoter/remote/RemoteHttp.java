package io.releasetrain.promoter.remote;

import io.releasetrain.messaging.remote.RemoteException;
import io.releasetrain.messaging.remote.RemoteNotFoundException;
import io.releasetrain.messaging.remote.RemoteRateLimitedException;
import io.releasetrain.messaging.remote.RemoteRejectedException;
import io.releasetrain.messaging.remote.RemoteUnavailableException;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Sends requests to one outside HTTP API and owns everything about how: timeouts, retries with
 * exponential backoff for timeouts, unreachable hosts and 5xx answers, waiting out rate limits (429,
 * or 403 with {@code Retry-After} or an exhausted {@code X-RateLimit-Remaining}), and turning every
 * other non-2xx answer into a {@link RemoteException} subclass. A client bean per outside system uses
 * one of these and maps the exceptions to what they mean for that system.
 */
public final class RemoteHttp {

    private static final Logger LOG = Logger.getLogger(RemoteHttp.class);
    private static final int MAX_ERROR_TEXT = 200;

    /** How the caller waits between attempts; production code waits on the calling thread. */
    @FunctionalInterface
    public interface Pause {
        void pause(Duration duration) throws InterruptedException;
    }

    private final String system;
    private final HttpClient client;
    private final HttpClientSettings settings;
    private final Clock clock;
    private final Pause pause;

    public RemoteHttp(String system, HttpClientSettings settings, Clock clock) {
        this(system, settings, clock, RemoteHttp::awaitTimer);
    }

    /**
     * Waits for a timer task of the JDK's shared delay scheduler. Callers are worker and scheduler
     * threads (redelivery job, signing-key fetch), never the event loop.
     */
    private static void awaitTimer(Duration duration) throws InterruptedException {
        try {
            java.util.concurrent.CompletableFuture.runAsync(() -> { },
                    java.util.concurrent.CompletableFuture.delayedExecutor(duration.toMillis(),
                            java.util.concurrent.TimeUnit.MILLISECONDS)).get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("The retry timer failed", e.getCause());
        }
    }

    RemoteHttp(String system, HttpClientSettings settings, Clock clock, Pause pause) {
        if (settings.maxAttempts() < 1) {
            throw new IllegalArgumentException("max-attempts must be at least 1 for " + system);
        }
        this.system = system;
        this.settings = settings;
        this.clock = clock;
        this.pause = pause;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                // A redirect could carry the Authorization header to another host: not followed.
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * Sends the request, retrying as described above, and returns the first 2xx answer.
     *
     * @param request the request, without a timeout (this class sets it)
     * @param what    what the call does, for messages, e.g. {@code list deliveries of hook 42}
     * @throws RemoteNotFoundException    on 404 or 410
     * @throws RemoteRateLimitedException when rate-limited for longer than {@code max-rate-limit-wait} or on the last attempt
     * @throws RemoteUnavailableException on timeouts, connection failures and 5xx, after the last attempt
     * @throws RemoteRejectedException    on any other 4xx
     */
    public HttpResponse<byte[]> send(HttpRequest.Builder request, String what) {
        HttpRequest built = request.timeout(settings.requestTimeout()).build();
        for (int attempt = 1; ; attempt++) {
            boolean last = attempt >= settings.maxAttempts();
            HttpResponse<byte[]> response;
            try {
                response = client.send(built, HttpResponse.BodyHandlers.ofByteArray());
            } catch (HttpTimeoutException e) {
                failOrWait(last, what, "timed out after " + settings.requestTimeout(), e, attempt);
                continue;
            } catch (IOException e) {
                failOrWait(last, what, "could not be reached (" + e.getClass().getSimpleName() + ")", e, attempt);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RemoteUnavailableException(system, what + ": interrupted", e);
            }
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return response;
            }
            Optional<Instant> limitedUntil = rateLimitedUntil(response);
            if (limitedUntil.isPresent()) {
                waitOutRateLimit(last, what, limitedUntil.get());
                continue;
            }
            if (status >= 500) {
                failOrWait(last, what, "failed on its side (" + status + ")", null, attempt);
                continue;
            }
            if (status == 404 || status == 410) {
                throw new RemoteNotFoundException(system, what + ": not found (" + status + ")");
            }
            throw new RemoteRejectedException(system, what + ": refused (" + status + ")" + errorText(response));
        }
    }

    private void failOrWait(boolean last, String what, String problem, Throwable cause, int attempt) {
        if (last) {
            throw new RemoteUnavailableException(system, what + ": " + problem + ", " + settings.maxAttempts()
                    + " attempts", cause);
        }
        Duration backoff = settings.backoff().multipliedBy(1L << Math.min(attempt - 1, 10));
        LOG.debugf("%s: %s %s; attempt %d, retrying in %s", system, what, problem, attempt, backoff);
        sleep(backoff, what);
    }

    private void waitOutRateLimit(boolean last, String what, Instant until) {
        Duration wait = Duration.between(clock.instant(), until);
        if (wait.isNegative()) {
            wait = Duration.ZERO;
        }
        if (last || wait.compareTo(settings.maxRateLimitWait()) > 0) {
            throw new RemoteRateLimitedException(system, what + ": rate limited", until);
        }
        LOG.infof("%s: rate limited while trying to %s; waiting %s", system, what, wait);
        sleep(wait, what);
    }

    private void sleep(Duration duration, String what) {
        try {
            pause.pause(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RemoteUnavailableException(system, what + ": interrupted while waiting to retry", e);
        }
    }

    /**
     * When the answer is a rate limit, the time it lifts. GitHub answers a primary rate limit with 403 or
     * 429 and {@code X-RateLimit-Remaining: 0} plus {@code X-RateLimit-Reset} (epoch seconds), a secondary
     * one with {@code Retry-After} (seconds); a plain 403 is a permission problem, not a rate limit.
     */
    private Optional<Instant> rateLimitedUntil(HttpResponse<?> response) {
        int status = response.statusCode();
        if (status != 429 && status != 403) {
            return Optional.empty();
        }
        Optional<Instant> retryAfter = response.headers().firstValue("Retry-After").flatMap(this::seconds)
                .map(seconds -> clock.instant().plusSeconds(seconds));
        if (retryAfter.isPresent()) {
            return retryAfter;
        }
        boolean exhausted = response.headers().firstValue("X-RateLimit-Remaining").map("0"::equals).orElse(false);
        Optional<Instant> reset = response.headers().firstValue("X-RateLimit-Reset").flatMap(this::seconds)
                .map(Instant::ofEpochSecond);
        if (exhausted && reset.isPresent()) {
            return reset;
        }
        if (status == 429) {
            // A 429 without a hint: wait as for a failure, one backoff step.
            return Optional.of(clock.instant().plus(settings.backoff()));
        }
        return Optional.empty();
    }

    private Optional<Long> seconds(String value) {
        try {
            long seconds = Long.parseLong(value.trim());
            return seconds < 0 ? Optional.empty() : Optional.of(seconds);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String errorText(HttpResponse<byte[]> response) {
        byte[] body = response.body();
        if (body == null || body.length == 0) {
            return "";
        }
        String text = new String(body, 0, Math.min(body.length, MAX_ERROR_TEXT), StandardCharsets.UTF_8)
                .replaceAll("\\s+", " ");
        return ": " + text;
    }
}
