package dev.crmkit.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.model.shared.TenantId;
import dev.crmkit.jdbc.dialect.Dialect;
import dev.crmkit.jdbc.dialect.H2Dialect;
import dev.crmkit.jdbc.dialect.MariaDbDialect;
import dev.crmkit.jdbc.dialect.PostgresDialect;
import java.lang.reflect.Proxy;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The statements a filter writes on each dialect: which order a page gets, and how an OR of narrowing filters
 * is written and bound (H2's plans are measured in {@link H2FilteredPagePlanTest}).
 */
class WhereTest {
    private static final List<String> BY_NAME = List.of("t.name", "t.id");
    private static final Dialect H2 = new H2Dialect();
    private static final List<Dialect> SERVERS = List.of(new PostgresDialect(), new MariaDbDialect());

    @Test
    void pagesAreOrderedTenantFirstUnlessH2IsToReadAFewRowsThroughTheFiltersIndex() {
        Where wide = new Where().and("t.owner_id = ?", p -> p.string("u1"));
        Where narrow = new Where().and("t.owner_id = ?", p -> p.string("u1")).andNarrowing("t.domain = ?", p -> p.string("a.com"));

        for (Dialect dialect : List.of(H2, SERVERS.get(0), SERVERS.get(1))) {
            assertThat(wide.orderBy(dialect, false, BY_NAME)).isEqualTo(" ORDER BY t.tenant_id, t.name, t.id");
        }
        assertThat(narrow.orderBy(H2, false, BY_NAME)).isEqualTo(" ORDER BY t.name, t.id");
        for (Dialect dialect : SERVERS) {
            assertThat(narrow.orderBy(dialect, false, BY_NAME)).isEqualTo(" ORDER BY t.tenant_id, t.name, t.id");
        }
    }

    @Test
    void aColumnWhoseIndexContinuesWithTheSortColumnsOrdersThePageOnEveryDialect() {
        Where timeline = new Where().andNarrowingInOrder("t.contact_id", p -> p.string("c1"));

        for (Dialect dialect : List.of(H2, SERVERS.get(0), SERVERS.get(1))) {
            assertThat(timeline.orderBy(dialect, true, List.of("t.timeline_at", "t.id")))
                    .isEqualTo(" ORDER BY t.tenant_id DESC, t.contact_id DESC, t.timeline_at DESC, t.id DESC");
        }
    }

    @Test
    void anOrOfNarrowingFiltersIsOneConditionWhereThePlannerCombinesIndexes() throws SQLException {
        for (Dialect dialect : SERVERS) {
            Where where = prefixes(dialect);

            assertThat(where.select("SELECT t.id FROM c t", where.orderBy(dialect, false, BY_NAME))).isEqualTo(
                    "SELECT t.id FROM c t WHERE t.tenant_id = ? AND t.owner_id = ? AND (t.first LIKE ? OR t.last LIKE ?)"
                            + " ORDER BY t.tenant_id, t.name, t.id");
            assertThat(bound(where)).containsExactly("tenant", "u1", "first%", "last%");
        }
    }

    @Test
    void onH2AnOrOfNarrowingFiltersIsAUnionWithOneBranchPerIndex() throws SQLException {
        Where where = prefixes(H2);

        // a union is ordered by column names, so each branch also selects the sort columns it did not select
        assertThat(where.select("SELECT t.id FROM c t", where.orderBy(H2, false, BY_NAME))).isEqualTo(
                "SELECT t.id, t.name FROM c t WHERE t.tenant_id = ? AND t.owner_id = ? AND t.first LIKE ?"
                        + " UNION SELECT t.id, t.name FROM c t WHERE t.tenant_id = ? AND t.owner_id = ? AND t.last LIKE ?"
                        + " ORDER BY name, id");
        assertThat(bound(where)).containsExactly("tenant", "u1", "first%", "tenant", "u1", "last%");
    }

    @Test
    void onH2AKeyListOfAnIndexsLeadingColumnsIsAJoinedValuesTableBoundBeforeTheTenant() throws SQLException {
        Where where = new Where().andNarrowingToKeys(H2, "t.contact_id", List.of("c1", "c2"), Params::string)
                .and("t.type = ?", p -> p.string("NOTE"));

        assertThat(where.select("SELECT t.id FROM a t", "")).isEqualTo("SELECT t.id FROM a t JOIN (VALUES (?), (?))"
                + " k (key_value) ON t.contact_id = k.key_value WHERE t.tenant_id = ? AND t.type = ?");
        assertThat(bound(where)).containsExactly("c1", "c2", "tenant", "NOTE");
        assertThat(new Where().andNarrowingToKeys(SERVERS.get(0), "t.contact_id", List.of("c1", "c2"), Params::string)
                .select("SELECT t.id FROM a t", "")).isEqualTo("SELECT t.id FROM a t WHERE t.tenant_id = ? AND t.contact_id IN (?, ?)");
    }

    /** Owner {@code u1}, and a first name starting with {@code first} or a last name starting with {@code last}. */
    private static Where prefixes(Dialect dialect) {
        return new Where().and("t.owner_id = ?", p -> p.string("u1")).andNarrowingAnyOf(dialect, List.of(
                new Where().andNarrowing("t.first LIKE ?", p -> p.string("first%")),
                new Where().andNarrowing("t.last LIKE ?", p -> p.string("last%"))));
    }

    /** The values {@code where} binds, in order, for the tenant named {@code tenant}. */
    private static List<Object> bound(Where where) throws SQLException {
        List<Object> values = new ArrayList<>();
        PreparedStatement statement = (PreparedStatement) Proxy.newProxyInstance(WhereTest.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                    values.add(args[1]);
                    return null;
                });
        where.bind(new Params(statement, H2), TenantId.of("tenant"));
        return values;
    }
}
