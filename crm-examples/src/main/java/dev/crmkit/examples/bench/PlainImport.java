package dev.crmkit.examples.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The hand-written JDBC baseline of the bulk imports: the same rows CRMKit writes (deal or contact, primary
 * email, external id) into tables of the same shape (CRMKit's own schema, migrated under another table prefix),
 * with one prepared statement per table, one JDBC batch per table per call, and one transaction per call.
 * Only columns that carry information are written; the rest keep their SQL default (NULL).
 */
public final class PlainImport {
    private final DataSource dataSource;
    private final BenchDatabase database;
    private final String tenant;
    private final String insertDeal;
    private final String insertExternalId;
    private final String insertContact;
    private final String insertEmail;
    private final String existingIds;

    /**
     * @param dataSource where to write
     * @param database   which database it is (for binding UUIDs and moments)
     * @param prefix     the table prefix of the baseline's tables
     * @param tenant     the tenant id every row carries
     */
    public PlainImport(DataSource dataSource, BenchDatabase database, String prefix, String tenant) {
        this.dataSource = dataSource;
        this.database = database;
        this.tenant = tenant;
        this.insertDeal = "INSERT INTO " + prefix + "deal (tenant_id, id, name, pipeline_id, stage, stage_entered_at, amount,"
                + " currency, expected_close_date, owner_id, probability_override, closed_at, updated_at, created_at, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)";
        this.insertExternalId = "INSERT INTO " + prefix + "external_id (tenant_id, object_type, source, external_id, record_id)"
                + " VALUES (?, ?, ?, ?, ?)";
        this.insertContact = "INSERT INTO " + prefix + "contact (tenant_id, id, first_name, last_name, first_name_lc,"
                + " last_name_lc, full_name_lc, title, lifecycle_stage, lifecycle_entered_at, lead_source, owner_id,"
                + " marketing_email_opt_in, do_not_email, do_not_call, updated_at, created_at, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'LEAD', '{}', ?, ?, FALSE, FALSE, FALSE, ?, ?, 1)";
        this.insertEmail = "INSERT INTO " + prefix + "contact_email (tenant_id, contact_id, position, email, email_key,"
                + " primary_key) VALUES (?, ?, 0, ?, ?, ?)";
        // H2 uses an index for an IN list only on the index's first column (tenant_id): a developer who knows
        // that writes the whole key as a row value, which H2 looks up key by key
        this.existingIds = database == BenchDatabase.H2
                ? "SELECT external_id FROM " + prefix + "external_id WHERE (tenant_id, object_type, source, external_id) IN "
                : "SELECT external_id FROM " + prefix + "external_id WHERE tenant_id = ? AND object_type = 'CONTACT'"
                        + " AND source = ? AND external_id IN ";
    }

    /**
     * Inserts the deals and their external ids in one transaction.
     *
     * @throws SQLException as the driver reports it (e.g. a duplicate key)
     */
    public void insertDeals(List<DealRow> rows) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement deal = connection.prepareStatement(insertDeal)) {
                for (DealRow row : rows) {
                    deal.setString(1, tenant);
                    database.setUuid(deal, 2, row.id());
                    deal.setString(3, row.name());
                    database.setUuid(deal, 4, row.pipeline());
                    deal.setString(5, row.stage());
                    database.setInstant(deal, 6, row.createdAt());
                    deal.setBigDecimal(7, row.amount());
                    deal.setString(8, row.currency());
                    if (row.expectedClose() == null) {
                        deal.setNull(9, java.sql.Types.DATE);
                    } else {
                        deal.setObject(9, row.expectedClose());
                    }
                    deal.setString(10, row.owner());
                    deal.setBigDecimal(11, row.probabilityOverride());
                    database.setInstant(deal, 12, row.closedAt());
                    database.setInstant(deal, 13, row.createdAt());
                    database.setInstant(deal, 14, row.createdAt());
                    deal.addBatch();
                }
                deal.executeBatch();
            }
            try (PreparedStatement externalId = connection.prepareStatement(insertExternalId)) {
                for (DealRow row : rows) {
                    bindExternalId(externalId, "DEAL", row.externalId(), row.id());
                }
                externalId.executeBatch();
            }
            connection.commit();
        }
    }

    /**
     * Inserts contacts the way an upsert by external id must: first one query for which external ids exist,
     * then batched inserts of contact, primary email and external id. The benchmark only ever writes new
     * contacts, so an existing external id is a broken precondition rather than an update to write.
     *
     * @throws SQLException as the driver reports it
     * @throws IllegalStateException when one of the contacts exists already
     */
    public void upsertNewContacts(List<ContactRow> rows) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement lookup = connection.prepareStatement(existingIds + markers(rows.size()))) {
                if (database == BenchDatabase.H2) {
                    int index = 0;
                    for (ContactRow row : rows) {
                        lookup.setString(++index, tenant);
                        lookup.setString(++index, "CONTACT");
                        lookup.setString(++index, DealRows.SOURCE);
                        lookup.setString(++index, row.externalId());
                    }
                } else {
                    lookup.setString(1, tenant);
                    lookup.setString(2, DealRows.SOURCE);
                    for (int i = 0; i < rows.size(); i++) {
                        lookup.setString(3 + i, rows.get(i).externalId());
                    }
                }
                try (ResultSet found = lookup.executeQuery()) {
                    if (found.next()) {
                        throw new IllegalStateException("contact " + found.getString(1) + " exists already");
                    }
                }
            }
            try (PreparedStatement contact = connection.prepareStatement(insertContact)) {
                for (ContactRow row : rows) {
                    contact.setString(1, tenant);
                    database.setUuid(contact, 2, row.id());
                    contact.setString(3, row.firstName());
                    contact.setString(4, row.lastName());
                    contact.setString(5, row.firstName().toLowerCase(Locale.ROOT));
                    contact.setString(6, row.lastName().toLowerCase(Locale.ROOT));
                    contact.setString(7, (row.firstName() + " " + row.lastName()).toLowerCase(Locale.ROOT));
                    contact.setString(8, row.title());
                    contact.setString(9, row.leadSource());
                    contact.setString(10, row.owner());
                    database.setInstant(contact, 11, row.createdAt());
                    database.setInstant(contact, 12, row.createdAt());
                    contact.addBatch();
                }
                contact.executeBatch();
            }
            try (PreparedStatement email = connection.prepareStatement(insertEmail)) {
                for (ContactRow row : rows) {
                    email.setString(1, tenant);
                    database.setUuid(email, 2, row.id());
                    email.setString(3, row.email());
                    email.setString(4, row.email());
                    email.setString(5, row.email());
                    email.addBatch();
                }
                email.executeBatch();
            }
            try (PreparedStatement externalId = connection.prepareStatement(insertExternalId)) {
                for (ContactRow row : rows) {
                    bindExternalId(externalId, "CONTACT", row.externalId(), row.id());
                }
                externalId.executeBatch();
            }
            connection.commit();
        }
    }

    private void bindExternalId(PreparedStatement statement, String objectType, String externalId, java.util.UUID record)
            throws SQLException {
        statement.setString(1, tenant);
        statement.setString(2, objectType);
        statement.setString(3, DealRows.SOURCE);
        statement.setString(4, externalId);
        database.setUuid(statement, 5, record);
        statement.addBatch();
    }

    private String markers(int n) {
        String marker = database == BenchDatabase.H2 ? "(?, ?, ?, ?)" : "?";
        return "(" + String.join(", ", Collections.nCopies(n, marker)) + ")";
    }
}
