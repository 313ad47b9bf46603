package dev.crmkit.jdbc.internal;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.jdbc.dialect.Dialect;
import dev.crmkit.jdbc.internal.ScriptExecution.ObjectExistsException;
import dev.crmkit.spi.CrmStorageException;
import dev.crmkit.spi.SchemaMismatchException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a database to the schema this version of the store expects, or checks that it is there. Applies the
 * dialect's versioned scripts in order under a lock (so two processes starting together do not both
 * migrate) and records each in a Flyway-compatible history table; validation compares that history with
 * the scripts: a missing, unknown, unfinished or changed migration is a {@link SchemaMismatchException}.
 *
 * <p><b>Interrupted migrations.</b> On a database with transactional DDL (PostgreSQL) a script and its history
 * row commit together, so a start that dies half-way leaves nothing of it. Where every DDL statement commits on
 * its own (H2, MariaDB) the history row is written unfinished ({@code success = false}) before the script's
 * first statement and marked successful after its last. A later {@link #migrate()} that finds such a row, or a
 * failed one (Flyway and earlier versions of the store write those the same way), resumes it under the lock
 * when the migration is one it knows, its checksum matches and no later migration is recorded: it runs the
 * script again from the start, skipping the leading statements whose objects already exist (see
 * {@link ScriptExecution}), marks the row successful and logs a warning. Any other unfinished row stops the
 * start, and {@link #validate()} reports every unfinished row.
 *
 * <p><b>No adoption.</b> When the history records no migration yet but tables the scripts create already exist
 * (someone else's, made by hand, or left by an older version of the store that died before recording
 * anything), {@link #migrate()} refuses rather than build on tables it did not make.
 */
public final class MigrationRunner {
    /** The scripts of every dialect, in order; each dialect folder has one file per name. */
    static final List<String> SCRIPTS = List.of("V1__init.sql", "V2__tenant_statistics.sql", "V3__code_point_order.sql",
            "V4__property_record_index.sql");

    private static final Pattern TABLE = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final Logger LOG = LoggerFactory.getLogger(MigrationRunner.class);

    private final DataSource dataSource;
    private final Dialect dialect;
    private final String prefix;
    private final SchemaHistory history;
    private final Clock clock;
    private final List<Migration> migrations;

    /**
     * @param historyTable the history table's name (lower-case letters, digits, {@code _})
     * @param clock        measures how long each migration takes (recorded as Flyway does)
     * @throws ValidationException when the prefix or the history table's name is not valid
     */
    public MigrationRunner(DataSource dataSource, Dialect dialect, String prefix, String historyTable, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.prefix = Tables.requireValidPrefix(prefix);
        ValidationException.check(historyTable != null && TABLE.matcher(historyTable).matches(), "historyTable",
                historyTable, "must match [a-z][a-z0-9_]{0,62}");
        this.history = new SchemaHistory(dialect, historyTable);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.migrations = SCRIPTS.stream().map(s -> Migration.load(dialect.migrationFolder(), s)).toList();
    }

    /**
     * Applies every pending migration, and resumes an interrupted one, under the migration lock. On PostgreSQL
     * each script runs in one transaction with its history row; elsewhere each statement commits on its own.
     *
     * @throws SchemaMismatchException when the recorded history contradicts the scripts (unknown, changed, or
     *                                 unfinished and not resumable), when tables the scripts create exist but
     *                                 no migration is recorded, or when a statement finds its object made by
     *                                 someone else: migrating further could damage data
     * @throws CrmStorageException     when a migration or the lock fails (an unfinished migration is resumed
     *                                 by the next call)
     */
    public void migrate() {
        try (Connection lockConnection = dataSource.getConnection()) {
            Connection separate = dialect.migrationLockNeedsOwnConnection() ? dataSource.getConnection() : null;
            try {
                Connection work = separate != null ? separate : lockConnection;
                String lockName = history.table() + "_lock";
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
        boolean historyExists = history.exists(work);
        List<HistoryRow> rows = historyExists ? history.read(work) : List.of();
        if (rows.isEmpty()) {
            refuseExistingTables(work, historyExists);
        }
        if (!historyExists) {
            history.create(work);
        }
        List<String> problems = check(rows, true);
        if (!problems.isEmpty()) {
            throw mismatch(problems);
        }
        int rank = history.highestRank(work);
        for (Migration migration : migrations) {
            Optional<HistoryRow> row = rows.stream().filter(r -> migration.version().equals(r.version())).findFirst();
            if (row.isEmpty()) {
                apply(work, migration, ++rank);
            } else if (!row.get().success()) {
                resume(work, migration, row.get()); // check() passed it, so it is resumable
            }
        }
    }

    /** Refuses to start migrating into tables that no recorded migration made. */
    private void refuseExistingTables(Connection work, boolean historyExists) throws SQLException {
        List<String> tables = migrations.stream().flatMap(m -> m.createdTables().stream()).map(t -> prefix + t)
                .distinct().toList();
        SortedSet<String> existing = TableCatalog.existing(work, tables, false);
        if (!existing.isEmpty()) {
            throw mismatch(List.of("the schema history table " + history.table()
                    + (historyExists ? " records no migration" : " does not exist") + ", but tables the migrations"
                    + " create already exist: " + String.join(", ", existing) + "; the store did not make them (or an"
                    + " older version of it stopped before recording anything) and will not take them over: drop"
                    + " them, choose another table prefix, or name the history table of the tool that made them"));
        }
    }

    private void apply(Connection work, Migration migration, int rank) throws SQLException {
        List<String> statements = ScriptSplitter.split(migration.sql(prefix));
        long started = clock.millis();
        if (dialect.transactionalDdl()) {
            applyInOneTransaction(work, migration, rank, statements, started);
        } else {
            // written before the first statement, so a start that dies half-way leaves a row to resume from
            history.insert(work, migration, rank, 0, false);
            try {
                ScriptExecution.run(work, dialect, statements, false);
            } catch (ObjectExistsException e) {
                // nothing of this migration ran before, so the object is someone else's
                throw giveUp(work, migration, rank, e.getMessage() + "; no earlier run of the migration made it");
            } catch (SQLException e) {
                throw ExceptionTranslator.translate("apply migration " + migration.script()
                        + " (it stays recorded as unfinished; the next start with SchemaMode.MIGRATE resumes it)", e);
            }
            history.markSucceeded(work, rank, clock.millis() - started);
        }
        LOG.info("Applied migration {} ({}) to {} in {} ms", migration.script(), dialect.name(), history.table(),
                clock.millis() - started);
    }

    private void applyInOneTransaction(Connection work, Migration migration, int rank, List<String> statements,
            long started) throws SQLException {
        work.setAutoCommit(false);
        try {
            ScriptExecution.run(work, dialect, statements, false);
            history.insert(work, migration, rank, clock.millis() - started, true);
            work.commit();
        } catch (ObjectExistsException e) {
            work.rollback();
            throw mismatch(List.of("migration " + migration.script() + " stopped at " + e.getMessage()));
        } catch (SQLException e) {
            work.rollback();
            throw ExceptionTranslator.translate("apply migration " + migration.script(), e);
        } finally {
            work.setAutoCommit(true);
        }
    }

    private void resume(Connection work, Migration migration, HistoryRow row) throws SQLException {
        LOG.warn("Resuming migration {} ({}, history {}): an earlier start stopped before it finished; statements"
                + " whose objects already exist are skipped", migration.script(), dialect.name(), history.table());
        List<String> statements = ScriptSplitter.split(migration.sql(prefix));
        long started = clock.millis();
        int skipped;
        try {
            skipped = ScriptExecution.run(work, dialect, statements, true);
        } catch (ObjectExistsException e) {
            throw giveUp(work, migration, row.rank(), "it cannot be resumed: " + e.getMessage()
                    + ", but the interrupted run had stopped after statement " + e.skipped + ", so it did not make it");
        } catch (SQLException e) {
            throw ExceptionTranslator.translate("resume migration " + migration.script(), e);
        }
        history.markSucceeded(work, row.rank(), clock.millis() - started);
        LOG.warn("Resumed migration {} ({}, history {}): {} statements had run before and were skipped, {} ran now",
                migration.script(), dialect.name(), history.table(), skipped, statements.size() - skipped);
    }

    /**
     * Ends a migration that met an object it did not make. Its unfinished row is removed, because a row that stays
     * would let the next start resume and skip that object as its own; without the row, the next start finds the
     * object again (or, before any migration is recorded, refuses the tables already there).
     */
    private SchemaMismatchException giveUp(Connection work, Migration migration, int rank, String reason)
            throws SQLException {
        history.delete(work, rank);
        return mismatch(List.of("migration " + migration.script() + " stopped: " + reason + ". The store will not"
                + " take over an object it did not make: remove it, or repair the schema by hand"));
    }

    /**
     * Checks, without changing anything, that every migration has been applied successfully and unchanged.
     *
     * @throws SchemaMismatchException listing every missing, unknown, unfinished or changed migration
     * @throws CrmStorageException     when the database cannot be read
     */
    public void validate() {
        try (Connection connection = dataSource.getConnection()) {
            if (!history.exists(connection)) {
                throw mismatch(List.of("the schema history table " + history.table() + " does not exist; start with "
                        + "SchemaMode.MIGRATE or migrate with Flyway (table " + history.table() + ")"));
            }
            List<HistoryRow> rows = history.read(connection);
            List<String> problems = check(rows, false);
            for (Migration migration : migrations) {
                if (rows.stream().noneMatch(r -> migration.version().equals(r.version()))) {
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

    /**
     * What in the recorded history contradicts the scripts: unknown or changed migrations, and unfinished ones,
     * except, when {@code migrating}, one that {@link #migrate()} can resume.
     */
    private List<String> check(List<HistoryRow> rows, boolean migrating) {
        List<String> problems = new ArrayList<>();
        for (HistoryRow row : rows) {
            Optional<Migration> known = migrations.stream().filter(m -> m.version().equals(row.version())).findFirst();
            if (known.isEmpty()) {
                problems.add("migration " + row.script() + " (version " + row.version() + ") is "
                        + (row.success() ? "applied" : "recorded as failed") + " but unknown to this version of the store");
            } else if (row.checksum() == null || row.checksum() != known.get().checksum()) {
                problems.add("migration " + row.script() + " was changed after it was "
                        + (row.success() ? "applied" : "started") + " (checksum " + row.checksum() + ", expected "
                        + known.get().checksum() + ")");
            } else if (!row.success() && !resumable(row, rows)) {
                problems.add("migration " + row.script() + " failed earlier; repair the schema and its history");
            } else if (!row.success() && !migrating) {
                problems.add("migration " + row.script() + " did not finish (it failed, or the process stopped while"
                        + " it ran); start once with SchemaMode.MIGRATE to resume it");
            }
        }
        return problems;
    }

    /**
     * Whether an unfinished row of a known, unchanged migration can be resumed: only where DDL is not
     * transactional (PostgreSQL never leaves one behind, and its aborted transactions cannot skip a failed
     * statement), and only when it is the migration's only row and the last one recorded, so nothing was built
     * on top of it.
     */
    private boolean resumable(HistoryRow row, List<HistoryRow> rows) {
        return !dialect.transactionalDdl()
                && rows.stream().filter(r -> r.version().equals(row.version())).count() == 1
                && rows.stream().noneMatch(r -> r.rank() > row.rank());
    }

    private SchemaMismatchException mismatch(List<String> problems) {
        return new SchemaMismatchException("the " + dialect.name() + " schema with prefix '" + prefix
                + "' does not match this version of the store: " + String.join("; ", problems));
    }
}
