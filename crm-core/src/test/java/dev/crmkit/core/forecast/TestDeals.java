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
import java.time.Instant;
import java.time.LocalDate;
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
}
