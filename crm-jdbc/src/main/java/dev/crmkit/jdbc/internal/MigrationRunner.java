package dev.crmkit.jdbc.internal;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.jdbc.dialect.Dialect;
import dev.crmkit.spi.CrmStorageException;
import dev.crmkit.spi.SchemaMismatchException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a database to the schema this version of the store expects, or checks that it is there. Applies the
 * dialect's versioned scripts in order under a lock (so two processes starting together do not both
 * migrate) and records each in a Flyway-compatible history table; validation compares that history with
 * the scripts: a missing, unknown, failed or changed migration is a {@link SchemaMismatchException}.
 */
public final class MigrationRunner {
    /** The scripts of every dialect, in order; each dialect folder has one file per name. */
    static final List<String> SCRIPTS = List.of("V1__init.sql", "V2__tenant_statistics.sql", "V3__code_point_order.sql");

    private static final Pattern TABLE = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final Logger LOG = LoggerFactory.getLogger(MigrationRunner.class);

    private final DataSource dataSource;
    private final Dialect dialect;
    private final String prefix;
    private final String historyTable;
    private final SchemaHistorySql historySql;
    private final Clock clock;
    private final List<Migration> migrations;

    /**
     * @param historyTable the history table's name (lower-case letters, digits, {@code _})
     * @param clock        measures how long each migration takes (recorded as Flyway does)
     */
    public MigrationRunner(DataSource dataSource, Dialect dialect, String prefix, String historyTable, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.prefix = Tables.requireValidPrefix(prefix);
        ValidationException.check(historyTable != null && TABLE.matcher(historyTable).matches(), "historyTable",
                historyTable, "must match [a-z][a-z0-9_]{0,62}");
        this.historyTable = historyTable;
        this.historySql = new SchemaHistorySql(dialect, historyTable);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.migrations = SCRIPTS.stream().map(s -> Migration.load(dialect.migrationFolder(), s)).toList();
    }

    /**
     * Applies every pending migration under the migration lock.
     *
     * @throws SchemaMismatchException when the recorded history contradicts the scripts (unknown, failed or
     *                                 changed migrations): migrating further could damage the data
     * @throws CrmStorageException     when a migration or the lock fails
     */
    public void migrate() {
        try (Connection lockConnection = dataSource.getConnection()) {
            Connection separate = dialect.migrationLockNeedsOwnConnection() ? dataSource.getConnection() : null;
            try {
                Connection work = separate != null ? separate : lockConnection;
                String lockName = historyTable + "_lock";
                dialect.acquireMigrationLock(lockConnection, lockName);
                try {
                    migrateLocked(work);
                } finally {
                    dialect.releaseMigrationLock(lockConnection, lockName);
                }
            } finally {
                if (separate != null) {
                    separate.close();
                }
            }
        } catch (SQLException e) {
            throw ExceptionTranslator.translate("migrate the schema", e);
        }
    }

    private void migrateLocked(Connection work) throws SQLException {
        work.setAutoCommit(true);
        if (!historyTableExists(work)) {
            try (Statement statement = work.createStatement()) {
                statement.execute(dialect.createHistoryTable(dialect.quoteIdentifier(historyTable), historyTable));
            }
        }
        List<Applied> applied = readHistory(work);
        List<String> problems = new ArrayList<>();
        checkApplied(applied, problems);
        if (!problems.isEmpty()) {
            throw mismatch(problems);
        }
        int rank = applied.stream().mapToInt(Applied::rank).max().orElse(0);
        for (Migration migration : migrations) {
            if (applied.stream().noneMatch(a -> migration.version().equals(a.version()))) {
                apply(work, migration, ++rank);
            }
        }
    }

