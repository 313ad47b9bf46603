package dev.crmkit.jdbc;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.shared.TenantId;
import dev.crmkit.jdbc.dialect.Dialect;
import dev.crmkit.jdbc.internal.ExceptionTranslator;
import dev.crmkit.jdbc.internal.H2InterruptedCommits;
import dev.crmkit.jdbc.internal.MigrationRunner;
import dev.crmkit.jdbc.internal.TransactionRunner;
import dev.crmkit.spi.CrmStorageException;
import dev.crmkit.spi.CrmStore;
import dev.crmkit.spi.SchemaMismatchException;
import dev.crmkit.spi.UnitOfWork;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * CRMKit's storage in a relational database over JDBC: H2 2.x, PostgreSQL 15+ and MariaDB 10.11+. Typed
 * tables with the tenant leading every key, keyset paging, batched bulk writes, and board and forecast
 * aggregations computed by the database.
 *
 * <pre>{@code
 * CrmStore store = JdbcCrmStore.builder().dataSource(ds).tablePrefix("crm_").schemaMode(SchemaMode.MIGRATE).build();
 * CrmStore embedded = JdbcCrmStore.h2File(Path.of("data/crm"));
 * }</pre>
 *
 * <p>Each unit of work takes one connection from the data source, with auto-commit off and READ COMMITTED
 * isolation, and returns it when it commits or rolls back; the store is thread-safe and holds no connection
 * between units of work (except the H2 shortcuts, which keep one open so the database stays open).
 * Concurrent updates of one record are detected by its version column. SQL errors become
 * {@link CrmStorageException}s classified by SQLState and vendor code.
 */
public final class JdbcCrmStore implements CrmStore {
    private static final Pattern H2_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    private final TransactionRunner transactions;
    private final String tablePrefix;
    private final AutoCloseable owned;
    private volatile boolean closed;

    private JdbcCrmStore(TransactionRunner transactions, String tablePrefix, AutoCloseable owned) {
        this.transactions = transactions;
        this.tablePrefix = tablePrefix;
        this.owned = owned;
    }

    /** A builder for a store over the host's {@link DataSource}. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * An embedded H2 database in a file ({@code file} without extension; H2 adds {@code .mv.db}), migrated on
     * start. Every commit is written to the file before {@code inTransaction} returns ({@code WRITE_DELAY=0}).
     * The store keeps the database open until {@link #close()}.
     *
     * <p>A process killed at any moment leaves whole units of work, and every one that had returned: on
     * opening, the store finishes the commits H2 2.5.252 leaves half-applied, and H2 writes new data only after
     * the end of the file ({@code REUSE_SPACE=FALSE}). H2 writes a unit of work whose changes outgrow its write
     * buffer (at most 19 MB; an import batch into a large database does) to the file before and during its
     * commit; killed before the commit, H2 rolls it back whole on the next opening, but killed during the
     * commit, after H2 wrote part of it, H2 keeps it open with part of its changes visible (contacts without
     * their emails, say) and its other rows locked. The store rolls such a commit forward, as H2 2.3 did. With
     * H2's default of writing into the space of data no longer used, a kill lost commits that had returned (one
     * in 40 kills of a plain JDBC writer). See docs/robustness.md.
     *
     * <p>The price is the file's size: H2 writes every page a commit changes to a new place, never reuses the
     * old one while the file is open, and with {@code WRITE_DELAY=0} runs no background compaction; closing
     * compacts for at most 200 ms. Importing 200,000 contacts twice made a 7.0 GB file (6.0 GB with reuse) for
     * about 150 MB of data. {@code SHUTDOWN COMPACT} rewrites the file to its live size (docs/storage-jdbc.md).
     *
     * @throws ValidationException when the path contains {@code ;} (which H2 would read as a setting)
     * @throws CrmStorageException when the database cannot be opened or migrated, or holds a half-applied commit
     *                             this H2 version gives no way to finish
     */
    public static JdbcCrmStore h2File(Path file) {
        Objects.requireNonNull(file, "file");
        String path = file.toAbsolutePath().toString();
        ValidationException.check(!path.contains(";"), "file", path, "must not contain ';'");
        // REUSE_SPACE=FALSE: with reuse, H2 2.5.252 lost commits that had returned to a kill (docs/robustness.md)
        return h2("jdbc:h2:file:" + path + ";WRITE_DELAY=0;REUSE_SPACE=FALSE;LOCK_TIMEOUT=10000", true);
    }

