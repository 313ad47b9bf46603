package dev.crmkit.jdbc.internal;

import dev.crmkit.core.model.shared.TenantId;
import dev.crmkit.jdbc.dialect.Dialect;
import dev.crmkit.spi.UnitOfWork;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * Runs units of work: one connection each, auto-commit off, READ COMMITTED, commit when the work returns and
 * roll back when it throws (the work's exception is rethrown unchanged). Thread-safe; holds no connection
 * between units of work.
 */
public final class TransactionRunner {
    private final DataSource dataSource;
    private final Dialect dialect;
    private final StoreSql sql;
    private final int batchSize;

    /**
     * @param tablePrefix  validated against {@code [a-z][a-z0-9_]{0,20}}
     * @param batchSize    rows per JDBC batch in bulk writes
     * @param cursorSecret the key that seals page cursors
     */
    public TransactionRunner(DataSource dataSource, Dialect dialect, String tablePrefix, int batchSize, byte[] cursorSecret) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1");
        }
        this.batchSize = batchSize;
        this.sql = new StoreSql(new Tables(tablePrefix), dialect, cursorSecret == null ? CursorCodec.defaultSecret() : cursorSecret);
    }

    /**
     * See {@code CrmStore.inTransaction}.
     *
     * @throws dev.crmkit.spi.CrmStorageException when no connection can be had or the commit fails
     */
    public <T> T inTransaction(TenantId tenant, Function<UnitOfWork, T> work) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(work, "work");
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            throw ExceptionTranslator.translate("open a connection", e);
        }
        boolean restoreAutoCommit = false;
        try {
            if (connection.getAutoCommit()) {
                connection.setAutoCommit(false);
                restoreAutoCommit = true;
            }
            if (connection.getTransactionIsolation() != Connection.TRANSACTION_READ_COMMITTED) {
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            }
            Session session = new Session(connection, dialect, tenant, batchSize);
            T result;
            try {
                result = work.apply(new JdbcUnitOfWork(session, sql));
            } catch (RuntimeException | Error e) {
                session.close();
                rollback(connection, e);
                throw e;
            }
            session.close();
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollback(connection, e);
            throw ExceptionTranslator.translate("run the unit of work", e);
        } finally {
            close(connection, restoreAutoCommit);
        }
    }

    private static void rollback(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static void close(Connection connection, boolean restoreAutoCommit) {
        try {
            if (restoreAutoCommit && !connection.isClosed()) {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            // the connection is going away; a failure to reset it must not hide the unit of work's outcome
        } finally {
            try {
                connection.close();
            } catch (SQLException e) {
                // as above: nothing the caller could act on
            }
        }
    }

    /** The dialect in use. */
    public Dialect dialect() {
        return dialect;
    }
}
