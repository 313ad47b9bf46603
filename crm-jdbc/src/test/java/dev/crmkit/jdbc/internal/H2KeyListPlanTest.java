package dev.crmkit.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.core.model.shared.ObjectType;
import dev.crmkit.core.model.shared.TenantId;
import dev.crmkit.jdbc.JdbcCrmStore;
import dev.crmkit.jdbc.SchemaMode;
import dev.crmkit.jdbc.dialect.H2Dialect;
import dev.crmkit.spi.tck.TckData;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * H2 reads a key list (children of a page of records, external ids to match, records to lock) by looking up
 * each key, not by scanning the tenant: {@code EXPLAIN ANALYZE} of the store's own statements over 3,000
 * contacts reports how many rows H2 scanned.
 */
class H2KeyListPlanTest {
    private static final TenantId TENANT = TenantId.of("plans");
    private static final int CONTACTS = 3000;
    private static final Pattern SCAN_COUNT = Pattern.compile("scanCount: (\\d+)");

    private static JdbcDataSource dataSource;
    private static JdbcCrmStore store;
    private static StoreSql sql;
    private static List<Contact> contacts;

    @BeforeAll
    static void fill() throws SQLException {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:keylists;DB_CLOSE_DELAY=-1");
        store = JdbcCrmStore.builder().dataSource(dataSource).schemaMode(SchemaMode.MIGRATE).build();
        TckData data = new TckData();
        List<Contact> batch = new ArrayList<>();
        for (int i = 0; i < CONTACTS; i++) {
            batch.add(data.contactWithEmail("person" + i + "@example.com").withExternalIds(ExternalId.of("crm", "c" + i)));
        }
        contacts = store.inTransaction(TENANT, uow -> uow.contacts().insertAll(batch));
        sql = new StoreSql(new Tables("crm_"), new H2Dialect(), new byte[32]);
        giveEveryContactAProperty();
    }

    /** One property value per contact, written directly: the plans only need the rows. */
    private static void giveEveryContactAProperty() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO crm_property_value (tenant_id, object_type,"
                     + " record_id, property_key, value_type, text_value) VALUES (?, 'CONTACT', ?, 'segment', 'STRING', 'Gold')")) {
            for (Contact contact : contacts) {
                insert.setString(1, TENANT.value());
                insert.setObject(2, contact.id().value());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void childrenOfAFewRecordsAreLookedUpByOwner() throws SQLException {
        List<UUID> owners = List.of(id(10), id(2500));

        assertThat(scanned(sql.contactEmail.selectFor(owners.size()),
                p -> p.keyIn(q -> q.tenant(TENANT), owners, Params::uuid))).isLessThanOrEqualTo(10);
    }

    @Test
    void propertyValuesOfAFewRecordsAreLookedUpByRecord() throws SQLException {
        List<UUID> owners = List.of(id(10), id(2500));

        // 3,000 before migration V4 gave H2 an index with exactly the key list's columns
        assertThat(scanned(sql.propertyValue.selectForRecords(owners.size()),
                p -> p.keyIn(q -> q.tenant(TENANT).enumName(ObjectType.CONTACT), owners, Params::uuid)))
                .isLessThanOrEqualTo(10);
    }

    @Test
    void externalIdsAreMatchedKeyByKey() throws SQLException {
        List<String> keys = List.of("c7", "c2999", "missing");

        assertThat(scanned(sql.externalId.matchExisting("contact", keys.size()),
                p -> p.keyIn(q -> q.tenant(TENANT).string("CONTACT").string("crm"), keys, Params::string)))
                .isLessThanOrEqualTo(20);
    }

    @Test
    void recordsAreReadByIdKeyByKey() throws SQLException {
        List<UUID> ids = List.of(id(0), id(1500), id(2999));

        assertThat(scanned(sql.contact.selectByIds(ids.size()), p -> p.keyIn(q -> q.tenant(TENANT), ids, Params::uuid)))
                .isLessThanOrEqualTo(10);
    }

    private static UUID id(int index) {
        return contacts.get(index).id().value();
    }

    /** The rows H2 scanned for the statement: the sum of every table's scan count in the analyzed plan. */
    private static int scanned(String statement, Session.Binder binder) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement explain = connection.prepareStatement("EXPLAIN ANALYZE " + statement)) {
            binder.bind(new Params(explain, new H2Dialect()));
            try (ResultSet plan = explain.executeQuery()) {
                assertThat(plan.next()).isTrue();
                Matcher counts = SCAN_COUNT.matcher(plan.getString(1));
                int total = 0;
                while (counts.find()) {
                    total += Integer.parseInt(counts.group(1));
                }
                return total;
            }
        }
    }
}
