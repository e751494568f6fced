package io.releasetrain.promoter.remote;

import io.releasetrain.messaging.remote.RemoteCalls;
import io.releasetrain.messaging.remote.RemoteException;
import io.releasetrain.messaging.remote.RemoteNotFoundException;
import io.releasetrain.messaging.remote.RemoteRateLimitedException;
import io.releasetrain.messaging.remote.RemoteRejectedException;
import io.releasetrain.messaging.remote.RemoteUnavailableException;
import io.releasetrain.messaging.remote.RetryAfter;
import io.smallrye.faulttolerance.api.CustomBackoffStrategy;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.ws.rs.ProcessingException;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * How every call to one outside system is made: SmallRye Fault Tolerance's timeout per attempt, retries with
 * exponential backoff for timeouts, unreachable hosts and 5xx, a circuit breaker over those failures, and
 * the one thing the library does not do: waiting out the API's rate limits (the {@link RemoteRateLimitedException}
 * the system's {@link RemoteAnswers} raise), up to {@link CallSettings#maxRateLimitWait()}. Every call is
 * recorded in {@link RemoteCalls}: latency and outcome, retries, rate-limit waits. What leaves {@link #call}
 * is always one of the project's {@link RemoteException}s, saying what the call was for.
 */
public final class RemoteGuard {

    private final String system;
    private final String metricsName;
    private final CallSettings settings;
    private final RemoteCalls metrics;
    private final Clock clock;
    private final Guard guard;

    /**
     * @param system      the system's name in messages, e.g. {@code GitHub}
     * @param metricsName its {@code system} tag in metrics, e.g. {@code github}
     */
    public RemoteGuard(String system, String metricsName, CallSettings settings, RemoteCalls metrics, Clock clock) {
        if (settings.maxAttempts() < 1) {
            throw new IllegalArgumentException("max-attempts must be at least 1 for " + system);
        }
        this.system = system;
        this.metricsName = metricsName;
        this.settings = settings;
        this.metrics = metrics;
        this.clock = clock;
        this.guard = Guard.create()
                .withDescription(system)
                .withRetry()
                    .maxRetries(settings.maxAttempts() - 1)
                    .delay(settings.backoff().toMillis(), ChronoUnit.MILLIS)
                    .maxDuration(0, ChronoUnit.MILLIS)
                    .jitter(0, ChronoUnit.MILLIS)
                    .whenException(this::worthRetrying)
                    .withCustomBackoff().strategy(Backoff::new).done()
                    .done()
                .withCircuitBreaker()
                    .requestVolumeThreshold(settings.circuit().window())
                    .failureRatio(settings.circuit().failureRatio())
                    .delay(settings.circuit().delay().toMillis(), ChronoUnit.MILLIS)
                    .successThreshold(1)
                    .when(RemoteGuard::isFailureOfTheSystem)
                    .done()
                .withTimeout()
                    .duration(settings.requestTimeout().toMillis(), ChronoUnit.MILLIS)
                    .done()
                .build();
    }

    /**
     * Makes the call with timeouts, retries, rate-limit waits and the circuit breaker.
     *
     * @param operation the operation's metrics tag, e.g. {@code list_hook_deliveries}
     * @param what      what the call does, for messages, e.g. {@code list deliveries of hook 42 of acme/app}
     * @param call      one attempt: calls the system's REST Client interface
     * @throws RemoteNotFoundException    on 404 or 410
     * @throws RemoteRateLimitedException when rate-limited for longer than we wait, or on the last attempt
     * @throws RemoteUnavailableException on timeouts, connection failures and 5xx after the last attempt, or
     *                                    at once while the circuit is open
     * @throws RemoteRejectedException    on any other answer that is not a 2xx
     */
    public <T> T call(String operation, String what, Supplier<T> call) {
        AtomicInteger attempts = new AtomicInteger();
        Supplier<T> attempt = () -> {
            if (attempts.incrementAndGet() > 1) {
                metrics.retry(metricsName, operation);
            }
            try {
                return call.get();
            } catch (ProcessingException e) {
                throw unreachable(e);
            }
        };
        long start = System.nanoTime();
        try {
            @SuppressWarnings("unchecked")
            T result = (T) guard.get((Supplier<Object>) attempt, Object.class);
            metrics.call(metricsName, operation, Duration.ofNanos(System.nanoTime() - start), RemoteCalls.OK);
            return result;
        } catch (RuntimeException e) {
            RemoteException failure = explained(e, what, attempts.get());
            metrics.call(metricsName, operation, Duration.ofNanos(System.nanoTime() - start), RemoteCalls.kind(failure));
            throw failure;
        }
    }

    private boolean worthRetrying(Throwable failure) {
        if (failure instanceof RemoteRateLimitedException limited) {
            return RetryAfter.until(limited.retryAt(), clock).compareTo(settings.maxRateLimitWait()) <= 0;
        }
        return isFailureOfTheSystem(failure);
    }

    /** What counts against the circuit breaker: the system timing out, unreachable or failing on its side. */
    private static boolean isFailureOfTheSystem(Throwable failure) {
        return failure instanceof RemoteUnavailableException || failure instanceof TimeoutException;
    }

    private RemoteUnavailableException unreachable(ProcessingException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        boolean timedOut = cause.getClass().getSimpleName().contains("Timeout");
        return new RemoteUnavailableException(system, timedOut ? "timed out"
                : "could not be reached (" + cause.getClass().getSimpleName() + ")", e);
    }

    private RemoteException explained(RuntimeException e, String what, int attempts) {
        String tries = attempts == 1 ? "1 attempt" : attempts + " attempts";
        if (e instanceof CircuitBreakerOpenException) {
            return new RemoteUnavailableException(system, what + ": not called, " + system
                    + " failed too often lately (circuit open for " + settings.circuit().delay() + ")", e);
        }
        if (e instanceof TimeoutException) {
            return new RemoteUnavailableException(system, what + ": timed out after " + settings.requestTimeout()
                    + ", " + tries, e);
        }
        if (e instanceof RemoteUnavailableException) {
            return new RemoteUnavailableException(system, what + ": " + detail(e) + ", " + tries, e.getCause());
        }
        if (e instanceof RemoteRateLimitedException limited) {
            return new RemoteRateLimitedException(system, what + ": rate limited", limited.retryAt());
        }
        if (e instanceof RemoteNotFoundException) {
            return new RemoteNotFoundException(system, what + ": " + detail(e));
        }
        if (e instanceof RemoteRejectedException) {
            return new RemoteRejectedException(system, what + ": " + detail(e));
        }
        return new RemoteUnavailableException(system, what + ": failed (" + e + ")", e);
    }

    private String detail(RuntimeException e) {
        String message = e.getMessage();
        String prefix = system + ": ";
        return message != null && message.startsWith(prefix) ? message.substring(prefix.length()) : String.valueOf(message);
    }

    /**
     * Waits out a rate limit until it lifts (never less than the backoff step), and otherwise doubles the
     * backoff after each failure, up to {@link CallSettings#maxBackoff()}.
     */
    private final class Backoff implements CustomBackoffStrategy {

        private long next;

        @Override
        public void init(long initialDelayInMillis) {
            next = initialDelayInMillis;
        }

        @Override
        public long nextDelayInMillis(Throwable failure) {
            long step = next;
            next = Math.min(next * 2, settings.maxBackoff().toMillis());
            if (failure instanceof RemoteRateLimitedException limited) {
                long wait = Math.max(RetryAfter.until(limited.retryAt(), clock).toMillis(), step);
                metrics.rateLimitWait(metricsName, Duration.ofMillis(wait));
                return wait;
            }
            return step;
        }
    }
}
