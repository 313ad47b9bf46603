package dev.crmkit.jdbc.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.jdbc.internal.H2InterruptedCommits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.h2.api.ErrorCode;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.tx.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What H2 2.5.252 itself makes of a transaction a process kill interrupts after H2 wrote part of it to the file,
 * shown with plain JDBC ({@link H2InterruptedTransactionMain}: two tables, one large transaction, the JVM halted
 * right after an H2 file write) and no CRMKit code but the fix under test, {@link H2InterruptedCommits}.
 *
 * <p>Killed before its commit, the transaction is rolled back whole when the file is opened again: H2's undo
 * log does its job. Killed during its commit, after H2 wrote the "committed" marker and some of the rows, it
 * is neither: H2 registers it as committed, does not finish it (H2 2.3 did), and keeps it open with half of its
 * rows visible (parents without children), blocking writes to the rest, on every opening. The test asserts that
 * H2 behaviour, so it fails when an H2 version fixes it (then {@link H2InterruptedCommits} can go), and that the
 * fix finishes the commit. Each case starts one child JVM; a few seconds each.
 */
class H2InterruptedTransactionTest {
    /** {@code JdbcCrmStore.h2File}'s settings, with a short lock timeout for the blocked write. */
    private static final String SETTINGS = ";WRITE_DELAY=0;LOCK_TIMEOUT=500";

    @TempDir
    Path dir;

    @Test
    void aTransactionKilledBeforeItsCommitIsRolledBackWhole() throws Exception {
        String url = url();
        assertThat(runChild(url, "before-commit")).as("the child halted after H2 wrote part of the transaction")
                .isEqualTo(H2InterruptedTransactionMain.HALTED);

        try (Connection reopened = DriverManager.getConnection(url)) {
            assertThat(leftoverTransactions(reopened)).isEmpty();
            assertBaselineWhole(reopened);
            assertThat(count(reopened, "SELECT COUNT(*) FROM parent WHERE batch = 1")).isZero();
            assertThat(count(reopened, "SELECT COUNT(*) FROM child")).isEqualTo(childrenOf(H2InterruptedTransactionMain.BASELINE));
        }
    }

    @Test
    void aCommitKilledAfterH2WrotePartOfItStaysHalfAppliedUntilTheStoreFinishesIt() throws Exception {
        String url = url();
        assertThat(runChild(url, "in-commit")).as("the child halted after H2 wrote during the commit")
                .isEqualTo(H2InterruptedTransactionMain.HALTED);

        long parents;
        long children;
        try (Connection reopened = DriverManager.getConnection(url)) {
            assertThat(leftoverTransactions(reopened)).as("H2 keeps the interrupted commit open as COMMITTED")
                    .containsExactly("COMMITTED");
            assertBaselineWhole(reopened);
            parents = count(reopened, "SELECT COUNT(*) FROM parent WHERE batch = 1");
            children = count(reopened, "SELECT COUNT(*) FROM child") - childrenOf(H2InterruptedTransactionMain.BASELINE);
            assertThat(parents + children).as("rows of the interrupted transaction, %d parents and %d children visible",
                    parents, children).isPositive().isLessThan(H2InterruptedTransactionMain.PARENTS
                    + childrenOf(H2InterruptedTransactionMain.PARENTS));
            System.out.printf("[robustness] H2 2.5 after a commit killed half-way: %d of %d parents and %d of %d "
                    + "children of the transaction visible, the transaction open as COMMITTED%n", parents,
                    H2InterruptedTransactionMain.PARENTS, children, childrenOf(H2InterruptedTransactionMain.PARENTS));
            assertThatThrownBy(() -> insertParentOfBatch1(reopened, firstInvisibleParent(reopened)))
                    .as("a write meeting a row of the unfinished commit waits for it until the lock timeout")
                    .isInstanceOfSatisfying(SQLException.class,
                            e -> assertThat(e.getErrorCode()).isEqualTo(ErrorCode.LOCK_TIMEOUT_1));
        }
        try (Connection again = DriverManager.getConnection(url)) {
            assertThat(leftoverTransactions(again)).as("every opening finds it again").containsExactly("COMMITTED");
            assertThat(count(again, "SELECT COUNT(*) FROM parent WHERE batch = 1")).isEqualTo(parents);
        }

        try (Connection fixed = DriverManager.getConnection(url)) {
            assertThat(H2InterruptedCommits.finish(fixed)).isEqualTo(1);
            assertTransactionWhole(fixed);
        }
        try (Connection afterwards = DriverManager.getConnection(url)) {
            assertThat(H2InterruptedCommits.finish(afterwards)).isZero();
            assertTransactionWhole(afterwards);
        }
    }

