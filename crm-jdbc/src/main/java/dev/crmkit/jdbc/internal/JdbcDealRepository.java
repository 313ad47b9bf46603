package dev.crmkit.jdbc.internal;

import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.DealContact;
import dev.crmkit.core.model.pipeline.ForecastCategory;
import dev.crmkit.core.model.shared.AccountId;
import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.core.model.shared.DealId;
import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.ObjectType;
import dev.crmkit.core.model.shared.Percentage;
import dev.crmkit.core.model.shared.PipelineId;
import dev.crmkit.core.model.shared.UserId;
import dev.crmkit.spi.DealAggregate;
import dev.crmkit.spi.DealGrouping;
import dev.crmkit.spi.DealQuery;
import dev.crmkit.spi.DealRepository;
import dev.crmkit.spi.DealSort;
import dev.crmkit.spi.Page;
import dev.crmkit.spi.PageRequest;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Deals in SQL: the {@code deal} table plus contacts, external ids and custom properties; aggregations run as
 * a {@code GROUP BY} in the database.
 */
final class JdbcDealRepository extends AggregateTable<Deal, DealId, Deal.Builder> implements DealRepository {
    private static final String CLOSE_YEAR = "EXTRACT(YEAR FROM t.expected_close_date)";
    private static final String CLOSE_MONTH = "EXTRACT(MONTH FROM t.expected_close_date)";

    private final StoreSql sql;

    JdbcDealRepository(Session session, StoreSql sql) {
        this(session, sql, sql.externalIds(ObjectType.DEAL, "Deal", "deal"));
    }

    private JdbcDealRepository(Session session, StoreSql sql, ExternalIdTable externalIds) {
        super(session, sql.deal, List.of(
                new ListChildTable<Deal, Deal.Builder, DealContact>(sql.dealContact, d -> d.id().value(), Deal::contacts,
                        (p, c) -> p.id(c.contact()).string(c.role()), r -> DealContact.of(r.id(ContactId::new), r.string()),
                        Deal.Builder::contacts),
                new ExternalIdChild<>(externalIds, d -> d.id().value(), Deal::externalIds, Deal.Builder::externalIds),
                new PropertyChild<>(sql.properties(ObjectType.DEAL, "Deal"), d -> d.id().value(), Deal::properties,
                        Deal.Builder::properties)), externalIds);
        this.sql = sql;
    }

    @Override
    public String kind() {
        return "Deal";
    }

    @Override
    UUID idOf(Deal entity) {
        return entity.id().value();
    }

    @Override
    DealId toId(UUID value) {
        return new DealId(value);
    }

    @Override
    long versionOf(Deal entity) {
        return entity.version();
    }

    @Override
    Instant createdAtOf(Deal entity) {
        return entity.createdAt();
    }

    @Override
    Deal withVersion(Deal entity, long version) {
        return entity.withVersion(version);
    }

    @Override
    Deal withIdentity(Deal entity, UUID id, Instant createdAt, long version, Set<ExternalId> externalIds) {
        return Deal.copyOf(entity).withId(new DealId(id)).withCreatedAt(createdAt).withVersion(version)
                .withExternalIds(externalIds);
    }

    @Override
    Set<ExternalId> externalIdsOf(Deal entity) {
        return entity.externalIds();
    }

    @Override
    void bindFields(Params p, Deal d) throws SQLException {
        p.string(d.name()).id(d.account()).id(d.pipeline()).string(d.stage()).instant(d.stageEnteredAt())
                .decimal(d.amount().map(Money::amount).orElse(null)).string(d.amount().map(Money::currencyCode))
                .date(d.expectedCloseDate()).string(d.owner().map(UserId::value))
                .decimal(d.probabilityOverride().map(Percentage::value).orElse(null))
                .string(d.forecastCategoryOverride().map(Enum::name)).string(d.lostReason()).string(d.source())
                .instant(d.closedAt()).instant(d.lastActivityAt()).instant(d.updatedAt());
    }

    @Override
    Deal.Builder read(UUID id, Row r) throws SQLException {
        Deal.Builder b = Deal.builder().id(new DealId(id)).name(r.string()).account(r.optionalId(AccountId::new))
                .pipeline(r.id(PipelineId::new)).stage(r.string()).stageEnteredAt(r.instant());
        BigDecimal amount = r.decimal();
        String currency = r.string();
        if (amount != null) {
            b.amount(Money.of(amount, Money.currency(currency)));
        }
        b.expectedCloseDate(r.optionalDate()).owner(r.optionalString().map(UserId::of));
        BigDecimal probability = r.decimal();
        if (probability != null) {
            b.probabilityOverride(new Percentage(probability));
        }
        return b.forecastCategoryOverride(r.optionalString().map(ForecastCategory::valueOf))
                .lostReason(r.optionalString()).source(r.optionalString()).closedAt(r.optionalInstant())
                .lastActivityAt(r.optionalInstant()).updatedAt(r.instant()).createdAt(r.instant()).version(r.longValue());
    }

