package dev.crmkit.jdbc.robustness;

import dev.crmkit.jdbc.JdbcCrmStore;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * {@link CrashConsistencyContract} on the embedded H2 file store ({@link JdbcCrmStore#h2File}): the children and
 * this process open the same file.
 *
 * <p>Runs only with {@code -Dcrm.h2.crash=true}: H2 2.5.252 does not pass it. When a transaction's unsaved
 * changes outgrow H2's write buffer (at most 19 MB; a 500-contact import batch into a large database does),
 * H2 writes them to the file before the commit, and after a SIGKILL it sometimes keeps part of them: contacts
 * without their emails, external ids or properties. Plain JDBC on H2 shows the same (docs/robustness.md), so
 * it is H2's to fix; the test is here to show when it is.
 */
@EnabledIfSystemProperty(named = "crm.h2.crash", matches = "true", disabledReason = "H2 2.5.252 keeps parts of "
        + "transactions a SIGKILL interrupted (docs/robustness.md); run with -Dcrm.h2.crash=true")
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
