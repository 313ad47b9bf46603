package dev.crmkit.jdbc.internal;

import dev.crmkit.core.model.shared.TenantId;
import dev.crmkit.jdbc.dialect.Dialect;
import dev.crmkit.spi.DuplicateKeyException;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The connection of one unit of work and the only place statements are executed. Every method prepares
 * one statement (a batch method one per call, however many rows), binds every value, and turns
 * {@link SQLException}s into storage exceptions: a unique-key violation into the {@link DuplicateKeyException}
 * the caller describes (the caller knows which key the statement writes), anything else via
 * {@link ExceptionTranslator}.
 */
final class Session {
    private final Connection connection;
    private final Dialect dialect;
    private final TenantId tenant;
    private final int batchSize;
    private boolean open = true;

    Session(Connection connection, Dialect dialect, TenantId tenant, int batchSize) {
        this.connection = connection;
        this.dialect = dialect;
        this.tenant = tenant;
        this.batchSize = batchSize;
    }

    TenantId tenant() {
        return tenant;
    }

    Dialect dialect() {
        return dialect;
    }

    int batchSize() {
        return batchSize;
    }

    /** Ends the session: repositories of a finished unit of work fail fast instead of touching a reused connection. */
    void close() {
        open = false;
    }

    private void checkOpen() {
        if (!open) {
            throw new IllegalStateException("the unit of work has ended; repositories cannot be used after inTransaction returns");
        }
    }

    /** Every row the query returns, mapped. */
    <T> List<T> list(String what, String sql, Binder binder, Mapper<T> mapper) {
        checkOpen();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(new Params(statement, dialect));
            try (ResultSet resultSet = statement.executeQuery()) {
                Row row = new Row(resultSet, dialect);
                List<T> result = new ArrayList<>();
                while (row.next()) {
                    result.add(mapper.map(row));
                }
                return result;
            }
        } catch (SQLException e) {
            throw ExceptionTranslator.translate(what, e);
        }
    }

    /** The first row the query returns, mapped, or empty. */
    <T> Optional<T> first(String what, String sql, Binder binder, Mapper<T> mapper) {
        List<T> rows = list(what, sql, binder, mapper);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** The single number a {@code SELECT COUNT(*)} returns. */
    long count(String what, String sql, Binder binder) {
        return first(what, sql, binder, Row::longValue).orElse(0L);
    }

    /** Runs an insert, update or delete; returns the number of rows it changed. */
    int update(String what, String sql, Binder binder) {
        return update(what, sql, binder, null);
    }

    /**
     * Runs an insert, update or delete whose only unique key is the one {@code onDuplicate} describes.
     *
     * @throws DuplicateKeyException from {@code onDuplicate} on a unique-key violation
     */
    int update(String what, String sql, Binder binder, Supplier<DuplicateKeyException> onDuplicate) {
        checkOpen();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(new Params(statement, dialect));
            return statement.executeUpdate();
        } catch (SQLException e) {
            if (onDuplicate != null && ExceptionTranslator.isUniqueViolation(e)) {
                throw withCause(onDuplicate.get(), e);
            }
            throw ExceptionTranslator.translate(what, e);
        }
    }

    /**
     * Writes {@code items} with one prepared statement in JDBC batches of {@link #batchSize()} rows.
     *
     * @param onDuplicate        describes the unique key of the row that clashed, when the driver reports
     *                           which row failed
     * @param onUnknownDuplicate describes the clash when the driver does not tell the row; {@code null} when
     *                           the statement writes no unique key a caller could clash on (any violation is
     *                           then reported as a plain storage failure)
     */
    <T> void batch(String what, String sql, List<T> items, ItemBinder<T> binder,
                   Function<T, DuplicateKeyException> onDuplicate, Supplier<DuplicateKeyException> onUnknownDuplicate) {
        checkOpen();
        if (items.isEmpty()) {
            return;
        }
        int start = 0;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            Params params = new Params(statement, dialect);
            while (start < items.size()) {
                int end = Math.min(items.size(), start + batchSize);
                if (end - start == 1) {
                    binder.bind(params.reset(), items.get(start));
                    statement.executeUpdate();
                } else {
                    for (int i = start; i < end; i++) {
                        binder.bind(params.reset(), items.get(i));
                        statement.addBatch();
                    }
                    statement.executeBatch();
                }
                start = end;
            }
        } catch (SQLException e) {
            if (ExceptionTranslator.isUniqueViolation(e) && onUnknownDuplicate != null) {
                int failed = failedRow(e, start, Math.min(items.size(), start + batchSize));
                throw withCause(failed >= 0 && onDuplicate != null
                        ? onDuplicate.apply(items.get(failed)) : onUnknownDuplicate.get(), e);
            }
            throw ExceptionTranslator.translate(what, e);
        }
    }

    private static DuplicateKeyException withCause(DuplicateKeyException described, SQLException cause) {
        return new DuplicateKeyException(described.kind(), described.key(), cause);
    }

    /**
     * Which row of the chunk failed, when the driver tells: drivers either stop at the failing row (fewer
     * update counts than rows) or mark it {@link Statement#EXECUTE_FAILED}. -1 when it cannot be told.
     */
    private static int failedRow(SQLException e, int chunkStart, int chunkEnd) {
        if (!(e instanceof BatchUpdateException batch)) {
            return chunkEnd - chunkStart == 1 ? chunkStart : -1;
        }
        int[] counts = batch.getUpdateCounts();
        if (counts == null) {
            return -1;
        }
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == Statement.EXECUTE_FAILED) {
                return chunkStart + i;
            }
        }
        return counts.length < chunkEnd - chunkStart ? chunkStart + counts.length : -1;
    }

    /** Binds a statement's parameters. */
    @FunctionalInterface
    interface Binder {
        void bind(Params params) throws SQLException;
    }

    /** Binds one batch row. */
    @FunctionalInterface
    interface ItemBinder<T> {
        void bind(Params params, T item) throws SQLException;
    }

    /** Maps the current row. */
    @FunctionalInterface
    interface Mapper<T> {
        T map(Row row) throws SQLException;
    }
}