    @Override
    Deal build(Deal.Builder builder) {
        return builder.build();
    }

    @Override
    public Page<Deal> find(DealQuery query, PageRequest page) {
        DealSort sort = query.sort();
        String scope = Paging.scope(session.tenant(), "Deal:" + sort);
        Where where = filter(query);
        String nameOrder = session.dialect().codePointOrder("t.name");
        page.cursor().ifPresent(cursor -> afterCursor(where, sort, nameOrder,
                sql.cursors.decode(cursor, scope, sort == DealSort.CREATED ? 1 : 2)));
        String order = switch (sort) {
            case CREATED -> where.orderBy(session.dialect(), false, List.of("t.id"));
            case NAME -> where.orderBy(session.dialect(), false, List.of(nameOrder, "t.id"));
            case EXPECTED_CLOSE_DATE -> " ORDER BY " + session.dialect().ascendingNullsLast("t.expected_close_date") + ", t.id";
        };
        List<Deal> rows = loadPage(where, order, page);
        return Paging.page(rows, page, sql.cursors, scope, d -> switch (sort) {
            case CREATED -> List.of(d.id().toString());
            case NAME -> List.of(d.name(), d.id().toString());
            case EXPECTED_CLOSE_DATE -> java.util.Arrays.asList(d.expectedCloseDate().map(LocalDate::toString).orElse(null),
                    d.id().toString());
        });
    }

    private static void afterCursor(Where where, DealSort sort, String nameOrder, CursorCodec.Keys keys) {
        UUID lastId = keys.id(keys.size() - 1);
        switch (sort) {
            case CREATED -> Keyset.after(where, List.of(new Keyset.Key("t.id", p -> p.uuid(lastId))), false);
            case NAME -> {
                String name = keys.text(0);
                Keyset.after(where, List.of(new Keyset.Key(nameOrder, p -> p.codePointKey(name)),
                        new Keyset.Key("t.id", p -> p.uuid(lastId))), false);
            }
            case EXPECTED_CLOSE_DATE -> {
                LocalDate date = keys.optionalDate(0);
                if (date == null) {
                    // past every dated deal: only undated ones with a larger id remain
                    where.and("t.expected_close_date IS NULL AND t.id > ?", p -> p.uuid(lastId));
                } else {
                    where.and("(t.expected_close_date > ? OR (t.expected_close_date = ? AND t.id > ?)"
                            + " OR t.expected_close_date IS NULL)", p -> p.date(date).date(date).uuid(lastId));
                }
            }
        }
    }

    @Override
    public long count(DealQuery query) {
        return countWhere(filter(query));
    }

    @Override
    public List<DealAggregate> aggregate(DealQuery filter, Set<DealGrouping> groupBy) {
        Where where = filter(filter);
        boolean byPipeline = groupBy.contains(DealGrouping.PIPELINE);
        boolean byStage = groupBy.contains(DealGrouping.STAGE);
        boolean byOwner = groupBy.contains(DealGrouping.OWNER);
        boolean byMonth = groupBy.contains(DealGrouping.CLOSE_MONTH);
        Optional<PipelineId> fixedPipeline = filter.pipeline();
        String statement = fixedPipeline.isPresent()
                ? groupedThenJoined(where, byStage, byOwner, byMonth)
                : joinedThenGrouped(where, byPipeline, byStage, byOwner, byMonth);
        boolean pipelineColumn = byPipeline && fixedPipeline.isEmpty();
        return session.list("aggregate Deal", statement, p -> {
            where.bind(p, session.tenant());
            if (fixedPipeline.isPresent()) {
                p.tenant(session.tenant());
                p.id(fixedPipeline.get());
            }
        }, r -> {
            Optional<PipelineId> pipeline = pipelineColumn ? r.optionalId(PipelineId::new)
                    : byPipeline ? fixedPipeline : Optional.empty();
            Optional<String> stage = byStage ? r.optionalString() : Optional.empty();
            Optional<UserId> owner = byOwner ? r.optionalString().map(UserId::of) : Optional.empty();
            Optional<YearMonth> month = Optional.empty();
            if (byMonth) {
                Integer year = r.optionalInt();
                Integer monthOfYear = r.optionalInt();
                month = year == null ? Optional.empty() : Optional.of(YearMonth.of(year, monthOfYear));
            }
            Optional<String> currency = r.optionalString();
            long count = r.longValue();
            BigDecimal amount = r.decimal();
            BigDecimal weighted = r.decimal();
            return new DealAggregate(pipeline, stage, owner, month, currency.map(Money::currency), count,
                    amount == null ? BigDecimal.ZERO : amount,
                    weighted == null ? BigDecimal.ZERO : weighted.movePointLeft(2));
        });
    }

