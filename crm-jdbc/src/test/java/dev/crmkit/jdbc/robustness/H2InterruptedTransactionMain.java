package dev.crmkit.jdbc.robustness;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.db.Store;

/**
 * A process that writes one large transaction into an H2 file database with plain JDBC and dies the moment H2
 * has written part of it to the file, as a SIGKILL would find it; no CRMKit code. Run by
 * {@link H2InterruptedTransactionTest} as
 * {@code java -Xmx128m -cp <test classpath> dev.crmkit.jdbc.robustness.H2InterruptedTransactionMain <url> <when>}.
 *
 * <p>It creates two tables, {@code parent} (random UUID key, an indexed name) and {@code child} (two rows per
 * parent, a foreign key and an indexed value), commits {@value #BASELINE} parents as batch 0, then inserts
 * {@value #PARENTS} parents and their children as batch 1 in one transaction: every parent first, then every
 * child, as an import writes a batch table by table. A thread watches H2's count of completed file writes and
 * halts the JVM ({@link Runtime#halt}: no shutdown hook, no close, nothing more written) after the first one
 * that happens {@code when} says:
 * <ul>
 *   <li>{@code in-commit}: while {@link Connection#commit()} runs. H2 writes a version of the file whenever
 *       its unsaved changes outgrow its write buffer (8 MB with this heap), so it writes during the commit of
 *       a transaction this large, before the commit returns (the inserts' unsaved changes are written just
 *       before the commit, so that write comes from the commit's own changes);</li>
 *   <li>{@code before-commit}: while the transaction's rows are inserted, long before its commit.</li>
 * </ul>
 * Output lines: {@code baseline}, {@code inserted}, {@code committing}; {@code committed} if the commit returned
 * without H2 writing during it. The exit status of a halt is {@link #HALTED}; a {@code before-commit} run whose
 * inserts H2 did not write exits with 0 after {@code inserted}. Either way the test then has nothing to show.
 */
public final class H2InterruptedTransactionMain {
    /** Parents committed before the large transaction. */
    static final int BASELINE = 1_000;
    /** Parents in the large transaction, each with {@value #CHILDREN} children. */
    static final int PARENTS = 20_000;
    static final int CHILDREN = 2;
    /** The exit status of the halt: what a SIGKILL would report. */
    static final int HALTED = 137;
    static final long SEED = 77;

    private H2InterruptedTransactionMain() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        boolean inCommit = switch (args[1]) {
            case "in-commit" -> true;
            case "before-commit" -> false;
            default -> throw new IllegalArgumentException("when: in-commit or before-commit, not " + args[1]);
        };
        PrintStream out = System.out;
        try (Connection connection = DriverManager.getConnection(url)) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("CREATE TABLE parent (id UUID PRIMARY KEY, batch INT NOT NULL, name VARCHAR(100) NOT NULL)");
                ddl.execute("CREATE INDEX parent_name_ix ON parent (name)");
                ddl.execute("CREATE TABLE child (parent_id UUID NOT NULL REFERENCES parent (id), position INT NOT NULL,"
                        + " v VARCHAR(100) NOT NULL, PRIMARY KEY (parent_id, position))");
                ddl.execute("CREATE INDEX child_v_ix ON child (v)");
            }
            connection.setAutoCommit(false);
            insertBatch(connection, 0, BASELINE);
            connection.commit();
            out.println("baseline");
            FileStore<?> file = fileStore(connection);
            if (!inCommit) {
                haltAfterNextWrite(file);
            }
            insertBatch(connection, 1, PARENTS);
            out.println("inserted");
            out.flush();
            if (!inCommit) {
                // H2 wrote nothing while inserting: nothing to show, and nothing to commit
                Runtime.getRuntime().halt(0);
            }
            // writes the inserts' unsaved pages now, so that the next write is one the commit itself makes,
            // after its "committed" marker
            store(connection).flush();
            out.println("committing");
            out.flush();
            haltAfterNextWrite(file);
            connection.commit();
            out.println("committed");
        }
    }

    /** The ids of batch {@code batch}'s parents, the same in every run. */
    static UUID[] parentIds(int batch, int count) {
        Random random = new Random(SEED + batch);
        UUID[] ids = new UUID[count];
        for (int i = 0; i < count; i++) {
            ids[i] = new UUID(random.nextLong(), random.nextLong());
        }
        return ids;
    }

    private static void insertBatch(Connection connection, int batch, int count) throws SQLException {
        UUID[] ids = parentIds(batch, count);
        try (PreparedStatement parent = connection.prepareStatement("INSERT INTO parent VALUES (?, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                parent.setObject(1, ids[i]);
                parent.setInt(2, batch);
                parent.setString(3, "name " + ids[i]);
                parent.addBatch();
                if (i % 1000 == 999) {
                    parent.executeBatch();
                }
            }
            parent.executeBatch();
        }
        try (PreparedStatement child = connection.prepareStatement("INSERT INTO child VALUES (?, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                for (int position = 0; position < CHILDREN; position++) {
                    child.setObject(1, ids[i]);
                    child.setInt(2, position);
                    child.setString(3, position + " of " + ids[i]);
                    child.addBatch();
                }
                if (i % 500 == 499) {
                    child.executeBatch();
                }
            }
            child.executeBatch();
        }
    }

    /** The file store behind an embedded connection: its write counter is what the watcher reads. */
    private static FileStore<?> fileStore(Connection connection) throws SQLException {
        return store(connection).getMvStore().getFileStore();
    }

    private static Store store(Connection connection) throws SQLException {
        return ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession()).getDatabase().getStore();
    }

    /** Starts a thread that halts the JVM as soon as the file has had one more completed write than now. */
    private static void haltAfterNextWrite(FileStore<?> file) {
        long writes = file.getWriteCount();
        Thread watcher = new Thread(() -> {
            while (file.getWriteCount() == writes) {
                LockSupport.parkNanos(10_000);
            }
            Runtime.getRuntime().halt(HALTED);
        }, "halt-after-write");
        watcher.setDaemon(true);
        watcher.start();
    }
}
