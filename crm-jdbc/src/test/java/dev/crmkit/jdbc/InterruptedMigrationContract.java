package dev.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.jdbc.KillSwitchDataSource.Killed;
import dev.crmkit.jdbc.dialect.Dialect;
import dev.crmkit.spi.SchemaMismatchException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A first {@link SchemaMode#MIGRATE} killed after any statement (see {@link KillSwitchDataSource}: the connections
 * die, nothing of the runner reaches the database afterwards) is finished by the next start: the store opens, its
 * schema equals a cleanly migrated one in the catalog (tables, columns, keys, indexes, foreign keys), basic CRUD
 * works, and the history holds one successful row per migration, which Flyway accepts. It also checks what the
 * kill left, so the test shows the dangerous state exists: on H2 and MariaDB some tables of version 1 and an
 * unfinished history row; on PostgreSQL, whose DDL is transactional, nothing of version 1 at all.
 *
 * <p>Each store of a test has a table prefix of its own, in one database per test class. Kill points are the
 * statements of a clean first migration (lock, history table, every statement of the scripts, history rows);
 * as many as the subclass asks for are tried: always the row that marks version 1 unfinished, the first and last
 * statements of version 1 and the statement that finishes it, and seeded random ones besides
 * ({@value #SEED_PROPERTY} picks another seed; {@code -Dcrm.soak=true} tries every point). Subclasses only say
 * which database, and how many points.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class InterruptedMigrationContract {
    static final String SEED_PROPERTY = "crm.interrupted.seed";
    private static final long SEED = Long.getLong(SEED_PROPERTY, 20_240_611L);
    private static final String REFERENCE = "ref_";
    private static final Pattern CREATE_TABLE = Pattern.compile("CREATE TABLE " + REFERENCE + "(\\w+)");

    private final TestDatabase.Kind kind;
    private final int sampledKillPoints;
    private TestDatabase database;
    /** The SQL of every statement a clean first migration with prefix {@value #REFERENCE} runs, in order. */
    private List<String> cleanRun;
    private CatalogSnapshot cleanSchema;
    private Dialect dialect;
    /** Positions in {@link #cleanRun}, from 1, of the first and last statement of version 1. */
    private int firstOfV1;
    private int lastOfV1;

    /**
     * @param kind              the database of this test class
     * @param sampledKillPoints how many kill points to try (about a second each on a server, milliseconds on H2)
     */
    protected InterruptedMigrationContract(TestDatabase.Kind kind, int sampledKillPoints) {
        this.kind = kind;
        this.sampledKillPoints = sampledKillPoints;
    }

    @BeforeAll
    void migrateTheReference() {
        database = TestDatabase.of(kind);
        try (KillSwitchDataSource recording = new KillSwitchDataSource(database.jdbcUrl(), KillSwitchDataSource.NEVER);
             JdbcCrmStore store = store(recording, REFERENCE, SchemaMode.MIGRATE)) {
            cleanRun = recording.executed();
            dialect = store.dialect();
        }
        cleanSchema = CatalogSnapshot.of(database.dataSource(), REFERENCE);
        // version 1 is the first block of CREATE statements (later versions may create indexes too)
        firstOfV1 = IntStream.rangeClosed(1, cleanRun.size()).filter(i -> createsV1Object(cleanRun.get(i - 1)))
                .findFirst().orElseThrow();
        int last = firstOfV1;
        while (last < cleanRun.size() && createsV1Object(cleanRun.get(last))) {
            last++;
        }
        lastOfV1 = last;
        assertThat(lastOfV1 - firstOfV1 + 1).as("version 1 runs as one block of CREATE statements: %s", cleanRun)
                .isGreaterThan(40);
        assertThat(cleanRun.get(lastOfV1 - 1)).as("the last statement of version 1").contains("property_");
        assertThat(cleanSchema.tables()).hasSizeGreaterThanOrEqualTo(15);
    }

    @AfterAll
    void dropTheDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aFirstMigrationKilledAfterAnyStatementIsFinishedByTheNextStart() throws SQLException {
        for (int point : killPoints()) {
            String prefix = "k%03d_".formatted(point);
            String context = "killed after statement " + point + " of " + cleanRun.size() + " ("
                    + cleanRun.get(point - 1).replace(REFERENCE, prefix).lines().findFirst().orElse("") + ")";
            killAfter(point, prefix);
            assertWhatTheKillLeft(point, prefix, context);

            try (JdbcCrmStore store = store(database.dataSource(), prefix, SchemaMode.MIGRATE)) {
                assertThat(CatalogSnapshot.of(database.dataSource(), prefix).lines()).as(context)
                        .containsExactlyElementsOf(cleanSchema.lines());
                assertThat(history(prefix)).as(context).containsExactlyElementsOf(JdbcMigrationTest.APPLIED);
                StoreSmokeCheck.assertBasicCrud(store);
            }
            assertThat(JdbcFlywayCompatibilityTest.flyway(database, prefix, prefix + "schema_history")
                    .validateWithResult().validationSuccessful).as(context).isTrue();
        }
    }

    @Test
    void validateReportsAnInterruptedMigrationUntilMigrateFinishesIt() {
        String prefix = "val_";
        killAfter((firstOfV1 + lastOfV1) / 2, prefix);

        assertThatThrownBy(() -> store(database.dataSource(), prefix, SchemaMode.VALIDATE))
                .isInstanceOf(SchemaMismatchException.class)
                .hasMessageContaining(dialect.transactionalDdl() ? "V1__init.sql has not been applied" : "did not finish");
        store(database.dataSource(), prefix, SchemaMode.MIGRATE).close();
        store(database.dataSource(), prefix, SchemaMode.VALIDATE).close();
    }

    @Test
    void aResumeStopsAtAnObjectTheInterruptedMigrationDidNotMakeAndNeverTakesItOver() throws SQLException {
        String prefix = "foe_";
        killAfter(firstOfV1, prefix);
        // a table that version 1 makes later, made by someone else in between
        execute("CREATE TABLE " + prefix + "activity (id INT)");

        // H2, MariaDB: the resume meets the table after statements that did run, and gives up its history row;
        // PostgreSQL kept nothing of version 1, so the table is simply not the store's
        assertThatThrownBy(() -> store(database.dataSource(), prefix, SchemaMode.MIGRATE))
                .isInstanceOf(SchemaMismatchException.class)
                .hasMessageContaining(dialect.transactionalDdl() ? "records no migration" : "cannot be resumed")
                .message().containsIgnoringCase(prefix + "activity");
        assertThat(history(prefix)).isEmpty();
        // so no later start resumes over it either
        assertThatThrownBy(() -> store(database.dataSource(), prefix, SchemaMode.MIGRATE))
                .isInstanceOf(SchemaMismatchException.class).hasMessageContaining("records no migration")
                .message().containsIgnoringCase(prefix + "activity");
    }

    @Test
    void anUnfinishedLastMigrationIsResumedOnlyWhereDdlIsNotTransactional() throws SQLException {
        String prefix = "last_";
        store(database.dataSource(), prefix, SchemaMode.MIGRATE).close();
        execute("UPDATE " + database.quote(prefix + "schema_history") + " SET " + database.quote("success")
                + " = FALSE WHERE " + database.quote("version") + " = '4'");

        if (dialect.transactionalDdl()) {
            assertThatThrownBy(() -> store(database.dataSource(), prefix, SchemaMode.MIGRATE))
                    .isInstanceOf(SchemaMismatchException.class).hasMessageContaining("V4__property_record_index.sql failed");
        } else {
            store(database.dataSource(), prefix, SchemaMode.MIGRATE).close();
            assertThat(history(prefix)).containsExactlyElementsOf(JdbcMigrationTest.APPLIED);
        }
    }

    /**
     * The dialect tells "the object exists" from other DDL failures by code, as the database really reports them;
     * PostgreSQL's recognises nothing, since it never resumes. MariaDB reports a duplicate foreign-key name only
     * as error 1005, which a malformed foreign key shares, so it is not recognised there.
     */
    @Test
    void theDialectRecognisesAnExistingObjectByItsCode() throws SQLException {
        boolean resumes = !dialect.transactionalDdl();
        execute("CREATE TABLE obj_t (id INT NOT NULL, b INT, c INT, PRIMARY KEY (id))");
        execute("CREATE TABLE obj_u (id INT NOT NULL PRIMARY KEY, tid INT)");
        List<String> twice = List.of("CREATE INDEX obj_t_b_ix ON obj_t (b)", "CREATE UNIQUE INDEX obj_t_c_ux ON obj_t (c)",
                "ALTER TABLE obj_t ADD COLUMN d INT", "ALTER TABLE obj_t ADD CONSTRAINT obj_t_d_uq UNIQUE (d)",
                "ALTER TABLE obj_t ADD CONSTRAINT obj_t_d_ck CHECK (d > 0)", "CREATE VIEW obj_v AS SELECT id FROM obj_t",
                "CREATE SEQUENCE obj_s");
        for (String sql : twice) {
            execute(sql);
        }
        String foreignKey = "ALTER TABLE obj_u ADD CONSTRAINT obj_u_fk FOREIGN KEY (tid) REFERENCES obj_t (id)";
        execute(foreignKey);

        List<String> exists = new ArrayList<>(twice);
        exists.add("CREATE TABLE obj_t (id INT)");
        exists.add("ALTER TABLE obj_t ADD PRIMARY KEY (b)");
        for (String sql : exists) {
            assertThat(recognised(sql)).as(sql).isEqualTo(resumes);
        }
        assertThat(recognised(foreignKey)).as(foreignKey).isEqualTo(kind == TestDatabase.Kind.H2);
        for (String sql : List.of("CREATE TABLE obj_bad (id NO_SUCH_TYPE)", "CREATE INDEX obj_ix ON obj_missing (a)",
                "ALTER TABLE obj_u ADD CONSTRAINT obj_u_fk2 FOREIGN KEY (tid) REFERENCES obj_t (no_such_column)")) {
            assertThat(recognised(sql)).as(sql).isFalse();
        }
    }

    /** Whether the statement fails and the dialect takes the failure for "the object exists". */
    private boolean recognised(String sql) {
        SQLException failure = null;
        try {
            execute(sql);
        } catch (SQLException e) {
            failure = e;
        }
        assertThat((Throwable) failure).as("%s must fail", sql).isNotNull();
        return dialect.isObjectAlreadyExists(failure);
    }

    /**
     * What a kill after {@code point} statements left: the tables of the statements that ran (none of version 1
     * on PostgreSQL until it commits), and version 1 recorded as unfinished while it ran (not at all on
     * PostgreSQL).
     */
    private void assertWhatTheKillLeft(int point, String prefix, String context) throws SQLException {
        SortedSet<String> tables = CatalogSnapshot.of(database.dataSource(), prefix).tables();
        tables.removeAll(List.of("schema_history", "schema_history_lock"));
        boolean v1Committed = dialect.transactionalDdl() ? point > lastOfV1 + 1 : point >= firstOfV1;
        assertThat(tables).as(context).isEqualTo(v1Committed ? tablesCreatedBy(point) : new TreeSet<>());
        if (point >= firstOfV1 - 1 && point <= lastOfV1) {
            assertThat(history(prefix)).as(context).isEqualTo(dialect.transactionalDdl() ? List.of() : List.of("1 init false"));
        }
    }

    /** The tables the first {@code point} statements of the clean run create. */
    private SortedSet<String> tablesCreatedBy(int point) {
        SortedSet<String> tables = new TreeSet<>();
        for (String sql : cleanRun.subList(0, point)) {
            Matcher create = CREATE_TABLE.matcher(sql);
            if (create.lookingAt()) {
                tables.add(create.group(1));
            }
        }
        return tables;
    }

    private SortedSet<Integer> killPoints() {
        int statements = cleanRun.size();
        SortedSet<Integer> points = new TreeSet<>();
        if (Boolean.getBoolean("crm.soak") || sampledKillPoints >= statements) {
            IntStream.rangeClosed(1, statements).forEach(points::add);
            return points;
        }
        points.addAll(List.of(firstOfV1 - 1, firstOfV1, lastOfV1, lastOfV1 + 1));
        Random random = new Random(SEED);
        while (points.size() < sampledKillPoints) {
            points.add(1 + random.nextInt(statements));
        }
        return points;
    }

    private void killAfter(int statements, String prefix) {
        try (KillSwitchDataSource dying = new KillSwitchDataSource(database.jdbcUrl(), statements)) {
            assertThatThrownBy(() -> store(dying, prefix, SchemaMode.MIGRATE)).isInstanceOf(Killed.class);
        }
    }

    private static boolean createsV1Object(String sql) {
        return sql.startsWith("CREATE TABLE " + REFERENCE) || sql.startsWith("CREATE INDEX " + REFERENCE);
    }

    private static JdbcCrmStore store(DataSource dataSource, String prefix, SchemaMode mode) {
        return JdbcCrmStore.builder().dataSource(dataSource).tablePrefix(prefix).schemaMode(mode).build();
    }

    /** Version, description and success of each history row; empty while the history table does not exist. */
    private List<String> history(String prefix) throws SQLException {
        String table = database.quote(prefix + "schema_history");
        return JdbcMigrationTest.tableExists(database.dataSource(), table)
                ? JdbcMigrationTest.historyRows(database.dataSource(), table) : List.of();
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