    /**
     * An in-memory H2 database named {@code name}, migrated on start, that lives until the store is closed
     * (other stores opened on the same name in the same JVM share it).
     *
     * @throws ValidationException when the name is not 1-64 letters, digits, {@code _}, {@code .} or {@code -}
     */
    public static JdbcCrmStore h2InMemory(String name) {
        ValidationException.check(name != null && H2_NAME.matcher(name).matches(), "name", name,
                "must be 1-64 letters, digits, '_', '.' or '-'");
        return h2("jdbc:h2:mem:" + name + ";LOCK_TIMEOUT=10000", false);
    }

    /** @param file whether the database is a file, which a killed process may have left half-committed */
    private static JdbcCrmStore h2(String url, boolean file) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        Connection keepOpen;
        try {
            keepOpen = dataSource.getConnection();
        } catch (SQLException e) {
            throw new CrmStorageException("cannot open the H2 database " + url + ": " + e.getMessage(), false, e);
        }
        try {
            if (file) {
                finishInterruptedCommits(keepOpen, url);
            }
            return builder().dataSource(dataSource).schemaMode(SchemaMode.MIGRATE).build(keepOpen);
        } catch (RuntimeException e) {
            try {
                keepOpen.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    private static void finishInterruptedCommits(Connection justOpened, String url) {
        try {
            H2InterruptedCommits.finish(justOpened);
        } catch (SQLException e) {
            throw new CrmStorageException("cannot finish the interrupted commits of the H2 database " + url + ": "
                    + e.getMessage(), false, e);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>Runs on one connection with auto-commit off and READ COMMITTED isolation.
     *
     * @throws IllegalStateException when the store is closed
     */
    @Override
    public <T> T inTransaction(TenantId tenant, Function<UnitOfWork, T> work) {
        if (closed) {
            throw new IllegalStateException("the store is closed");
        }
        return transactions.inTransaction(tenant, work);
    }

    /** The dialect of the database, detected or as given to the builder. */
    public Dialect dialect() {
        return transactions.dialect();
    }

    /** The prefix of every table name. */
    public String tablePrefix() {
        return tablePrefix;
    }

    /**
     * Closes what the store opened itself (the connection that keeps an H2 shortcut's database open); a data
     * source passed to the builder belongs to the host and stays open. Idempotent.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (owned != null) {
            try {
                owned.close();
            } catch (Exception e) {
                throw new CrmStorageException("cannot close the database: " + e.getMessage(), false, e);
            }
        }
    }

    /** Configures a {@link JdbcCrmStore}. Not thread-safe; build once. */
    public static final class Builder {
        private DataSource dataSource;
        private Dialect dialect;
        private String tablePrefix = "crm_";
        private SchemaMode schemaMode = SchemaMode.MIGRATE;
        private String historyTable;
        private int batchSize = 1000;
        private Clock clock = Clock.systemUTC();
        private byte[] cursorSecret;

        private Builder() {
        }

        /** Where connections come from (required). A pool for PostgreSQL and MariaDB; see docs/storage-jdbc.md for driver flags. */
        public Builder dataSource(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
            return this;
        }

        /** The database's dialect, instead of detecting it from the connection's metadata. */
        public Builder dialect(Dialect dialect) {
            this.dialect = Objects.requireNonNull(dialect, "dialect");
            return this;
        }

        /**
         * The prefix of every table name, default {@code crm_}.
         *
         * @throws ValidationException unless it matches {@code [a-z][a-z0-9_]{0,20}}
         */
        public Builder tablePrefix(String tablePrefix) {
            ValidationException.check(tablePrefix != null && tablePrefix.matches("[a-z][a-z0-9_]{0,20}"), "tablePrefix",
                    tablePrefix, "must match [a-z][a-z0-9_]{0,20}");
            this.tablePrefix = tablePrefix;
            return this;
        }

        /** What to do with the schema on {@link #build()}; default {@link SchemaMode#MIGRATE}. */
        public Builder schemaMode(SchemaMode schemaMode) {
            this.schemaMode = Objects.requireNonNull(schemaMode, "schemaMode");
            return this;
        }

        /**
         * The schema-history table, default {@code <prefix>schema_history}. It has Flyway's layout: to let
         * Flyway manage the schema instead, point Flyway's {@code table} setting at the same name (or point
         * this at {@code flyway_schema_history}).
         */
        public Builder historyTable(String historyTable) {
            ValidationException.check(historyTable != null && historyTable.matches("[a-z][a-z0-9_]{0,62}"), "historyTable",
                    historyTable, "must match [a-z][a-z0-9_]{0,62}");
            this.historyTable = historyTable;
            return this;
        }

        /** Rows per JDBC batch in bulk writes, default 1000. */
        public Builder batchSize(int batchSize) {
            ValidationException.check(batchSize >= 1 && batchSize <= 100_000, "batchSize", batchSize,
                    "must be between 1 and 100000");
            this.batchSize = batchSize;
            return this;
        }

        /** The clock that times migrations for the history table; default the system UTC clock. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The key that seals page cursors against tampering; default a fixed key, so cursors stay valid across
         * restarts and processes. Hosts that hand cursors to untrusted clients may set their own (the same on
         * every process).
         */
        public Builder cursorSecret(byte[] cursorSecret) {
            ValidationException.check(cursorSecret != null && cursorSecret.length >= 16, "cursorSecret", null,
                    "must be at least 16 bytes");
            this.cursorSecret = cursorSecret.clone();
            return this;
        }

        /**
         * Detects the dialect (unless given), applies the schema mode and returns the store.
         *
         * @throws IllegalStateException   when no data source was given
         * @throws SchemaMismatchException in {@link SchemaMode#VALIDATE} (or {@link SchemaMode#MIGRATE} on a
         *                                 schema changed behind the store's back, or on tables with the store's
         *                                 names that no recorded migration made) when the schema does not match
         * @throws CrmStorageException     when the database cannot be reached or migrated, or is not supported (a
         *                                 migration that failed half-way on H2 or MariaDB is resumed by the next
         *                                 build in {@link SchemaMode#MIGRATE})
         */
        public JdbcCrmStore build() {
            return build(null);
        }

        private JdbcCrmStore build(AutoCloseable owned) {
            if (dataSource == null) {
                throw new IllegalStateException("a data source is required: JdbcCrmStore.builder().dataSource(ds)");
            }
            Dialect resolved = dialect != null ? dialect : detect(dataSource);
            String history = historyTable != null ? historyTable : tablePrefix + "schema_history";
            switch (schemaMode) {
                case MIGRATE -> new MigrationRunner(dataSource, resolved, tablePrefix, history, clock).migrate();
                case VALIDATE -> new MigrationRunner(dataSource, resolved, tablePrefix, history, clock).validate();
                case NONE -> {
                }
            }
            return new JdbcCrmStore(new TransactionRunner(dataSource, resolved, tablePrefix, batchSize, cursorSecret),
                    tablePrefix, owned);
        }

        private static Dialect detect(DataSource dataSource) {
            try (Connection connection = dataSource.getConnection()) {
                return Dialect.detect(connection.getMetaData());
            } catch (SQLException e) {
                throw ExceptionTranslator.translate("connect to detect the database", e);
            } catch (IllegalArgumentException e) {
                throw new CrmStorageException(e.getMessage(), false, e);
            }
        }
    }
}
