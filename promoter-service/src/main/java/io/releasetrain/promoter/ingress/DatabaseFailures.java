package io.releasetrain.promoter.ingress;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Tells a database that is down or unreachable (worth a 503 and a retry later) from every other failure
 * (a bug, worth a 500 and an incident). Looks through the whole cause chain, since the JDBC driver's
 * exception reaches us wrapped by the pool, the transaction manager and the outbox.
 */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    /** True when {@code failure} was caused by the database being unreachable, refusing connections or timing out. */
    public static boolean isUnavailable(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (isConnectionFailure(t)) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getNextException() != null && isConnectionFailure(sql.getNextException())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConnectionFailure(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof SQLRecoverableException || t instanceof SQLTimeoutException
                || t instanceof ConnectException || t instanceof SocketTimeoutException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            // SQLSTATE class 08: connection exception; the pool's own timeout has no state, only a message.
            String state = sql.getSQLState();
            String message = String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT);
            return state != null && state.startsWith("08") || message.contains("acquisition timeout");
        }
        return false;
    }
}
