package dev.crmkit.jdbc.internal;

import dev.crmkit.core.model.activity.Activity;
import dev.crmkit.core.model.activity.ActivityType;
import dev.crmkit.core.model.shared.AccountId;
import dev.crmkit.core.model.shared.ActivityId;
import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.core.model.shared.DealId;
import dev.crmkit.core.model.shared.EntityId;
import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.core.model.shared.ObjectType;
import dev.crmkit.core.model.shared.UserId;
import dev.crmkit.jdbc.dialect.Dialect;
import dev.crmkit.spi.ActivityQuery;
import dev.crmkit.spi.ActivityRepository;
import dev.crmkit.spi.Page;
import dev.crmkit.spi.PageRequest;
import dev.crmkit.spi.TimeOrder;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Activities in SQL: the {@code activity} table plus external ids. A timeline over several contacts, accounts
 * and deals is one indexed query (the related-to sets are OR-ed in SQL, or a UNION where the database reads an
 * OR through one index only) plus one for the page's external ids.
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
        List<Activity> rows = loadPage(where, where.orderBy(session.dialect(), newestFirst,
                List.of("t.timeline_at", "t.id")), page);
        return Paging.page(rows, page, sql.cursors, scope, a -> List.of(a.timelineAt().toString(), a.id().toString()));
    }

    /** Records of one kind a timeline shows the activities of, and the column linking an activity to them. */
    private record Related(String column, List<? extends EntityId> records) {
    }

    @Override
    public long count(ActivityQuery query) {
        return countWhere(filter(query));
    }

    private Where filter(ActivityQuery query) {
        Where where = new Where();
        List<Related> related = Stream.of(new Related("t.contact_id", List.copyOf(query.contacts())),
                new Related("t.account_id", List.copyOf(query.accounts())),
                new Related("t.deal_id", List.copyOf(query.deals()))).filter(r -> !r.records().isEmpty()).toList();
        if (related.size() == 1 && related.get(0).records().size() == 1) {
            // one record's timeline: its index (tenant_id, record, timeline_at, id) holds it in page order
            EntityId record = related.get(0).records().get(0);
            where.andNarrowingInOrder(related.get(0).column(), p -> p.id(record));
        } else if (!related.isEmpty()) {
            Dialect dialect = session.dialect();
            where.andNarrowingAnyOf(dialect, related.stream()
                    .map(r -> new Where().andNarrowingToKeys(dialect, r.column(), r.records(), Params::id)).toList());
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