    /**
     * A pipeline's aggregation (the board): the deals are grouped first, by stage and the requested keys, in an
     * index-only scan of the board index, and only the few groups are joined to their stage. Bound: tenant,
     * the filter, tenant, pipeline.
     */
    private String groupedThenJoined(Where where, boolean byStage, boolean byOwner, boolean byMonth) {
        StringBuilder innerKeys = new StringBuilder("t.stage AS stage");
        StringBuilder innerGroup = new StringBuilder("t.stage");
        List<String> outerKeys = new ArrayList<>();
        if (byStage) {
            outerKeys.add("g.stage");
        }
        if (byOwner) {
            innerKeys.append(", t.owner_id AS owner_id");
            innerGroup.append(", t.owner_id");
            outerKeys.add("g.owner_id");
        }
        if (byMonth) {
            innerKeys.append(", ").append(CLOSE_YEAR).append(" AS close_year, ").append(CLOSE_MONTH)
                    .append(" AS close_month");
            innerGroup.append(", ").append(CLOSE_YEAR).append(", ").append(CLOSE_MONTH);
            outerKeys.add("g.close_year");
            outerKeys.add("g.close_month");
        }
        innerGroup.append(", t.currency");
        String keys = outerKeys.isEmpty() ? "" : String.join(", ", outerKeys) + ", ";
        return "SELECT " + keys + DealSql.OUTER_MEASURES + " FROM ("
                + where.select("SELECT " + innerKeys + ", " + DealSql.INNER_MEASURES + sql.deal.dealTable,
                        " GROUP BY " + innerGroup) + ")"
                + sql.deal.stageJoinOfPipeline + " GROUP BY " + keys + "g.currency";
    }

    /**
     * An aggregation across pipelines (forecast inputs): grouping first would have to keep stage and pipeline
     * in every group, multiplying the groups by the stages, so each deal is joined to its stage and grouped
     * once by the requested keys. Bound: tenant, the filter.
     */
    private String joinedThenGrouped(Where where, boolean byPipeline, boolean byStage, boolean byOwner,
                                     boolean byMonth) {
        List<String> keys = new ArrayList<>();
        if (byPipeline) {
            keys.add("t.pipeline_id");
        }
        if (byStage) {
            keys.add("t.stage");
        }
        if (byOwner) {
            keys.add("t.owner_id");
        }
        if (byMonth) {
            keys.add(CLOSE_YEAR);
            keys.add(CLOSE_MONTH);
        }
        String columns = keys.isEmpty() ? "" : String.join(", ", keys) + ", ";
        return where.select("SELECT " + columns + DealSql.ROW_MEASURES + sql.deal.dealJoinStage,
                " GROUP BY " + columns + "t.currency");
    }

    private Where filter(DealQuery query) {
        Where where = new Where();
        query.pipeline().ifPresent(pipeline -> where.and("t.pipeline_id = ?", p -> p.id(pipeline)));
        if (!query.stages().isEmpty()) {
            List<String> stages = List.copyOf(query.stages());
            where.and("t.stage IN " + Sql.in(stages.size()), p -> p.each(stages, Params::string));
        }
        query.owner().ifPresent(owner -> where.and("t.owner_id = ?", p -> p.string(owner.value())));
        query.account().ifPresent(account -> where.andNarrowing("t.account_id = ?", p -> p.id(account)));
        query.contact().ifPresent(contact -> where.andNarrowingThrough(sql.deal.withContact,
                p -> p.tenant(session.tenant()).id(contact)));
        query.expectedCloseFrom().ifPresent(from -> where.and("t.expected_close_date >= ?", p -> p.date(from)));
        query.expectedCloseBefore().ifPresent(before -> where.and("t.expected_close_date < ?", p -> p.date(before)));
        switch (query.status()) {
            case OPEN -> where.and("t.closed_at IS NULL");
            case CLOSED -> where.and("t.closed_at IS NOT NULL");
            case ANY -> {
            }
        }
        return where;
    }
}
