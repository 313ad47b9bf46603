package dev.crmkit.jdbc.internal;

import dev.crmkit.jdbc.dialect.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Runs the statements of one migration script in order on one connection, in the caller's transaction mode
 * (auto-commit on a database whose DDL commits anyway; one transaction on PostgreSQL).
 *
 * <p><b>Resuming.</b> A start that died while it migrated a database without transactional DDL has run a
 * prefix of the script: the statements run in order, and each DDL statement takes effect whole or not at all
 * (MariaDB's DDL is atomic; H2 commits each statement as one unit). Running the script again, every statement
 * of that prefix fails because its object exists, and such failures are skipped. Once a statement has run,
 * every later one must run too: an object that exists after that point was not made by the dead start
 * (someone else's, or a change made by hand), so the run stops with {@link ObjectExistsException} rather
 * than take it over. A first run may find no existing object at all.
 */
final class ScriptExecution {
    private ScriptExecution() {
    }

    /**
     * Runs every statement.
     *
     * @param resume whether statements at the start of the script whose objects already exist are skipped
     * @return how many statements were skipped
     * @throws ObjectExistsException when a statement's object exists where none may
     * @throws SQLException          when a statement fails for any other reason
     */
    static int run(Connection connection, Dialect dialect, List<String> statements, boolean resume)
            throws SQLException, ObjectExistsException {
        boolean skipping = resume;
        int skipped = 0;
        try (Statement statement = connection.createStatement()) {
            for (int i = 0; i < statements.size(); i++) {
                try {
                    statement.execute(statements.get(i));
                    skipping = false;
                } catch (SQLException e) {
                    if (!dialect.isObjectAlreadyExists(e)) {
                        throw e;
                    }
                    if (!skipping) {
                        throw new ObjectExistsException(i + 1, statements.size(), skipped, e);
                    }
                    skipped++;
                }
            }
        }
        return skipped;
    }

    /** A statement of a script found its object existing where the run may not skip it. */
    static final class ObjectExistsException extends Exception {
        private static final long serialVersionUID = 1L;

        /** The statement's number in the script, from 1. */
        final int statement;
        /** How many statements the script has. */
        final int statements;
        /** How many statements before it were skipped because their objects existed. */
        final int skipped;

        ObjectExistsException(int statement, int statements, int skipped, SQLException cause) {
            super("statement " + statement + " of " + statements + " creates an object that already exists (SQLState "
                    + cause.getSQLState() + ", error " + cause.getErrorCode() + "): " + cause.getMessage(), cause);
            this.statement = statement;
            this.statements = statements;
            this.skipped = skipped;
        }
    }
}
