package dev.crmkit.jdbc.robustness;

import dev.crmkit.jdbc.JdbcCrmStore;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * {@link CrashConsistencyContract} on the embedded H2 file store ({@link JdbcCrmStore#h2File}): the children and
 * this process open the same file. Every check opens the file with {@code h2File}, which finishes the commits
 * H2 2.5 leaves half-applied when a process is killed while committing ({@link H2InterruptedTransactionTest}
 * shows that H2 behaviour with plain JDBC).
 */
class H2FileCrashConsistencyTest extends CrashConsistencyContract {
    private Path file;

    @Override
    protected void createDatabase(Path work) {
        file = work.resolve("crm");
    }

    @Override
    protected String childDatabase() {
        return "h2file:" + file.toAbsolutePath();
    }

    @Override
    protected JdbcCrmStore openStore() {
        return JdbcCrmStore.h2File(file);
    }

    @Override
    protected DataSource dataSource() {
        // joins the database the open store holds in this JVM
        JdbcDataSource sameFile = new JdbcDataSource();
        sameFile.setURL("jdbc:h2:file:" + file.toAbsolutePath());
        return sameFile;
    }

    @Override
    protected SchemaSnapshot snapshot() {
        return SchemaSnapshot.of(dataSource(), new SchemaSnapshot.Scope(null, "PUBLIC"));
    }

    @Override
    protected void dropDatabase() {
        // the file lives in the test's temporary directory
    }
}
