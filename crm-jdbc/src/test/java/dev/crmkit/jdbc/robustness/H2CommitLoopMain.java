package dev.crmkit.jdbc.robustness;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A process that commits batches of rows into an H2 file database with plain JDBC until it is killed, printing
 * {@code committed <batch>} after each commit returned; no CRMKit code. Run by {@link H2AcknowledgedCommitTest}
 * as {@code java -cp <test classpath> dev.crmkit.jdbc.robustness.H2CommitLoopMain <url>}. Each batch is
 * {@value #ROWS} rows with random keys in a table with two secondary indexes, so every commit changes pages all
 * over the file; batches are numbered on from the highest one stored.
 */
public final class H2CommitLoopMain {
    static final int ROWS = 3_000;

    private H2CommitLoopMain() {
    }

    /** The table the batches go to, if it is not there yet. */
    static void createTable(Connection connection) throws SQLException {
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE IF NOT EXISTS row_batch (id UUID PRIMARY KEY, batch BIGINT NOT NULL, v VARCHAR(200))");
            ddl.execute("CREATE INDEX IF NOT EXISTS row_batch_v_ix ON row_batch (v)");
            ddl.execute("CREATE INDEX IF NOT EXISTS row_batch_batch_ix ON row_batch (batch)");
        }
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        try (Connection connection = DriverManager.getConnection(args[0])) {
            createTable(connection);
            connection.setAutoCommit(false);
            long batch;
            try (Statement query = connection.createStatement();
                 ResultSet last = query.executeQuery("SELECT COALESCE(MAX(batch), 0) FROM row_batch")) {
                last.next();
                batch = last.getLong(1);
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO row_batch VALUES (RANDOM_UUID(), ?, RANDOM_UUID() || ' and some text to fill the page')")) {
                while (true) {
                    batch++;
                    for (int i = 0; i < ROWS; i++) {
                        insert.setLong(1, batch);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                    connection.commit();
                    out.println("committed " + batch);
                    out.flush();
                }
            }
        }
    }
}
