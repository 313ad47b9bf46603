package dev.crmkit.core.forecast;

import dev.crmkit.core.error.NotFoundException;
import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.pipeline.Stage;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.PipelineId;
import dev.crmkit.core.model.shared.UserId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a period report needs besides the deals: the pipelines (for stage kinds, probabilities and
 * forecast categories), the {@link PeriodCalendar}, the reporting currency with its {@link ExchangeRates},
 * the owner-to-team mapping and the {@link UndatedDealPolicy}. Immutable; build once and reuse across calls
 * (stage lookups are indexed at build time).
 */
public final class ForecastContext {
    private final Map<PipelineId, Pipeline> pipelines;
    private final Map<PipelineId, Map<String, StageSlot>> slots;
    private final List<StageSlot> slotList;
    private final PeriodCalendar calendar;
    private final Currency currency;
    private final ExchangeRates rates;
    private final TeamDirectory teams;
    private final UndatedDealPolicy undatedDeals;

    private ForecastContext(Builder b) {
        ValidationException.check(b.currency != null, "reportingCurrency", null, "is required");
        ValidationException.check(!b.pipelines.isEmpty(), "pipelines", null, "at least one pipeline is required");
        this.pipelines = Map.copyOf(b.pipelines);
        Map<PipelineId, Map<String, StageSlot>> index = new HashMap<>();
        List<StageSlot> all = new ArrayList<>();
        for (Pipeline p : b.pipelines.values()) {
            Map<String, StageSlot> byKey = new HashMap<>();
            for (Stage s : p.stages()) {
                StageSlot slot = new StageSlot(all.size(), s, new StageRef(p.id(), s.key()));
                all.add(slot);
                byKey.put(s.key(), slot);
            }
            index.put(p.id(), Map.copyOf(byKey));
        }
        this.slots = Map.copyOf(index);
        this.slotList = List.copyOf(all);
        this.calendar = b.calendar;
        this.currency = b.currency;
        this.rates = b.rates;
        this.teams = b.teams;
        this.undatedDeals = b.undatedDeals;
    }

    /** A new builder (calendar years in UTC, same-currency rates only, no teams, undated deals excluded). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised from this context, to change one setting. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.pipelines.putAll(pipelines);
        return b.calendar(calendar).reportingCurrency(currency).rates(rates).teams(teams).undatedDeals(undatedDeals);
    }

    /** The pipelines by id. */
    public Map<PipelineId, Pipeline> pipelines() {
        return pipelines;
    }

    /** The period calendar. */
    public PeriodCalendar calendar() {
        return calendar;
    }

    /** The reporting currency. */
    public Currency currency() {
        return currency;
    }

    /** The exchange rates into the reporting currency. */
    public ExchangeRates rates() {
        return rates;
    }

    /** The owner-to-team mapping. */
    public TeamDirectory teams() {
        return teams;
    }

    /** How undated open deals are treated. */
    public UndatedDealPolicy undatedDeals() {
        return undatedDeals;
    }

    /**
     * The stage the deal is in.
     *
     * @throws NotFoundException   when the deal's pipeline is not in this context
     * @throws ValidationException when the stage is not in the pipeline
     */
    public Stage stageOf(Deal deal) {
        return stage(deal.pipeline(), deal.stage());
    }

    /**
     * The stage with this key in this pipeline.
     *
     * @throws NotFoundException   when the pipeline is not in this context
     * @throws ValidationException when the stage is not in the pipeline
     */
    public Stage stage(PipelineId pipeline, String key) {
        return slot(pipeline, key).stage();
    }

    /** The numbered stage with this key in this pipeline; throws as {@link #stage(PipelineId, String)} does. */
    StageSlot slot(PipelineId pipeline, String key) {
        StageSlot slot = slotsOf(pipeline).get(key);
        if (slot == null) {
            // every stage is indexed, so this throws the pipeline's own "not a stage of" error
            pipelines.get(pipeline).requireStage(key);
            throw new IllegalStateException("stage " + key + " is in pipeline " + pipeline + " but not indexed");
        }
        return slot;
    }

    /**
     * The numbered stages of a pipeline by key.
     *
     * @throws NotFoundException when the pipeline is not in this context
     */
    Map<String, StageSlot> slotsOf(PipelineId pipeline) {
        Map<String, StageSlot> byKey = slots.get(pipeline);
        if (byKey == null) {
            throw new NotFoundException("Pipeline", pipeline);
        }
        return byKey;
    }

