package dev.crmkit.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Statement splitting and Flyway's checksum of the migration scripts. */
class JdbcScriptTest {

    @Test
    void splitsAtSemicolonsOutsideQuotesAndComments() {
        String script = """
                -- a comment; with a semicolon
                CREATE TABLE a (x VARCHAR(10) DEFAULT 'a;b'); /* block; comment */
                INSERT INTO a VALUES ('it''s; fine');
                -- trailing comment only
                """;

        assertThat(ScriptSplitter.split(script)).containsExactly("CREATE TABLE a (x VARCHAR(10) DEFAULT 'a;b')",
                "INSERT INTO a VALUES ('it''s; fine')");
    }

    @Test
    void theChecksumIgnoresLineEndingsAndAByteOrderMark() {
        int unix = Migration.checksum("SELECT 1;\nSELECT 2;\n");

        assertThat(Migration.checksum("SELECT 1;\r\nSELECT 2;\r\n")).isEqualTo(unix);
        assertThat(Migration.checksum("\uFEFFSELECT 1;\nSELECT 2;")).isEqualTo(unix);
        CRC32 crc = new CRC32();
        crc.update("SELECT 1;SELECT 2;".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(unix).isEqualTo((int) crc.getValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void everyDialectHasEveryScriptAndItsPlaceholdersAreOnlyThePrefix(String folder) {
        for (String script : MigrationRunner.SCRIPTS) {
            assertThat(Migration.load(folder, script).sql("crm_")).doesNotContain("${");
        }
        Migration init = Migration.load(folder, MigrationRunner.SCRIPTS.get(0));
        assertThat(init.version()).isEqualTo("1");
        assertThat(init.description()).isEqualTo("init");
        List<String> statements = ScriptSplitter.split(init.sql("crm_"));
        assertThat(statements).hasSizeGreaterThan(30);
        assertThat(statements.stream().filter(s -> s.startsWith("CREATE TABLE"))).hasSize(14);
        Migration statistics = Migration.load(folder, MigrationRunner.SCRIPTS.get(1));
        assertThat(statistics.version()).isEqualTo("2");
        assertThat(ScriptSplitter.split(statistics.sql("crm_")))
                .hasSize(folder.equals("postgresql") ? 14 : 0)
                .allMatch(s -> s.endsWith("ALTER COLUMN tenant_id SET STATISTICS 0"));
    }

    /**
     * Resuming an interrupted migration (see {@link ScriptExecution}) needs every statement of a script for a
     * database without transactional DDL to create one object atomically and to fail with a recognisable
     * "already exists" when it ran before: CREATE TABLE (foreign keys inside it, since MariaDB reports a duplicate
     * foreign key only by message text) and CREATE INDEX qualify, and so do statements that can simply run again
     * (IF [NOT] EXISTS, and an index made right after the statement that dropped it); an INSERT or UPDATE would
     * run twice.
     */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "mariadb"})
    void scriptsWithoutTransactionalDdlOnlyCreateTablesAndIndexes(String folder) {
        for (String script : MigrationRunner.SCRIPTS) {
            assertThat(ScriptSplitter.split(Migration.load(folder, script).sql("crm_"))).as(script)
                    .allMatch(statement -> statement.matches("(?s)CREATE (TABLE|INDEX) crm_\\w+ .*")
                            || statement.matches("(?s)ALTER TABLE crm_\\w+ ADD COLUMN IF NOT EXISTS .*")
                            || statement.matches("DROP INDEX IF EXISTS crm_\\w+"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void theTablesAScriptCreatesAreReadFromIt(String folder) {
        assertThat(Migration.load(folder, MigrationRunner.SCRIPTS.get(0)).createdTables()).hasSize(14)
                .startsWith("pipeline", "pipeline_stage", "account").endsWith("property_definition");
        assertThat(Migration.load(folder, MigrationRunner.SCRIPTS.get(1)).createdTables()).isEmpty();
    }
}
