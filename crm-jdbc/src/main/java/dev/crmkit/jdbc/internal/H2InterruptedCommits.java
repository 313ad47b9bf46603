package dev.crmkit.jdbc.internal;

import dev.crmkit.spi.CrmStorageException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.h2.engine.Database;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.tx.Transaction;
import org.h2.mvstore.tx.TransactionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finishes the commits that a process killed while committing left half-applied in an H2 file database, and
 * that H2 2.5 itself leaves so.
 *
 * <p>How H2 (MVStore) commits: a transaction's changes go into the tables at once, marked uncommitted, and into
 * an undo log. Committing appends a "committed" marker to the undo log, then turns the marked rows into
 * committed ones, map page by map page in undo-log order, then empties the undo log. H2 writes a new version
 * of the file whenever the unsaved changes outgrow its write buffer (at most 19 MB), also in the middle of
 * that loop; a process killed after such a write leaves a file whose undo log has the marker, with some rows
 * of the transaction committed and the rest still marked uncommitted. On opening, H2 reads the marker and
 * registers the transaction as {@code COMMITTED}, then asks every leftover transaction to end. H2 2.3.232 rolled
 * a committed one forward there; H2 2.5.252's {@code Transaction.commit()} only commits a transaction that is
 * still active, so it does nothing for this one. The transaction then stays open for as long as the database is:
 * readers see its rows committed before the kill (contacts, say) but not the rest (their emails, external
 * ids and properties, or the deletes of rows it replaced), a writer that meets one of the rest waits for it
 * until its lock timeout, and every later opening finds the same half. Transactions killed before their
 * commit began have no marker, and H2 rolls them back whole, as it should.
 *
 * <p>{@link #finish(Connection)} rolls such transactions forward the way H2 2.3 did, through the method H2's
 * own commit uses ({@code TransactionStore.commit(Transaction, boolean)} with {@code recovery} set), and ends
 * them. H2 offers no public way to do this, so the two package-private methods are called by reflection; they
 * are needed only when such a transaction exists, and their absence then is an error rather than a silent
 * half-commit. Rolling forward is what H2 means by the marker: the commit had begun (its caller had not yet
 * been told it succeeded), so finishing it is as atomic as undoing it would be, and it is the outcome H2 chose.
 * {@code H2InterruptedTransactionTest} shows both H2's behaviour and this repair with plain JDBC.
 */
public final class H2InterruptedCommits {
    private static final Logger LOG = LoggerFactory.getLogger(H2InterruptedCommits.class);

    private H2InterruptedCommits() {
    }

    /**
     * Finishes every half-applied commit of the embedded H2 database {@code connection} belongs to, and writes
     * the result to the file. Does nothing unless this connection's session is the database's only one (the
     * database was just opened by it): a transaction of another session may be {@code COMMITTED} because it is
     * committing at this moment, and a server connection cannot reach the database's transactions at all.
     *
     * @return the number of commits finished
     * @throws CrmStorageException when H2 has such a commit but its methods to finish it cannot be called
     */
    public static int finish(Connection connection) throws SQLException {
        if (!connection.isWrapperFor(JdbcConnection.class)
                || !(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
            return 0;
        }
        Database database = session.getDatabase();
        if (!database.isPersistent() || database.getSessions(false).length != 1) {
            return 0;
        }
        TransactionStore transactions = database.getStore().getTransactionStore();
        List<Transaction> halfApplied = transactions.getOpenTransactions().stream()
                .filter(t -> t.getStatus() == Transaction.STATUS_COMMITTED).toList();
        if (halfApplied.isEmpty()) {
            return 0;
        }
        Method commit = packagePrivate("commit");
        Method end = packagePrivate("endTransaction");
        for (Transaction transaction : halfApplied) {
            invoke(commit, transactions, transaction);
            invoke(end, transactions, transaction);
        }
        database.getStore().flush();
        LOG.warn("Finished {} commit(s) of the H2 database {} that a killed process had left half-applied",
                halfApplied.size(), database.getName());
        return halfApplied.size();
    }

    /** {@code TransactionStore.<name>(Transaction, boolean)}, made callable. */
    private static Method packagePrivate(String name) {
        try {
            Method method = TransactionStore.class.getDeclaredMethod(name, Transaction.class, boolean.class);
            method.setAccessible(true);
            return method;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new CrmStorageException("the H2 database holds a commit a killed process left half-applied, and this "
                    + "H2 version has no TransactionStore." + name + "(Transaction, boolean) to finish it with", false, e);
        }
    }

    /** Calls {@code method} with {@code recovery} (commit) or {@code hasChanges} (end) set, as H2 does. */
    private static void invoke(Method method, TransactionStore transactions, Transaction transaction) {
        try {
            method.invoke(transactions, transaction, true);
        } catch (IllegalAccessException e) {
            throw new CrmStorageException("cannot call H2's " + method + ": " + e.getMessage(), false, e);
        } catch (InvocationTargetException e) {
            throw new CrmStorageException("H2 could not finish the interrupted commit of transaction " + transaction
                    + ": " + e.getCause(), false, e.getCause());
        }
    }
}