    /** Every stage of every pipeline, in slot order ({@code slots().get(i).index() == i}). */
    List<StageSlot> slots() {
        return slotList;
    }

    /**
     * The pipeline with this id.
     *
     * @throws NotFoundException when it is not in this context
     */
    public Pipeline pipeline(PipelineId id) {
        Pipeline p = pipelines.get(id);
        if (p == null) {
            throw new NotFoundException("Pipeline", id);
        }
        return p;
    }

    /**
     * The amount in the reporting currency, exact (unrounded). A missing amount counts as zero.
     *
     * @throws MissingExchangeRateException when a conversion has no rate
     */
    public BigDecimal toReporting(Optional<Money> amount, LocalDate on) {
        return amount.isEmpty() ? BigDecimal.ZERO : rates.convertExact(amount.get(), currency, on);
    }

    /** The team of an owner, empty for no owner or no team. */
    public Optional<String> teamOf(Optional<UserId> owner) {
        return owner.isEmpty() ? Optional.empty() : teams.teamOf(owner.get());
    }

    /** An exact sum rounded once, half-even, to the reporting currency's scale. */
    public Money round(BigDecimal exact) {
        return Money.ofRounded(exact, currency);
    }

    /**
     * The business date on which a deal counts in period reports: the close date (in the calendar's zone)
     * for a closed deal, the expected close date for an open one, and for an open deal without one either
     * nothing or the period's first day, as {@link #undatedDeals()} says. The same date picks the exchange
     * rate.
     *
     * @param deal   the deal
     * @param stage  its stage (from {@link #stageOf})
     * @param period the period being reported
     * @return the date, or empty when the deal counts in no period
     */
    public Optional<LocalDate> countingDate(Deal deal, Stage stage, Period period) {
        if (stage.kind().isClosed()) {
            return Optional.of(calendar.dateOf(deal.closedAt().orElse(deal.stageEnteredAt())));
        }
        Optional<LocalDate> expected = deal.expectedCloseDate();
        if (expected.isPresent() || undatedDeals == UndatedDealPolicy.EXCLUDE) {
            return expected;
        }
        return Optional.of(period.start());
    }

    /** Zero in the reporting currency. */
    public Money zero() {
        return Money.zero(currency);
    }

    /** Builds a {@link ForecastContext}. */
    public static final class Builder {
        private final Map<PipelineId, Pipeline> pipelines = new HashMap<>();
        private PeriodCalendar calendar = PeriodCalendar.utc();
        private Currency currency;
        private ExchangeRates rates = ExchangeRates.sameCurrencyOnly();
        private TeamDirectory teams = TeamDirectory.none();
        private UndatedDealPolicy undatedDeals = UndatedDealPolicy.EXCLUDE;

        private Builder() {
        }

        /** Adds pipelines (a later pipeline with the same id replaces the earlier one). */
        public Builder pipelines(Collection<Pipeline> all) {
            all.forEach(p -> pipelines.put(p.id(), p));
            return this;
        }

        /** Adds pipelines. */
        public Builder pipelines(Pipeline... all) {
            return pipelines(List.of(all));
        }

        /** The period calendar (default: calendar years in UTC). */
        public Builder calendar(PeriodCalendar value) {
            this.calendar = Objects.requireNonNull(value, "calendar");
            return this;
        }

        /** The reporting currency (required). */
        public Builder reportingCurrency(Currency value) {
            this.currency = value;
            return this;
        }

        /** The reporting currency by ISO code (required). */
        public Builder reportingCurrency(String code) {
            return reportingCurrency(Money.currency(code));
        }

        /** The exchange rates (default: same currency only). */
        public Builder rates(ExchangeRates value) {
            this.rates = Objects.requireNonNull(value, "rates");
            return this;
        }

        /** The owner-to-team mapping (default: no teams). */
        public Builder teams(TeamDirectory value) {
            this.teams = Objects.requireNonNull(value, "teams");
            return this;
        }

        /** How undated open deals are treated (default {@link UndatedDealPolicy#EXCLUDE}). */
        public Builder undatedDeals(UndatedDealPolicy value) {
            this.undatedDeals = Objects.requireNonNull(value, "undatedDeals");
            return this;
        }

        /**
         * The context.
         *
         * @throws ValidationException when the reporting currency or every pipeline is missing
         */
        public ForecastContext build() {
            return new ForecastContext(this);
        }
    }
}
