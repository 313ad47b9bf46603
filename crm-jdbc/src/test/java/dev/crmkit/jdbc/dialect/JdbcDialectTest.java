package dev.crmkit.jdbc.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dialect detection and the SQL each dialect writes differently. */
class JdbcDialectTest {

    @Test
    void detectsTheDialectFromTheProductName() {
        assertThat(Dialect.forProductName("H2")).isInstanceOf(H2Dialect.class);
        assertThat(Dialect.forProductName("PostgreSQL")).isInstanceOf(PostgresDialect.class);
        assertThat(Dialect.forProductName("MariaDB")).isInstanceOf(MariaDbDialect.class);
        assertThatThrownBy(() -> Dialect.forProductName("MySQL")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MySQL");
        assertThatThrownBy(() -> Dialect.forProductName(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachDialectUpsertsWithItsNativeStatement() {
        List<String> columns = List.of("tenant_id", "id", "name", "version");
        List<String> key = List.of("tenant_id", "id");

        assertThat(new PostgresDialect().upsert("crm_deal", columns, key)).isEqualTo(
                "INSERT INTO crm_deal (tenant_id, id, name, version) VALUES (?, ?, ?, ?) ON CONFLICT (tenant_id, id)"
                        + " DO UPDATE SET name = EXCLUDED.name, version = EXCLUDED.version");
        assertThat(new MariaDbDialect().upsert("crm_deal", columns, key)).isEqualTo(
                "INSERT INTO crm_deal (tenant_id, id, name, version) VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE"
                        + " name = VALUES(name), version = VALUES(version)");
        assertThat(new H2Dialect().upsert("crm_deal", columns, key)).isEqualTo(
                "MERGE INTO crm_deal (tenant_id, id, name, version) KEY (tenant_id, id) VALUES (?, ?, ?, ?)");
    }

    @Test
    void mariaDbHasNoNullsLastAndBoundedDecimals() {
        MariaDbDialect mariaDb = new MariaDbDialect();

        assertThat(mariaDb.ascendingNullsLast("t.d")).isEqualTo("t.d IS NULL, t.d ASC");
        assertThat(new PostgresDialect().ascendingNullsLast("t.d")).isEqualTo("t.d ASC NULLS LAST");
        assertThat(mariaDb.filterableNumber(new BigDecimal("12.50"))).isEqualTo(new BigDecimal("12.50"));
        assertThat(mariaDb.filterableNumber(new BigDecimal("1E+40"))).isNull();
        assertThat(mariaDb.filterableNumber(new BigDecimal("0." + "1".repeat(40))).scale()).isEqualTo(30);
        assertThat(new H2Dialect().filterableNumber(new BigDecimal("1E+40"))).isEqualTo(new BigDecimal("1E+40"));
    }

    @Test
    void identifiersAreQuotedAsFlywayQuotesThem() {
        assertThat(new H2Dialect().quoteIdentifier("crm_schema_history")).isEqualTo("\"crm_schema_history\"");
        assertThat(new MariaDbDialect().quoteIdentifier("crm_schema_history")).isEqualTo("`crm_schema_history`");
        assertThat(new PostgresDialect().createHistoryTable("\"h\"", "h")).contains("\"installed_rank\" INT NOT NULL");
    }
}
