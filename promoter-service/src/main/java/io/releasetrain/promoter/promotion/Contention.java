package io.releasetrain.promoter.promotion;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ClientErrorException;
import java.util.Optional;
import java.util.function.Supplier;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;

/**
 * Two writers of one promotion at once: a request and the reconciler, two instances, two on-call engineers. Every
 * change of a promotion is an optimistic transaction ({@code @Version}) whose effect is decided by the state it
 * reads, so running a transaction that lost the race once more is safe: it reads what the winner wrote and does
 * what is still right (often nothing, or a 409 saying why). Losing twice in a row is a 409 too, never a 500.
 */
public final class Contention {

    private static final Logger LOG = Logger.getLogger(Contention.class);

    /** The unique key that allows one promotion in flight per target (V3__promotions.sql). */
    static final String IN_FLIGHT_KEY = "promotion_in_flight";

    private Contention() {
    }

    /** A promotion changed under a transaction twice in a row: 409, look again and retry. */
    public static final class PromotionChangedException extends ClientErrorException {
        PromotionChangedException(String promotionId, String what) {
            super("Promotion " + promotionId + " changed while " + what + " (another request or instance changed it at "
                    + "the same moment); look at it again and retry", 409);
        }
    }

    /**
     * Runs {@code transaction} (which starts its own transaction), and once more if it lost an optimistic race.
     *
     * @param what for the message when it loses twice, e.g. "approving it"
     */
    public static <T> T retryOnce(String promotionId, String what, Supplier<T> transaction) {
        try {
            return transaction.get();
        } catch (RuntimeException first) {
            if (!lostRace(first)) {
                throw first;
            }
            LOG.debugf("Promotion %s changed while %s; running it again", promotionId, what);
        }
        try {
            return transaction.get();
        } catch (RuntimeException second) {
            if (lostRace(second)) {
                throw new PromotionChangedException(promotionId, what);
            }
            throw second;
        }
    }

    /** {@link #retryOnce(String, String, Supplier)} for a change with no result. */
    public static void retryOnce(String promotionId, String what, Runnable transaction) {
        retryOnce(promotionId, what, () -> {
            transaction.run();
            return null;
        });
    }

    /** Whether {@code e} (or what it wraps: the commit wraps the flush's failure) is a lost optimistic race. */
    static boolean lostRace(Throwable e) {
        return find(e, t -> t instanceof OptimisticLockException || t instanceof StaleStateException).isPresent();
    }

    /** Whether {@code e} is the in-flight key refusing a second promotion into the same target. */
    static boolean inFlightTaken(Throwable e) {
        return find(e, t -> t.getMessage() != null && t.getMessage().contains(IN_FLIGHT_KEY)).isPresent();
    }

    private static Optional<Throwable> find(Throwable e, java.util.function.Predicate<Throwable> what) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (what.test(t)) {
                return Optional.of(t);
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (what.test(suppressed) || find(suppressed, what).isPresent()) {
                    return Optional.of(suppressed);
                }
            }
        }
        return Optional.empty();
    }
}
