package dev.crmkit.examples.bench;

import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.pipeline.StageKind;
import dev.crmkit.core.model.shared.DealId;
import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.Percentage;
import dev.crmkit.core.model.shared.PipelineId;
import dev.crmkit.core.model.shared.UserId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Deterministic deals: every field of row {@code i} is a function of {@code i} (a SplitMix64 hash of it), so
 * rows can be generated batch by batch, in any order, without keeping earlier ones. The mix: 1 in 8 deals in
 * the second pipeline; stages cycle through each pipeline's stages (so about 1 in 5 is won or lost); amounts
 * from 1,000.00 to 100,000.00, 1 in 32 without one, 1 in 8 of the rest in EUR; expected close dates over two
 * years from 2025-01-01, 1 in 64 undated; 40 owners; 1 in 16 with a probability override of 35 %.
 */
public final class DealRows {
    /** The source system of the generated external ids. */
    public static final String SOURCE = "bench";
    /** The first expected close date. */
    public static final LocalDate FIRST_CLOSE = LocalDate.of(2025, 1, 1);
    /** Number of distinct owners. */
    public static final int OWNERS = 40;

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final BigDecimal OVERRIDE = BigDecimal.valueOf(35);
    private static final String[] OWNER_IDS = new String[OWNERS];
    private static final UserId[] OWNER_USERS = new UserId[OWNERS];

    static {
        for (int i = 0; i < OWNERS; i++) {
            OWNER_IDS[i] = "user-" + i;
            OWNER_USERS[i] = UserId.of(OWNER_IDS[i]);
        }
    }

    private final long seed;

    /** Rows of this seed (the same seed gives the same rows). */
    public DealRows(long seed) {
        this.seed = seed;
    }

    /** Row {@code index} with the given id. */
    public DealRow row(long index, UUID id) {
        long h = Mix.hash(seed, index);
        boolean main = (h & 0x7) != 0;
        int stageIndex = BenchPipelines.stageIndex(main, h >>> 3);
        String stage = BenchPipelines.stageKey(main, stageIndex);
        StageKind kind = BenchPipelines.stageKind(main, stageIndex);
        Instant created = BenchPipelines.EPOCH.plusSeconds(index);
        BigDecimal amount = null;
        String currency = null;
        if (((h >>> 8) & 0x1F) != 0) {
            amount = BigDecimal.valueOf(100_000 + Long.remainderUnsigned(h >>> 13, 9_900_001), 2);
            currency = ((h >>> 37) & 0x7) == 0 ? "EUR" : "USD";
        }
        LocalDate close = ((h >>> 40) & 0x3F) == 0 ? null : FIRST_CLOSE.plusDays(Long.remainderUnsigned(h >>> 46, 730));
        String owner = OWNER_IDS[(int) Long.remainderUnsigned(h >>> 20, OWNERS)];
        BigDecimal override = kind == StageKind.OPEN && ((h >>> 30) & 0xF) == 0 ? OVERRIDE : null;
        Instant closed = kind == StageKind.OPEN ? null : created.plusSeconds(86_400);
        return new DealRow(id, "Deal " + index, (main ? BenchPipelines.MAIN : BenchPipelines.SECOND).id().value(), stage,
                created, amount, currency, close, owner, override, closed, "D" + index);
    }

    /** Rows {@code from} (inclusive) to {@code from + count} with ids from {@code ids}. */
    public List<DealRow> rows(long from, int count, IdSequence ids) {
        List<DealRow> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(row(from + i, ids.next()));
        }
        return rows;
    }

    /** The row as a new CRMKit deal (version 0), with its external id. */
    public static Deal toDeal(DealRow row) {
        Deal.Builder deal = Deal.builder().id(new DealId(row.id())).name(row.name())
                .pipeline(row.pipeline().equals(BenchPipelines.MAIN.id().value()) ? BenchPipelines.MAIN.id()
                        : row.pipeline().equals(BenchPipelines.SECOND.id().value()) ? BenchPipelines.SECOND.id()
                        : new PipelineId(row.pipeline()))
                .stage(row.stage()).stageEnteredAt(row.createdAt()).createdAt(row.createdAt())
                .expectedCloseDate(Optional.ofNullable(row.expectedClose())).closedAt(Optional.ofNullable(row.closedAt()))
                .addExternalIds(ExternalId.of(SOURCE, row.externalId()));
        if (row.amount() != null) {
            deal.amount(Money.of(row.amount(), "EUR".equals(row.currency()) ? EUR : USD));
        }
        if (row.owner() != null) {
            deal.owner(ownerUser(row.owner()));
        }
        if (row.probabilityOverride() != null) {
            deal.probabilityOverride(new Percentage(row.probabilityOverride()));
        }
        return deal.build();
    }

    /** The rows as CRMKit deals. */
    public static List<Deal> toDeals(List<DealRow> rows) {
        List<Deal> deals = new ArrayList<>(rows.size());
        for (DealRow row : rows) {
            deals.add(toDeal(row));
        }
        return deals;
    }

    private static UserId ownerUser(String owner) {
        // the generated owners are shared instances, as a host's user directory would hand them out
        if (owner.startsWith("user-")) {
            int n = Integer.parseInt(owner, 5, owner.length(), 10);
            if (n >= 0 && n < OWNERS) {
                return OWNER_USERS[n];
            }
        }
        return UserId.of(owner);
    }
}
