package dev.crmkit.jdbc.internal;

import dev.crmkit.core.error.NotFoundException;
import dev.crmkit.core.model.deal.StageChange;
import dev.crmkit.core.model.shared.DealId;
import dev.crmkit.core.model.shared.EntityId;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.Percentage;
import dev.crmkit.core.model.shared.PipelineId;
import dev.crmkit.core.model.shared.StageChangeId;
import dev.crmkit.core.model.shared.UserId;
import dev.crmkit.spi.DuplicateKeyException;
import dev.crmkit.spi.Page;
import dev.crmkit.spi.PageRequest;
import dev.crmkit.spi.StageChangeQuery;
import dev.crmkit.spi.StageHistoryRepository;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The append-only stage history in SQL. Appends check in one query per thousand entries that their deals
 * exist (so a missing deal is a {@link NotFoundException} naming it), then insert in batches; the foreign
 * key to the deal deletes the history with its deal.
 */
final class JdbcStageHistoryRepository implements StageHistoryRepository {
    private final Session session;
    private final StoreSql sql;

    JdbcStageHistoryRepository(Session session, StoreSql sql) {
        this.session = session;
        this.sql = sql;
    }

    @Override
    public void append(StageChange change) {
        appendAll(List.of(change));
    }

    @Override
    public void appendAll(List<StageChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        Set<UUID> deals = new LinkedHashSet<>();
        changes.forEach(c -> deals.add(c.deal().value()));
        Set<UUID> existing = new HashSet<>();
        for (List<UUID> chunk : Chunks.of(deals, Chunks.MAX_IN)) {
            existing.addAll(session.list("check deals", sql.stageChange.existingDeals(chunk.size()),
                    p -> p.keyIn(q -> q.tenant(session.tenant()), chunk, Params::uuid), Row::uuid));
        }
        for (UUID deal : deals) {
            if (!existing.contains(deal)) {
                throw new NotFoundException("Deal", new DealId(deal));
            }
        }
        session.batch("append stage changes", sql.stageChange.insert, changes, this::bind,
                c -> new DuplicateKeyException("StageChange", "id=" + c.id()),
                () -> new DuplicateKeyException("StageChange", "id (one of the batch)"));
    }

    private void bind(Params p, StageChange c) throws SQLException {
        p.tenant(session.tenant()).id(c.id()).id(c.deal()).id(c.pipeline()).string(c.fromStage()).string(c.toStage())
                .instant(c.changedAt()).decimal(c.amount().map(Money::amount).orElse(null))
                .string(c.amount().map(Money::currencyCode)).date(c.expectedCloseDate()).decimal(c.probability().value())
                .string(c.changedBy().map(UserId::value));
    }

    private static StageChange read(Row r) throws SQLException {
        StageChange.Builder b = StageChange.builder().id(r.id(StageChangeId::new)).deal(r.id(DealId::new))
                .pipeline(r.id(PipelineId::new)).fromStage(r.optionalString()).toStage(r.string())
                .changedAt(r.instant());
        BigDecimal amount = r.decimal();
        String currency = r.string();
        if (amount != null) {
            b.amount(Money.of(amount, Money.currency(currency)));
        }
        return b.expectedCloseDate(r.optionalDate()).probability(new Percentage(r.decimal()))
                .changedBy(r.optionalString().map(UserId::of)).build();
    }

    @Override
    public List<StageChange> forDeal(DealId deal) {
        return session.list("read stage history", sql.stageChange.forDeal, p -> p.tenant(session.tenant()).id(deal),
                JdbcStageHistoryRepository::read);
    }

    @Override
    public List<StageChange> forDeals(Collection<DealId> deals) {
        // sorted the way the database orders UUIDs (unsigned, byte by byte), so chunks concatenate in order
        List<UUID> ids = deals.stream().map(EntityId::value).distinct().sorted(JdbcStageHistoryRepository::compareUnsigned)
                .toList();
        List<StageChange> result = new ArrayList<>();
        for (List<UUID> chunk : Chunks.of(ids, Chunks.MAX_IN)) {
            result.addAll(session.list("read stage histories", sql.stageChange.forDeals(chunk.size()),
                    p -> p.keyIn(q -> q.tenant(session.tenant()), chunk, Params::uuid), JdbcStageHistoryRepository::read));
        }
        return result;
    }

    private static int compareUnsigned(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    @Override
    public Page<StageChange> find(StageChangeQuery query, PageRequest page) {
        // the cursor belongs to this exact filter, so the scope names every attribute
        String scope = Paging.scope(session.tenant(), "StageChange:" + query.pipeline().map(Object::toString).orElse("")
                + "|" + query.changedFrom().map(Instant::toString).orElse("") + "|"
                + query.changedBefore().map(Instant::toString).orElse(""));
        Where where = new Where();
        query.pipeline().ifPresent(pipeline -> where.and("t.pipeline_id = ?", p -> p.id(pipeline)));
        query.changedFrom().ifPresent(from -> where.and("t.changed_at >= ?", p -> p.instant(from)));
        query.changedBefore().ifPresent(before -> where.and("t.changed_at < ?", p -> p.instant(before)));
        page.cursor().ifPresent(cursor -> {
            CursorCodec.Keys keys = sql.cursors.decode(cursor, scope, 2);
            Instant at = keys.instant(0);
            UUID lastId = keys.id(1);
            Keyset.after(where, List.of(new Keyset.Key("t.changed_at", p -> p.instant(at)),
                    new Keyset.Key("t.id", p -> p.uuid(lastId))), false);
        });
        String order = where.orderBy(session.dialect(), false, List.of("t.changed_at", "t.id"));
        List<StageChange> rows = session.list("read stage history", where.selectPage(session.dialect(), sql.stageChange.select, order + " LIMIT ?"),
                p -> {
                    where.bind(p, session.tenant());
                    p.intValue(Paging.fetchSize(page));
                }, JdbcStageHistoryRepository::read);
        return Paging.page(rows, page, sql.cursors, scope, c -> List.of(c.changedAt().toString(), c.id().toString()));
    }
}