    private String url() {
        return "jdbc:h2:file:" + dir.resolve("probe").toAbsolutePath() + SETTINGS;
    }

    /** Runs the child to its end and returns its exit status; fails when it had nothing to show. */
    private int runChild(String url, String when) throws IOException, InterruptedException {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path log = dir.resolve("child-" + when + ".log");
        Process process = new ProcessBuilder(javaBin, "-Xmx128m", "-XX:+UseSerialGC", "-cp", classPath,
                H2InterruptedTransactionMain.class.getName(), url, when).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        process.getOutputStream().close();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the child did not end within 3 minutes: " + Files.readString(log));
        }
        List<String> output = Files.readAllLines(log, StandardCharsets.UTF_8);
        // halted while inserting (before-commit) or while committing (in-commit), never after either
        assertThat(output).as("child output").containsExactlyElementsOf(when.equals("in-commit")
                ? List.of("baseline", "inserted", "committing") : List.of("baseline"));
        return process.exitValue();
    }

    private static void assertBaselineWhole(Connection connection) throws SQLException {
        assertThat(count(connection, "SELECT COUNT(*) FROM parent WHERE batch = 0")).isEqualTo(H2InterruptedTransactionMain.BASELINE);
        assertThat(count(connection, "SELECT COUNT(*) FROM child c JOIN parent p ON p.id = c.parent_id WHERE p.batch = 0"))
                .isEqualTo(childrenOf(H2InterruptedTransactionMain.BASELINE));
    }

    private static void assertTransactionWhole(Connection connection) throws SQLException {
        assertThat(leftoverTransactions(connection)).isEmpty();
        assertBaselineWhole(connection);
        assertThat(count(connection, "SELECT COUNT(*) FROM parent WHERE batch = 1")).isEqualTo(H2InterruptedTransactionMain.PARENTS);
        assertThat(count(connection, "SELECT COUNT(*) FROM child c JOIN parent p ON p.id = c.parent_id WHERE p.batch = 1"))
                .isEqualTo(childrenOf(H2InterruptedTransactionMain.PARENTS));
        assertThat(count(connection, "SELECT COUNT(*) FROM child")).isEqualTo(
                childrenOf(H2InterruptedTransactionMain.BASELINE + H2InterruptedTransactionMain.PARENTS));
    }

    /** The status of every transaction H2 found unfinished in the file and still holds open. */
    private static List<String> leftoverTransactions(Connection connection) throws SQLException {
        SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
        return session.getDatabase().getStore().getTransactionStore().getOpenTransactions().stream()
                .map(H2InterruptedTransactionTest::statusName).toList();
    }

    private static String statusName(Transaction transaction) {
        return switch (transaction.getStatus()) {
            case Transaction.STATUS_OPEN -> "OPEN";
            case Transaction.STATUS_PREPARED -> "PREPARED";
            case Transaction.STATUS_COMMITTED -> "COMMITTED";
            default -> "status " + transaction.getStatus();
        };
    }

    /** A parent of the interrupted transaction that readers do not see. */
    private static UUID firstInvisibleParent(Connection connection) throws SQLException {
        try (PreparedStatement visible = connection.prepareStatement("SELECT COUNT(*) FROM parent WHERE id = ?")) {
            for (UUID id : H2InterruptedTransactionMain.parentIds(1, H2InterruptedTransactionMain.PARENTS)) {
                visible.setObject(1, id);
                try (ResultSet row = visible.executeQuery()) {
                    row.next();
                    if (row.getLong(1) == 0) {
                        return id;
                    }
                }
            }
        }
        throw new AssertionError("every parent of the interrupted transaction is visible");
    }

    private static void insertParentOfBatch1(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO parent VALUES (?, 1, 'again')")) {
            insert.setObject(1, id);
            insert.executeUpdate();
        }
    }

    private static long childrenOf(long parents) {
        return parents * H2InterruptedTransactionMain.CHILDREN;
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
