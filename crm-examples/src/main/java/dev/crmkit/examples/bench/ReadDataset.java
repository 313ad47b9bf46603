package dev.crmkit.examples.bench;

import dev.crmkit.core.model.activity.Activity;
import dev.crmkit.core.model.activity.ActivityType;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.shared.ActivityId;
import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.core.model.shared.TenantId;
import dev.crmkit.core.model.shared.UserId;
import dev.crmkit.jdbc.JdbcCrmStore;
import dev.crmkit.spi.ActivityQuery;
import dev.crmkit.spi.DealQuery;
import dev.crmkit.spi.Page;
import dev.crmkit.spi.PageRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The data the read benchmarks query, kept in the {@value #PREFIX} tables between runs: one tenant per data set
 * and size (so a second run on PostgreSQL or MariaDB finds it ready, and quick and full sizes live side by
 * side), loaded through CRMKit's bulk API and then given fresh optimizer statistics. Loading is setup, never
 * measured.
 */
public final class ReadDataset {
    /** Table prefix of the read data. */
    public static final String PREFIX = "read_";
    /** Seed of the generated rows; part of the tenant name, so changing the generator means changing this. */
    static final long SEED = 20250102L;
    private static final String VERSION = "v1";
    private static final int BATCH = 1000;
    private static final String CURSORS = PREFIX + "bench_cursor";
    private static final ActivityType[] TYPES = {ActivityType.CALL, ActivityType.EMAIL, ActivityType.MEETING, ActivityType.NOTE};

    private ReadDataset() {
    }

    /** The tenant holding {@code deals} generated deals. */
    public static TenantId dealsTenant(int deals) {
        return TenantId.of("deals-" + VERSION + "-" + deals);
    }

    /** The tenant holding the timeline data set. */
    public static TenantId timelineTenant(int activities, int otherActivities) {
        return TenantId.of("timeline-" + VERSION + "-" + activities + "-" + otherActivities);
    }

    /**
     * Makes sure the tenant of {@code deals} holds exactly the generated deals in the two pipelines, loading
     * them when it does not.
     *
     * @return the tenant
     */
    public static TenantId ensureDeals(BenchSchema schema, JdbcCrmStore store, int deals) {
        TenantId tenant = dealsTenant(deals);
        long stored = store.inTransaction(tenant, uow -> uow.deals().count(DealQuery.all()));
        boolean pipelines = store.inTransaction(tenant, uow -> uow.pipelines().find(BenchPipelines.MAIN.id()).isPresent()
                && uow.pipelines().find(BenchPipelines.SECOND.id()).isPresent());
        if (stored == deals && pipelines) {
            return tenant;
        }
        System.out.printf("loading %,d deals into %s (tenant %s)%n", deals, schema.database(), tenant.value());
        deleteTenant(schema, tenant);
        store.run(tenant, uow -> BenchPipelines.all().forEach(uow.pipelines()::insert));
        DealRows generator = new DealRows(SEED);
        IdSequence ids = new IdSequence(SEED);
        for (long from = 0; from < deals; from += BATCH) {
            List<Deal> batch = DealRows.toDeals(generator.rows(from, (int) Math.min(BATCH, deals - from), ids));
            store.run(tenant, uow -> uow.deals().insertAll(batch));
        }
        schema.analyze(PREFIX, List.of("deal", "pipeline", "pipeline_stage", "external_id", "deal_contact", "property_value"));
        return tenant;
    }

    /**
     * Makes sure the timeline tenant holds one contact with {@code activities} activities plus other contacts
     * with {@code otherActivities} activities in all (interleaved in time with the first contact's), loading
     * them when it does not.
     *
     * @return the id of the contact whose timeline is read
     */
    public static ContactId ensureTimeline(BenchSchema schema, JdbcCrmStore store, int activities, int otherActivities) {
        TenantId tenant = timelineTenant(activities, otherActivities);
        int contacts = 1 + (otherActivities + activities - 1) / activities;
        IdSequence ids = new IdSequence(SEED);
        List<Contact> people = ContactRows.toContacts(new ContactRows(SEED).rows(0, contacts, ids));
        ContactId target = people.get(0).id();
        long stored = store.inTransaction(tenant, uow -> uow.activities().count(ActivityQuery.all()));
        long targetStored = store.inTransaction(tenant,
                uow -> uow.activities().count(ActivityQuery.builder().addContacts(target).build()));
        if (stored == (long) activities + otherActivities && targetStored == activities) {
            return target;
        }
        System.out.printf("loading %,d + %,d activities into %s (tenant %s)%n", activities, otherActivities,
                schema.database(), tenant.value());
        deleteTenant(schema, tenant);
        for (int from = 0; from < people.size(); from += BATCH) {
            List<Contact> batch = people.subList(from, Math.min(people.size(), from + BATCH));
            store.run(tenant, uow -> uow.contacts().insertAll(batch));
        }
        List<Activity> batch = new ArrayList<>(BATCH);
        long total = (long) activities + otherActivities;
        long others = 0;
        for (long n = 0; n < total; n++) {
            // spread the target's activities evenly over the whole time range, the others' in between
            boolean ofTarget = (n * activities) / total != ((n + 1) * activities) / total;
            ContactId contact = ofTarget ? people.get(0).id() : people.get(1 + (int) (others++ % (contacts - 1))).id();
            batch.add(activity(n, ids.next(), contact));
            if (batch.size() == BATCH || n == total - 1) {
                List<Activity> rows = List.copyOf(batch);
                store.run(tenant, uow -> uow.activities().insertAll(rows));
                batch.clear();
            }
        }
        schema.analyze(PREFIX, List.of("activity", "contact", "external_id"));
        long check = store.inTransaction(tenant, uow -> uow.activities().count(ActivityQuery.builder().addContacts(target).build()));
        if (check != activities) {
            throw new IllegalStateException("the timeline contact has " + check + " activities, expected " + activities);
        }
        return target;
    }

    /** Activity number {@code n}: calls, emails, meetings and notes in turn, one minute apart. */
    static Activity activity(long n, UUID id, ContactId contact) {
        ActivityType type = TYPES[(int) (n % TYPES.length)];
        Instant at = BenchPipelines.EPOCH.plusSeconds(60 * n);
        Activity.Builder activity = Activity.builder().id(new ActivityId(id)).type(type)
                .subject(type.name().toLowerCase(java.util.Locale.ROOT) + " #" + n).occurredAt(at).createdAt(at)
                .contact(contact).owner(UserId.of("user-" + (n % DealRows.OWNERS)));
        if (type == ActivityType.CALL) {
            activity.outcome("connected");
        }
        return activity.build();
    }

    /**
     * The cursor of the page before page {@code page} (1-based) of {@code pageSize} deals in creation order,
     * walked to once with CRMKit (in pages of 1000) and then remembered in a table of its own, so every
     * benchmark JVM after the first can jump straight there.
     *
     * @throws IllegalArgumentException when the tenant has too few deals for that page
     */
    public static DeepCursor deepCursor(BenchSchema schema, JdbcCrmStore store, TenantId tenant, int page, int pageSize) {
        long skip = (long) (page - 1) * pageSize;
        if (skip <= 0) {
            throw new IllegalArgumentException("page " + page + " has no page before it");
        }
        Optional<DeepCursor> cached = cachedCursor(schema, tenant, page, pageSize);
        if (cached.isPresent()) {
            return cached.get();
        }
        System.out.printf("walking to page %,d of %d deals in %s%n", page, pageSize, schema.database());
        String cursor = null;
        UUID lastId = null;
        long seen = 0;
        while (seen < skip) {
            int limit = (int) Math.min(PageRequest.MAX_LIMIT, skip - seen);
            PageRequest request = cursor == null ? PageRequest.first(limit) : PageRequest.after(cursor, limit);
            Page<Deal> result = store.inTransaction(tenant, uow -> uow.deals().find(DealQuery.all(), request));
            seen += result.items().size();
            lastId = result.items().get(result.items().size() - 1).id().value();
            long reached = seen;
            cursor = result.nextCursor().orElseThrow(() -> new IllegalArgumentException(
                    "the tenant has only " + reached + " deals, too few for page " + page + " of " + pageSize));
        }
        DeepCursor deep = new DeepCursor(cursor, lastId);
        rememberCursor(schema, tenant, page, pageSize, deep);
        return deep;
    }

    private static Optional<DeepCursor> cachedCursor(BenchSchema schema, TenantId tenant, int page, int pageSize) {
        try (Connection connection = schema.dataSource().getConnection()) {
            createCursorTable(connection);
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT cursor_text, after_id FROM " + CURSORS + " WHERE dataset = ? AND page = ? AND page_size = ?")) {
                query.setString(1, tenant.value());
                query.setInt(2, page);
                query.setInt(3, pageSize);
                try (ResultSet rs = query.executeQuery()) {
                    return rs.next() ? Optional.of(new DeepCursor(rs.getString(1), UUID.fromString(rs.getString(2))))
                            : Optional.empty();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + CURSORS + ": " + e.getMessage(), e);
        }
    }

    private static void rememberCursor(BenchSchema schema, TenantId tenant, int page, int pageSize, DeepCursor deep) {
        try (Connection connection = schema.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO " + CURSORS + " (dataset, page, page_size, cursor_text, after_id) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, tenant.value());
            insert.setInt(2, page);
            insert.setInt(3, pageSize);
            insert.setString(4, deep.cursor());
            insert.setString(5, deep.afterId().toString());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write " + CURSORS + ": " + e.getMessage(), e);
        }
    }

    private static void createCursorTable(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE IF NOT EXISTS " + CURSORS + " (dataset VARCHAR(100) NOT NULL, page INT NOT NULL,"
                    + " page_size INT NOT NULL, cursor_text VARCHAR(4000) NOT NULL, after_id VARCHAR(36) NOT NULL,"
                    + " PRIMARY KEY (dataset, page, page_size))");
        }
    }

    private static void deleteTenant(BenchSchema schema, TenantId tenant) {
        try (Connection connection = schema.dataSource().getConnection()) {
            createCursorTable(connection);
            for (String table : BenchSchema.TABLES) {
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM " + PREFIX + table + " WHERE tenant_id = ?")) {
                    delete.setString(1, tenant.value());
                    delete.executeUpdate();
                }
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + CURSORS + " WHERE dataset = ?")) {
                delete.setString(1, tenant.value());
                delete.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot clear tenant " + tenant.value() + ": " + e.getMessage(), e);
        }
    }
}
