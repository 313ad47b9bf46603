package dev.crmkit.jdbc.internal;

import dev.crmkit.core.model.activity.Activity;
import dev.crmkit.core.model.activity.ActivityType;
import dev.crmkit.core.model.shared.AccountId;
import dev.crmkit.core.model.shared.ActivityId;
import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.core.model.shared.DealId;
import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.core.model.shared.ObjectType;
import dev.crmkit.core.model.shared.UserId;
import dev.crmkit.spi.ActivityQuery;
import dev.crmkit.spi.ActivityRepository;
import dev.crmkit.spi.Page;
import dev.crmkit.spi.PageRequest;
import dev.crmkit.spi.TimeOrder;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Activities in SQL: the {@code activity} table plus external ids. A timeline over several contacts, accounts
 * and deals is one indexed query (the related-to sets are OR-ed in SQL) plus one for the page's external ids.
 */
final class JdbcActivityRepository extends AggregateTable<Activity, ActivityId, Activity.Builder>
        implements ActivityRepository {
    private final StoreSql sql;

    JdbcActivityRepository(Session session, StoreSql sql) {
        this(session, sql, sql.externalIds(ObjectType.ACTIVITY, "Activity", "activity"));
    }

    private JdbcActivityRepository(Session session, StoreSql sql, ExternalIdTable externalIds) {
        super(session, sql.activity, List.of(new ExternalIdChild<>(externalIds, a -> a.id().value(),
                Activity::externalIds, Activity.Builder::externalIds)), externalIds);
        this.sql = sql;
    }

    @Override
    public String kind() {
        return "Activity";
    }

    @Override
    UUID idOf(Activity entity) {
        return entity.id().value();
    }

    @Override
    ActivityId toId(UUID value) {
        return new ActivityId(value);
    }

    @Override
    long versionOf(Activity entity) {
        return entity.version();
    }

    @Override
    Instant createdAtOf(Activity entity) {
        return entity.createdAt();
    }

    @Override
    Activity withVersion(Activity entity, long version) {
        return entity.withVersion(version);
    }

    @Override
    Activity withIdentity(Activity entity, UUID id, Instant createdAt, long version, Set<ExternalId> externalIds) {
        return Activity.copyOf(entity).withId(new ActivityId(id)).withCreatedAt(createdAt).withVersion(version)
                .withExternalIds(externalIds);
    }

    @Override
    Set<ExternalId> externalIdsOf(Activity entity) {
        return entity.externalIds();
    }

    @Override
    void bindFields(Params p, Activity a) throws SQLException {
        p.enumName(a.type()).string(a.subject()).string(a.subject().toLowerCase(Locale.ROOT)).string(a.body())
                .string(a.body().map(b -> b.toLowerCase(Locale.ROOT))).instant(a.occurredAt()).instant(a.dueAt())
                .instant(a.timelineAt()).bool(a.done()).instant(a.completedAt())
                .longValue(a.duration().map(Duration::getSeconds).orElse(null))
                .intValue(a.duration().map(Duration::getNano).orElse(null)).string(a.outcome())
                .id(a.contact()).id(a.account()).id(a.deal()).string(a.owner().map(UserId::value))
                .instant(a.updatedAt());
    }

    @Override
    Activity.Builder read(UUID id, Row r) throws SQLException {
        Activity.Builder b = Activity.builder().id(new ActivityId(id)).type(r.enumValue(ActivityType.class))
                .subject(r.string()).body(r.optionalString()).occurredAt(r.optionalInstant()).dueAt(r.optionalInstant());
        r.skip();
        b.done(r.bool()).completedAt(r.optionalInstant());
        Long seconds = r.optionalLong();
        Integer nanos = r.optionalInt();
        if (seconds != null) {
            b.duration(Duration.ofSeconds(seconds, nanos == null ? 0 : nanos));
        }
        return b.outcome(r.optionalString()).contact(r.optionalId(ContactId::new)).account(r.optionalId(AccountId::new))
                .deal(r.optionalId(DealId::new)).owner(r.optionalString().map(UserId::of)).updatedAt(r.instant())
                .createdAt(r.instant()).version(r.longValue());
    }

    @Override
    Activity build(Activity.Builder builder) {
        return builder.build();
    }

    @Override
    public Page<Activity> find(ActivityQuery query, PageRequest page) {
        boolean newestFirst = query.order() == TimeOrder.NEWEST_FIRST;
        String scope = Paging.scope(session.tenant(), "Activity:" + query.order());
        Where where = filter(query);
        page.cursor().ifPresent(cursor -> {
            CursorCodec.Keys keys = sql.cursors.decode(cursor, scope, 2);
            Instant at = keys.instant(0);
            UUID lastId = keys.id(1);
            Keyset.after(where, List.of(new Keyset.Key("t.timeline_at", p -> p.instant(at)),
                    new Keyset.Key("t.id", p -> p.uuid(lastId))), newestFirst);
        });
        String order = newestFirst ? " ORDER BY t.tenant_id DESC, t.timeline_at DESC, t.id DESC"
                : " ORDER BY t.tenant_id, t.timeline_at, t.id";
        List<Activity> rows = load(sql.activity.selectFrom + where.sql() + order + " LIMIT ?", p -> {
            p.tenant(session.tenant());
            where.bind(p);
            p.intValue(Paging.fetchSize(page));
        });
        return Paging.page(rows, page, sql.cursors, scope, a -> List.of(a.timelineAt().toString(), a.id().toString()));
    }

    @Override
    public long count(ActivityQuery query) {
        Where where = filter(query);
        return session.count("count Activity", sql.activity.countFrom + where.sql(), p -> {
            p.tenant(session.tenant());
            where.bind(p);
        });
    }

    private static Where filter(ActivityQuery query) {
        Where where = new Where();
        List<String> related = new ArrayList<>(3);
        if (!query.contacts().isEmpty()) {
            related.add("t.contact_id IN " + Sql.in(query.contacts().size()));
        }
        if (!query.accounts().isEmpty()) {
            related.add("t.account_id IN " + Sql.in(query.accounts().size()));
        }
        if (!query.deals().isEmpty()) {
            related.add("t.deal_id IN " + Sql.in(query.deals().size()));
        }
        if (!related.isEmpty()) {
            where.and("(" + String.join(" OR ", related) + ")", p -> p.each(query.contacts(), Params::id)
                    .each(query.accounts(), Params::id).each(query.deals(), Params::id));
        }
        query.owner().ifPresent(owner -> where.and("t.owner_id = ?", p -> p.string(owner.value())));
        query.type().ifPresent(type -> where.and("t.type = ?", p -> p.enumName(type)));
        if (query.openTasksOnly()) {
            where.and("t.type = ? AND t.done = ?", p -> p.enumName(ActivityType.TASK).bool(false));
        }
        query.dueBefore().ifPresent(before -> where.and("t.due_at < ?", p -> p.instant(before)));
        query.textContains().ifPresent(text -> {
            String pattern = "%" + Sql.likeLiteral(text.toLowerCase(Locale.ROOT)) + "%";
            where.and("(t.subject_lc LIKE ? ESCAPE '!' OR t.body_lc LIKE ? ESCAPE '!')",
                    p -> p.string(pattern).string(pattern));
        });
        return where;
    }
}
