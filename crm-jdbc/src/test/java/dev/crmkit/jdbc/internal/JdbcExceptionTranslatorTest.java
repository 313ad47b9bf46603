package dev.crmkit.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Classification of SQL errors by SQLState and vendor code, as each driver reports them. */
class JdbcExceptionTranslatorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "PostgreSQL unique violation, 23505, 0",
            "H2 unique violation, 23505, 23505",
            "MariaDB duplicate entry, 23000, 1062",
            "MariaDB duplicate entry for key name, 23000, 1586"})
    void uniqueViolations(String name, String state, int code) {
        SQLException e = new SQLException(name, state, code);

        assertThat(ExceptionTranslator.isUniqueViolation(e)).isTrue();
        assertThat(ExceptionTranslator.isTransient(e)).isFalse();
        assertThat(ExceptionTranslator.translate("insert", e).isTransient()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "PostgreSQL deadlock, 40P01, 0",
            "PostgreSQL serialization failure, 40001, 0",
            "PostgreSQL lock timeout, 55P03, 0",
            "PostgreSQL admin shutdown, 57P01, 0",
            "PostgreSQL connection failure, 08006, 0",
            "PostgreSQL connection refused, 08001, 0",
            "H2 deadlock, 40001, 40001",
            "H2 lock timeout, HYT00, 50200",
            "MariaDB deadlock, 40001, 1213",
            "MariaDB lock wait timeout, HY000, 1205",
            "MariaDB connection killed, 70100, 1927",
            "MariaDB communication failure, 08S01, 0"})
    void transientFailures(String name, String state, int code) {
        SQLException e = new SQLException(name, state, code);

        assertThat(ExceptionTranslator.isTransient(e)).isTrue();
        assertThat(ExceptionTranslator.isUniqueViolation(e)).isFalse();
        assertThat(ExceptionTranslator.translate("update", e).isTransient()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "PostgreSQL syntax error, 42601, 0",
            "PostgreSQL check violation, 23514, 0",
            "H2 table missing, 42S02, 42104",
            "MariaDB data too long, 22001, 1406",
            "MariaDB unknown column, 42S22, 1054"})
    void permanentFailures(String name, String state, int code) {
        SQLException e = new SQLException(name, state, code);

        assertThat(ExceptionTranslator.isTransient(e)).isFalse();
        assertThat(ExceptionTranslator.isUniqueViolation(e)).isFalse();
        assertThat(ExceptionTranslator.translate("read", e)).hasMessageContaining("could not read").hasCause(e);
    }

    @Test
    void foreignKeyViolations() {
        assertThat(ExceptionTranslator.isForeignKeyViolation(new SQLException("pg", "23503", 0))).isTrue();
        assertThat(ExceptionTranslator.isForeignKeyViolation(new SQLException("h2 parent missing", "23506", 23506))).isTrue();
        assertThat(ExceptionTranslator.isForeignKeyViolation(new SQLException("mariadb", "23000", 1452))).isTrue();
        assertThat(ExceptionTranslator.isForeignKeyViolation(new SQLException("mariadb dup", "23000", 1062))).isFalse();
    }

    @Test
    void theMessageTextNeverDecides() {
        SQLException e = new SQLException("duplicate key value violates unique constraint; deadlock detected", "42000", 0);

        assertThat(ExceptionTranslator.isUniqueViolation(e)).isFalse();
        assertThat(ExceptionTranslator.isTransient(e)).isFalse();
    }

    @Test
    void batchFailuresAreClassifiedByTheErrorInTheirChain() {
        BatchUpdateException batch = new BatchUpdateException("batch entry 3 failed", "23505", 0, new int[] {1, 1});
        BatchUpdateException wrapped = new BatchUpdateException("batch failed", null, 0, new int[0]);
        wrapped.setNextException(new SQLException("deadlock", "40P01", 0));

        assertThat(ExceptionTranslator.isUniqueViolation(batch)).isTrue();
        assertThat(ExceptionTranslator.isTransient(wrapped)).isTrue();
        assertThat(ExceptionTranslator.isTransient(new SQLException("outer", "HY000", 0,
                new SQLTransientConnectionException("pool timeout")))).isTrue();
    }
}
