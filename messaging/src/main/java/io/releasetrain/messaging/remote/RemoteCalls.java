package io.releasetrain.messaging.remote;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The metrics every client of an outside system records, tagged with the system ({@code github},
 * {@code travis}, {@code slack}, {@code ppc}) and the operation, so one dashboard shows them all:
 *
 * <ul>
 *   <li>{@code releasetrain_remote_calls_seconds} — latency of each call, with its outcome
 *       ({@code ok}, or the failure kind);</li>
 *   <li>{@code releasetrain_remote_retries_total} — attempts after the first;</li>
 *   <li>{@code releasetrain_remote_rate_limit_wait_seconds} — time spent waiting out rate limits;</li>
 *   <li>{@code releasetrain_remote_failures_total} — calls that failed, by kind.</li>
 * </ul>
 */
@ApplicationScoped
public class RemoteCalls {

    /** Outcome tag of a call that got the answer it asked for. */
    public static final String OK = "ok";

    private final MeterRegistry registry;

    RemoteCalls(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Records one finished call: its latency and outcome ({@link #OK} or {@link #kind(Throwable)}). */
    public void call(String system, String operation, Duration latency, String outcome) {
        Timer.builder("releasetrain.remote.calls")
                .description("Calls to outside systems")
                .tags("system", system, "operation", operation, "outcome", outcome)
                .register(registry)
                .record(latency);
        if (!OK.equals(outcome)) {
            Counter.builder("releasetrain.remote.failures")
                    .description("Calls to outside systems that failed, by kind")
                    .tags("system", system, "operation", operation, "kind", outcome)
                    .register(registry)
                    .increment();
        }
    }

    /**
     * Makes one call to an outside system and records it: its latency, and {@link #OK} or the kind of the failure
     * it threw. A client's own exceptions pass as they are; any other the call throws is first turned into one by
     * {@code failure}, and that is what is recorded and thrown.
     *
     * @param failure what an unexpected exception of the call means for this system (e.g. a connection failure is
     *                a {@link RemoteUnavailableException}); {@link RemoteException}s do not go through it
     */
    public <T> T timed(String system, String operation, Supplier<T> call,
            Function<RuntimeException, ? extends RuntimeException> failure) {
        return timed(system, operation, call, answer -> OK, failure);
    }

    /**
     * Like {@link #timed(String, String, Supplier, Function)}, for calls whose answer itself says how they went
     * (a health check that answered "unhealthy"): {@code outcome} names it, {@link #OK} or another tag.
     */
    public <T> T timed(String system, String operation, Supplier<T> call, Function<? super T, String> outcome,
            Function<RuntimeException, ? extends RuntimeException> failure) {
        long started = System.nanoTime();
        T answer;
        try {
            answer = call.get();
        } catch (RuntimeException e) {
            RuntimeException thrown = e instanceof RemoteException ? e : failure.apply(e);
            call(system, operation, Duration.ofNanos(System.nanoTime() - started), kind(thrown));
            throw thrown;
        }
        call(system, operation, Duration.ofNanos(System.nanoTime() - started), outcome.apply(answer));
        return answer;
    }

    /** Records one retry of an operation. */
    public void retry(String system, String operation) {
        Counter.builder("releasetrain.remote.retries")
                .description("Attempts after the first at calls to outside systems")
                .tags("system", system, "operation", operation)
                .register(registry)
                .increment();
    }

    /** Records time spent waiting out a rate limit before calling again. */
    public void rateLimitWait(String system, Duration wait) {
        Timer.builder("releasetrain.remote.rate.limit.wait")
                .description("Time spent waiting out outside systems' rate limits")
                .tags("system", system)
                .register(registry)
                .record(wait);
    }

    /** The failure kind of an exception, for the outcome tag: {@code not_found}, {@code rate_limited}, ... */
    public static String kind(Throwable failure) {
        if (failure instanceof RemoteNotFoundException) {
            return "not_found";
        }
        if (failure instanceof RemoteRateLimitedException) {
            return "rate_limited";
        }
        if (failure instanceof RemoteRejectedException) {
            return "rejected";
        }
        if (failure instanceof RemoteUnavailableException) {
            return "unavailable";
        }
        return "error";
    }
}
