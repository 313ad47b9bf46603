package dev.crmkit.core.forecast;

import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.StageChange;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.pipeline.PipelineTemplates;
import dev.crmkit.core.model.shared.DealId;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.Percentage;
import dev.crmkit.core.model.shared.PipelineId;
import dev.crmkit.core.model.shared.StageChangeId;
import dev.crmkit.core.model.deal.DealContact;
import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.core.rules.DealMoves;
import dev.crmkit.core.rules.MoveRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Small builders for forecast and analytics tests, on a Salesforce-style pipeline in USD. */
public final class TestDeals {
    /** 2017-01-01T00:00:00Z. */
    public static final Instant T0 = Instant.parse("2017-01-01T00:00:00Z");
    /** The pipeline id. */
    public static final PipelineId PIPELINE_ID = new PipelineId(new UUID(0, 1));
    /** Salesforce-style stages: prospecting 10 %, ..., negotiation 90 % COMMIT, closed-won, closed-lost. */
    public static final Pipeline SALES = PipelineTemplates.salesforceStyle(PIPELINE_ID, "Sales", T0);

    private TestDeals() {
    }

    /** The id of test deal {@code n}. */
    public static DealId id(int n) {
        return new DealId(new UUID(1, n));
    }

    /** A deal in {@code stage} created and entered at {@link #T0}, with an amount in USD. */
    public static Deal.Builder deal(int n, String stage, String amountUsd) {
        return Deal.builder().id(id(n)).name("Deal " + n).pipeline(PIPELINE_ID).stage(stage).stageEnteredAt(T0)
                .createdAt(T0).amount(Money.of(amountUsd, "USD"));
    }

    /** A USD context over {@link #SALES}, calendar years in UTC. */
    public static ForecastContext usd() {
        return ForecastContext.builder().pipelines(SALES).reportingCurrency("USD").build();
    }

    /** A history entry; {@code from} null for the creation entry, {@code amountUsd} and {@code close} may be null. */
    public static StageChange change(int deal, int seq, String from, String to, Instant at, String amountUsd,
                                     LocalDate close, int probability) {
        StageChange.Builder b = StageChange.builder().id(new StageChangeId(new UUID(2, deal * 1000L + seq)))
                .deal(id(deal)).pipeline(PIPELINE_ID).toStage(to).changedAt(at)
                .probability(Percentage.of(probability));
        if (from != null) {
            b.fromStage(from);
        }
        if (amountUsd != null) {
            b.amount(Money.of(amountUsd, "USD"));
        }
        if (close != null) {
            b.expectedCloseDate(close);
        }
        return b.build();
    }

    /** {@link #T0} plus whole days. */
    public static Instant day(long days) {
        return T0.plusSeconds(days * 86_400);
    }

    /**
     * Deals with consistent stage history, made through {@link DealMoves} like a real store would: create
     * deals, move them, then replay.
     */
    public static final class Book {
        private final Map<Integer, Deal> deals = new LinkedHashMap<>();
        private final List<StageChange> history = new ArrayList<>();
        private long changes;

        /** Creates deal {@code n} in {@code stage} at {@code day} with an amount and an expected close date. */
        public Book create(int n, long day, String stage, String amountUsd, LocalDate expectedClose) {
            Deal deal = deal(n, stage, amountUsd).createdAt(day(day)).stageEnteredAt(day(day))
                    .expectedCloseDate(expectedClose)
                    .addContacts(DealContact.of(new ContactId(new UUID(3, n)), "champion")).build();
            deals.put(n, deal);
            history.add(DealMoves.creation(deal, SALES, Optional.empty(), nextChangeId()));
            return this;
        }

        /** Creates deal {@code n} in prospecting at {@code day} (amount 1000.00, close 2017-12-31). */
        public Book create(int n, long day) {
            return create(n, day, "prospecting", "1000.00", LocalDate.of(2017, 12, 31));
        }

        /** Moves deal {@code n} to {@code stage} at {@code day} (closed-lost gets a reason). */
        public Book move(int n, long day, String stage) {
            MoveRequest request = stage.equals("closed-lost") ? MoveRequest.lost(stage, "no budget") : MoveRequest.to(stage);
            var outcome = DealMoves.move(deals.get(n), SALES, request, day(day), Optional.empty(), nextChangeId());
            deals.put(n, outcome.deal());
            history.add(outcome.change());
            return this;
        }

        /** Replaces deal {@code n} with an edited copy (edits that the history does not record). */
        public Book edit(int n, java.util.function.UnaryOperator<Deal> edit) {
            deals.put(n, edit.apply(deals.get(n)));
            return this;
        }

        /** The deal's current state. */
        public Deal get(int n) {
            return deals.get(n);
        }

        /** All deals in their current state. */
        public List<Deal> deals() {
            return List.copyOf(deals.values());
        }

        /** The whole history. */
        public List<StageChange> history() {
            return List.copyOf(history);
        }

        /** A replay over the book. */
        public AsOfReplay replay() {
            return AsOfReplay.of(deals(), history(), List.of(SALES));
        }

        private dev.crmkit.core.model.shared.StageChangeId nextChangeId() {
            return new dev.crmkit.core.model.shared.StageChangeId(new UUID(4, ++changes));
        }
    }
}