    private void apply(Connection work, Migration migration, int rank) throws SQLException {
        List<String> statements = ScriptSplitter.split(migration.sql(prefix));
        String user = Optional.ofNullable(work.getMetaData().getUserName()).orElse("");
        long started = clock.millis();
        boolean transactional = dialect.transactionalDdl();
        if (transactional) {
            work.setAutoCommit(false);
        }
        try {
            try (Statement statement = work.createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql);
                }
            }
            record(work, migration, rank, user, clock.millis() - started, true);
            if (transactional) {
                work.commit();
            }
            LOG.info("Applied migration {} ({}) to {} in {} ms", migration.script(), dialect.name(), historyTable,
                    clock.millis() - started);
        } catch (SQLException e) {
            if (transactional) {
                work.rollback();
            } else {
                // DDL already committed what ran before the failure; record the failure as Flyway does, so no
                // later start builds on a half-applied schema
                work.setAutoCommit(true);
                record(work, migration, rank, user, clock.millis() - started, false);
            }
            throw ExceptionTranslator.translate("apply migration " + migration.script(), e);
        } finally {
            work.setAutoCommit(true);
        }
    }

    private void record(Connection work, Migration migration, int rank, String user, long millis, boolean success)
            throws SQLException {
        try (PreparedStatement insert = work.prepareStatement(historySql.insert)) {
            insert.setInt(1, rank);
            insert.setString(2, migration.version());
            insert.setString(3, migration.description());
            insert.setString(4, migration.script());
            insert.setInt(5, migration.checksum());
            insert.setString(6, user.length() > 100 ? user.substring(0, 100) : user);
            insert.setInt(7, (int) Math.min(Integer.MAX_VALUE, millis));
            insert.setBoolean(8, success);
            insert.executeUpdate();
        }
    }

    /**
     * Checks, without changing anything, that every migration has been applied successfully and unchanged.
     *
     * @throws SchemaMismatchException listing every missing, unknown, failed or changed migration
     */
    public void validate() {
        try (Connection connection = dataSource.getConnection()) {
            if (!historyTableExists(connection)) {
                throw mismatch(List.of("the schema history table " + historyTable + " does not exist; start with "
                        + "SchemaMode.MIGRATE or migrate with Flyway (table " + historyTable + ")"));
            }
            List<Applied> applied = readHistory(connection);
            List<String> problems = new ArrayList<>();
            checkApplied(applied, problems);
            for (Migration migration : migrations) {
                if (applied.stream().noneMatch(a -> migration.version().equals(a.version()))) {
                    problems.add("migration " + migration.script() + " has not been applied");
                }
            }
            if (!problems.isEmpty()) {
                throw mismatch(problems);
            }
        } catch (SQLException e) {
            throw ExceptionTranslator.translate("validate the schema", e);
        }
    }

    private void checkApplied(List<Applied> applied, List<String> problems) {
        for (Applied row : applied) {
            Optional<Migration> known = migrations.stream().filter(m -> m.version().equals(row.version())).findFirst();
            if (!row.success()) {
                problems.add("migration " + row.script() + " failed earlier; repair the schema and its history");
            } else if (known.isEmpty()) {
                problems.add("migration " + row.script() + " (version " + row.version()
                        + ") is applied but unknown to this version of the store");
            } else if (row.checksum() == null || row.checksum() != known.get().checksum()) {
                problems.add("migration " + row.script() + " was changed after it was applied (checksum "
                        + row.checksum() + ", expected " + known.get().checksum() + ")");
            }
        }
    }

    private SchemaMismatchException mismatch(List<String> problems) {
        return new SchemaMismatchException("the " + dialect.name() + " schema with prefix '" + prefix
                + "' does not match this version of the store: " + String.join("; ", problems));
    }

    /** Versioned rows of the history; Flyway's own marker rows (schema creation, baseline, deletions) are skipped. */
    private List<Applied> readHistory(Connection connection) throws SQLException {
        List<Applied> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(historySql.select)) {
            while (result.next()) {
                int rank = result.getInt(1);
                String version = result.getString(2);
                String type = result.getString(4);
                String script = result.getString(5);
                int checksum = result.getInt(6);
                Integer checksumOrNull = result.wasNull() ? null : checksum;
                boolean success = result.getBoolean(7);
                if (version != null && !"SCHEMA".equals(type) && !"BASELINE".equals(type) && !"DELETE".equals(type)) {
                    rows.add(new Applied(rank, version, script, checksumOrNull, success));
                }
            }
        }
        return rows;
    }

    private boolean historyTableExists(Connection connection) throws SQLException {
        // the name is quoted everywhere, so it is stored exactly as written, whatever the database's case rules
        DatabaseMetaData metaData = connection.getMetaData();
        try (ResultSet tables = metaData.getTables(connection.getCatalog(), connection.getSchema(), historyTable, null)) {
            while (tables.next()) {
                if (historyTable.equals(tables.getString("TABLE_NAME"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** One applied migration as the history records it. */
    private record Applied(int rank, String version, String script, Integer checksum, boolean success) {
    }
}
