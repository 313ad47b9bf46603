package dev.crmkit.jdbc.dialect;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What differs between the databases the JDBC store supports: value binding for UUIDs and moments, the
 * upsert statement, null ordering, the migration lock and the schema-history table. The defaults suit
 * databases with native {@code UUID} and {@code TIMESTAMP WITH TIME ZONE} types; {@link H2Dialect},
 * {@link PostgresDialect} and {@link MariaDbDialect} override what their database does differently.
 * Detected with {@link #detect(DatabaseMetaData)}; a host can pass its own to the store's builder.
 *
 * <p>Implementations are stateless and thread-safe.
 */
public interface Dialect {

    /** The database's name as shown in messages, e.g. {@code PostgreSQL}. */
    String name();

    /**
     * The folder below {@code dev/crmkit/jdbc/migration/} that holds this database's migration scripts
     * ({@code h2}, {@code postgresql} or {@code mariadb}).
     */
    String migrationFolder();

    /** Binds a UUID (or SQL NULL) to a parameter of a UUID column. */
    default void setUuid(PreparedStatement statement, int index, UUID value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.OTHER);
        } else {
            statement.setObject(index, value);
        }
    }

    /** Reads a UUID column; {@code null} for SQL NULL. */
    default UUID getUuid(ResultSet row, int index) throws SQLException {
        return row.getObject(index, UUID.class);
    }

    /** Binds a moment (or SQL NULL) to a parameter of a timestamp column, in UTC with microsecond precision. */
    default void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
        }
    }

    /** Reads a timestamp column as a moment; {@code null} for SQL NULL. */
    default Instant getInstant(ResultSet row, int index) throws SQLException {
        OffsetDateTime value = row.getObject(index, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /**
     * The value to store in the filterable decimal column of a custom number property: the number itself
     * where the column type holds any decimal, {@code null} where it cannot hold this one exactly enough
     * to be filtered on (the exact value is always kept as text besides).
     */
    default BigDecimal filterableNumber(BigDecimal value) {
        return value;
    }

    /**
     * The clause that ends a query to lock the rows it reads of the table with {@code alias} until the
     * transaction ends (the default locks the rows of every table of the query).
     */
    default String forUpdateOf(String alias) {
        return " FOR UPDATE";
    }

    /**
     * The condition of a page query that {@code column} (a {@code tenant_id}) equals the next parameter, written
     * so the database knows every row it keeps has that one value: pages are ordered by {@code tenant_id}
     * first (see {@code ordersNarrowPagesWithoutTenant}), and only a column the database takes as constant lets
     * it read such an order from an index instead of sorting the whole tenant.
     */
    default String tenantMatch(String column) {
        return column + " = ?";
    }

    /** An ascending {@code ORDER BY} term for {@code expression} that puts NULLs after every value. */
    default String ascendingNullsLast(String expression) {
        return expression + " ASC NULLS LAST";
    }

    /**
     * A statement that inserts a row with {@code columns} (one {@code ?} per column, in order) or, when a row
     * with the same {@code keyColumns} exists, overwrites every other column with the given values.
     *
     * @param table      the table name (already validated)
     * @param columns    every column written, including the key columns
     * @param keyColumns the columns of the primary key that decides whether the row exists
     */
    String upsert(String table, List<String> columns, List<String> keyColumns);

    /**
     * Whether a key list is written as one row-value {@code IN}, {@code (tenant_id, owner_id) IN ((?, ?), ...)},
     * instead of {@code tenant_id = ? AND owner_id IN (?, ...)}. A database whose planner uses an index for an
     * {@code IN} list only on the index's first column would otherwise scan the whole tenant for every list,
     * since {@code tenant_id} leads every index.
     */
    default boolean keyListsAsRowValues() {
        return false;
    }

    /**
     * What to order and compare the text column {@code column} by so that it sorts by Unicode code point, as the
     * SPI's name orders require: the column itself (the default) where its collation is binary UTF-8, as
     * PostgreSQL's {@code "C"} and MariaDB's {@code utf8mb4_nopad_bin} are. Values compared with it are bound
     * with {@link #setCodePointKey}.
     */
    default String codePointOrder(String column) {
        return column;
    }

    /** Binds a text (never null) that is compared with a {@link #codePointOrder} expression. */
    default void setCodePointKey(PreparedStatement statement, int index, String value) throws SQLException {
        statement.setString(index, value);
    }

    /**
     * Whether {@code column LIKE 'prefix%'} finds every row whose text starts with the prefix, also when the
     * database reads the rows from an index on the column. Where it does not, the store asks for the range of
     * text that starts with the prefix instead ({@code column >= prefix AND column < next}, {@code next} being
     * the prefix with its last code point incremented), which a binary collation orders by code point.
     */
    default boolean likeFindsEveryPrefixMatch() {
        return true;
    }

    /**
     * Whether a page whose filter narrows the rows to a few (an email, a domain, a name, a parent record, the
     * related records of a timeline) is ordered by its sort columns alone instead of {@code tenant_id} first.
     * Every query names one tenant, so both orders are the same; they differ in what the planner makes of
     * them. H2 takes an index as delivering the order only when the order starts with the index's first column
     * ({@code tenant_id}, in every index) and then prefers that index to one that narrows the rows, reading the
     * whole tenant to fill one page; ordered by the sort columns alone it looks the few rows up through the
     * filter's index and sorts them. MariaDB does the opposite: ordered by {@code id} alone it may walk the
     * primary key and filter, while {@code tenant_id} first keeps it on the filter's index; PostgreSQL plans
     * both alike. Hence the default, {@code false}. Filters that keep many rows (an owner, a stage, a date
     * range) always order {@code tenant_id} first, so every database reads the page in order from an index.
     */
    default boolean ordersNarrowPagesWithoutTenant() {
        return false;
    }

    /**
     * Whether the planner reads an OR of conditions on differently indexed columns (a name that starts with a
     * text in the first, last or full name; a timeline of some contacts, accounts and deals) through each
     * column's index, as PostgreSQL's bitmap OR and MariaDB's index merge do. Where it cannot (H2, which reads
     * one index per table and filters the rest), the store writes such a filter as a {@code UNION} with one
     * branch per index.
     */
    default boolean combinesIndexesForOr() {
        return true;
    }

    /** Whether DDL statements take part in transactions (so a failed migration leaves nothing behind). */
    default boolean transactionalDdl() {
        return false;
    }

    /**
     * Whether a DDL statement failed because the object it creates (table, view, sequence, index, constraint,
     * column, primary key) already exists, told by SQLState or vendor code, never by message text. The schema
     * runner asks this only while it resumes a migration that an earlier start left unfinished on a database
     * without {@linkplain #transactionalDdl() transactional DDL}: a statement the earlier start already ran
     * fails this way and is skipped. The default, {@code false}, recognises nothing, so such a resume stops at
     * the first statement that already ran (safe, but the schema then needs repair by hand).
     *
     * @param failure the exception the statement threw
     */
    default boolean isObjectAlreadyExists(SQLException failure) {
        return false;
    }

    /**
     * Whether the migration lock must be held on a connection of its own rather than on the one that runs
     * the migration (true when migrating would release the lock, e.g. because DDL commits).
     */
    default boolean migrationLockNeedsOwnConnection() {
        return false;
    }

    /**
     * Blocks until this process holds the schema-migration lock {@code lockName} (an identifier made of
     * lower-case letters, digits and {@code _}), so that two processes starting together do not both migrate.
     */
    void acquireMigrationLock(Connection connection, String lockName) throws SQLException;

    /** Releases what {@link #acquireMigrationLock} took. */
    void releaseMigrationLock(Connection connection, String lockName) throws SQLException;

    /**
     * A quoted identifier, as Flyway writes the names of its history table and its columns (so on H2, where
     * unquoted names are upper-cased, the store and Flyway mean the same table).
     */
    default String quoteIdentifier(String name) {
        return '"' + name + '"';
    }

    /**
     * The DDL of the schema-history table, with Flyway's columns and types so that the same table can be
     * managed by Flyway ({@code table} setting) and by the store.
     *
     * @param table the table name, already quoted with {@link #quoteIdentifier}
     * @param name  the table name unquoted (for naming its primary key)
     */
    default String createHistoryTable(String table, String name) {
        return """
                CREATE TABLE %s (
                    %s INT NOT NULL,
                    %s VARCHAR(50),
                    %s VARCHAR(200) NOT NULL,
                    %s VARCHAR(20) NOT NULL,
                    %s VARCHAR(1000) NOT NULL,
                    %s INT,
                    %s VARCHAR(100) NOT NULL,
                    %s TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL,
                    %s INT NOT NULL,
                    %s BOOLEAN NOT NULL,
                    CONSTRAINT %s PRIMARY KEY (%s)
                )""".formatted(table, quoteIdentifier("installed_rank"), quoteIdentifier("version"),
                quoteIdentifier("description"), quoteIdentifier("type"), quoteIdentifier("script"),
                quoteIdentifier("checksum"), quoteIdentifier("installed_by"), quoteIdentifier("installed_on"),
                quoteIdentifier("execution_time"), quoteIdentifier("success"), quoteIdentifier(name + "_pk"),
                quoteIdentifier("installed_rank"));
    }

    /**
     * The dialect for a database product, as {@link DatabaseMetaData#getDatabaseProductName()} names it.
     *
     * @throws IllegalArgumentException for a database the store does not support
     */
    static Dialect forProductName(String productName) {
        String name = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
        if (name.startsWith("h2")) {
            return new H2Dialect();
        }
        if (name.startsWith("postgresql")) {
            return new PostgresDialect();
        }
        if (name.startsWith("mariadb")) {
            return new MariaDbDialect();
        }
        throw new IllegalArgumentException("unsupported database '" + productName
                + "': the JDBC store supports H2, PostgreSQL and MariaDB (pass a Dialect to the builder for others)");
    }

    /**
     * The dialect of the database behind a connection.
     *
     * @throws IllegalArgumentException for a database the store does not support
     */
    static Dialect detect(DatabaseMetaData metaData) throws SQLException {
        return forProductName(metaData.getDatabaseProductName());
    }

    /** Joins {@code columns} with commas; a helper for {@link #upsert} implementations. */
    static String columnList(List<String> columns) {
        return String.join(", ", columns);
    }

    /** {@code n} comma-separated parameter markers. */
    static String markers(int n) {
        return java.util.Collections.nCopies(n, "?").stream().collect(Collectors.joining(", "));
    }

    /** Runs one statement without parameters; a helper for lock implementations. */
    static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
