package dev.crmkit.jdbc.internal;

import dev.crmkit.spi.CrmStorageException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Classifies {@link SQLException}s by SQLState and vendor error code (never by message text) and turns them
 * into {@link CrmStorageException}s whose {@code isTransient()} says whether retrying the unit of work can
 * help. Looks through the whole chain ({@code getNextException()} and causes), because batch failures
 * report the statement's real error there.
 */
public final class ExceptionTranslator {
    /** MariaDB / MySQL vendor codes. */
    private static final int MARIADB_DUPLICATE_KEY = 1062;
    private static final int MARIADB_DUPLICATE_KEY_WITH_NAME = 1586;
    private static final int MARIADB_PARENT_MISSING = 1452;
    private static final int MARIADB_CHILD_EXISTS = 1451;
    private static final int MARIADB_DEADLOCK = 1213;
    private static final int MARIADB_LOCK_WAIT_TIMEOUT = 1205;
    private static final int MARIADB_CONNECTION_KILLED = 1927;
    private static final int MARIADB_TOO_MANY_CONNECTIONS = 1040;

    private static final Set<String> TRANSIENT_STATES = Set.of(
            "40001", // serialization failure (all), deadlock (H2, MariaDB)
            "40P01", // deadlock detected (PostgreSQL)
            "55P03", // lock not available (PostgreSQL lock_timeout)
            "HYT00", // lock timeout (H2)
            "57P01", "57P02", "57P03", // admin shutdown, crash shutdown, cannot connect now (PostgreSQL)
            "53300"); // too many connections (PostgreSQL)

    private ExceptionTranslator() {
    }

    /** Whether the failure is a unique-key or primary-key violation. */
    public static boolean isUniqueViolation(SQLException e) {
        return anyInChain(e, x -> "23505".equals(x.getSQLState())
                || isMariaDb(x) && (x.getErrorCode() == MARIADB_DUPLICATE_KEY || x.getErrorCode() == MARIADB_DUPLICATE_KEY_WITH_NAME));
    }

    /** Whether the failure is a foreign-key violation (a missing parent or a remaining child). */
    public static boolean isForeignKeyViolation(SQLException e) {
        return anyInChain(e, x -> "23503".equals(x.getSQLState()) || "23506".equals(x.getSQLState())
                || isMariaDb(x) && (x.getErrorCode() == MARIADB_PARENT_MISSING || x.getErrorCode() == MARIADB_CHILD_EXISTS));
    }

    /**
     * Whether retrying the unit of work can succeed: deadlocks, serialization failures, lock timeouts, lost or
     * refused connections and server restarts.
     */
    public static boolean isTransient(SQLException e) {
        return anyInChain(e, x -> {
            String state = x.getSQLState();
            if (x instanceof SQLTransientException || x instanceof SQLRecoverableException) {
                return true;
            }
            if (state != null && (state.startsWith("08") || TRANSIENT_STATES.contains(state))) {
                return true;
            }
            int code = x.getErrorCode();
            return isMariaDb(x) && (code == MARIADB_DEADLOCK || code == MARIADB_LOCK_WAIT_TIMEOUT
                    || code == MARIADB_CONNECTION_KILLED || code == MARIADB_TOO_MANY_CONNECTIONS);
        });
    }

    /** A storage exception for a failure while doing {@code what} (e.g. {@code "insert Deal"}). */
    public static CrmStorageException translate(String what, SQLException e) {
        return new CrmStorageException("could not " + what + " (SQLState " + e.getSQLState() + ", error "
                + e.getErrorCode() + "): " + e.getMessage(), isTransient(e), e);
    }

    /**
     * Whether the vendor code can be a MariaDB one. PostgreSQL reports vendor code 0 and H2's codes are
     * numbers of 2000 and above (its own scheme, e.g. 23505, 50200), so the four-digit MariaDB codes below
     * 2000 cannot be confused with them.
     */
    private static boolean isMariaDb(SQLException e) {
        return e.getErrorCode() > 0 && e.getErrorCode() < 2000;
    }

    private static boolean anyInChain(SQLException e, Predicate<SQLException> test) {
        int guard = 0;
        Throwable current = e;
        while (current != null && guard++ < 32) {
            if (current instanceof SQLException sql) {
                if (test.test(sql)) {
                    return true;
                }
                SQLException next = sql.getNextException();
                if (next != null && next != sql && anyInChainShallow(next, test)) {
                    return true;
                }
            }
            current = current.getCause() == current ? null : current.getCause();
        }
        return false;
    }

    private static boolean anyInChainShallow(SQLException e, Predicate<SQLException> test) {
        int guard = 0;
        for (SQLException x = e; x != null && guard++ < 32; x = x.getNextException()) {
            if (test.test(x)) {
                return true;
            }
        }
        return false;
    }
}
