package dev.crmkit.jdbc.robustness;

import dev.crmkit.jdbc.JdbcCrmStore;
import dev.crmkit.jdbc.SchemaMode;
import java.nio.file.Path;
import java.time.Duration;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * {@link CrashConsistencyContract} on PostgreSQL ({@code CRM_TEST_POSTGRES_URL}), in a schema of its own; the
 * children connect with the same URL.
 */
class PostgresCrashConsistencyTest extends CrashConsistencyContract {
    /** The children's connections say who they are, so the test can wait for the server to end their sessions. */
    private static final String CHILD_APPLICATION = "crm-crash-child";
    private static final Duration SESSION_END_LIMIT = Duration.ofSeconds(60);

    private ScratchDatabase database;
    private long analyzedAt;

    @Override
    protected void createDatabase(Path work) {
        database = ScratchDatabase.create(ScratchDatabase.Kind.POSTGRES, 2);
    }

    @Override
    protected String childDatabase() {
        // the scratch URL always has parameters (currentSchema)
        return database.jdbcUrl() + "&ApplicationName=" + CHILD_APPLICATION;
    }

    /**
     * Waits until the server has ended every session of the killed child: a backend that received COMMIT just
     * before its client died finishes that commit first, then notices the closed socket and exits.
     */
    @Override
    protected void awaitKilledChildGone() {
        long deadline = System.nanoTime() + SESSION_END_LIMIT.toNanos();
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement sessions = connection.prepareStatement("SELECT COUNT(*) FROM pg_stat_activity"
                     + " WHERE application_name = ? AND datname = current_database()")) {
            sessions.setString(1, CHILD_APPLICATION);
            while (true) {
                try (ResultSet count = sessions.executeQuery()) {
                    count.next();
                    if (count.getLong(1) == 0) {
                        return;
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the killed child's sessions were still open after " + SESSION_END_LIMIT);
                }
                Thread.sleep(50);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read pg_stat_activity", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the child's sessions to end", e);
        }
    }

    @Override
    protected JdbcCrmStore openStore() {
        return JdbcCrmStore.builder().dataSource(database.dataSource()).schemaMode(SchemaMode.MIGRATE).build();
    }

    @Override
    protected DataSource dataSource() {
        return database.dataSource();
    }

    @Override
    protected SchemaSnapshot snapshot() {
        return database.snapshot();
    }

    /**
     * Gives the planner statistics of the tables the children fill, whenever the stored contacts have doubled.
     * Without them (autovacuum off, as on test servers, or not yet run) it plans the importer's look-up by
     * primary email as a scan of the tenant's contacts, and a child needs seconds per row.
     */
    @Override
    protected void afterCheck(long storedContacts) {
        analyzeWhenDoubled(storedContacts);
    }

    /**
     * The same during the final re-run, which grows the tables from what the kills left to the whole file: plans
     * made on the statistics of the start (a hash join over a scan of the contacts, say) cost seconds per batch
     * by its end. The rows read bound the contacts stored from above, which is all the doubling rule needs.
     */
    @Override
    protected void duringRerun(long rowsRead) {
        analyzeWhenDoubled(rowsRead);
    }

    private void analyzeWhenDoubled(long storedContacts) {
        if (storedContacts == 0 || storedContacts < 2 * analyzedAt) {
            return;
        }
        analyzedAt = storedContacts;
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            for (String table : List.of("contact", "contact_email", "contact_phone", "external_id", "property_value")) {
                statement.execute("ANALYZE crm_" + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot analyze the tables: " + e.getMessage(), e);
        }
    }

    @Override
    protected void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }
}
