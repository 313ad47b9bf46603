package dev.crmkit.core.forecast;

import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.PipelineId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;

/**
 * The hot path shared by period reports: which stage a deal is in, whether it counts in the period
 * ({@link ForecastContext#countingDate}), and its amount in the reporting currency. Closed deals are tested
 * against the period's boundary instants, so no date conversion happens unless an exchange rate is needed.
 * The {@link ExchangeRates} port is asked at most once per currency and date in one report (a host's rate
 * lookup may be a query); each amount is then multiplied by that rate exactly, as
 * {@link ExchangeRates#convertExact} does. One instance per report call; not thread-safe.
 */
final class PeriodFilter {
    private final ForecastContext context;
    private final Period period;
    private final Instant from;
    private final Instant to;
    private final Currency currency;
    private final boolean includeUndated;
    private final boolean openOnly;
    private final Map<Currency, Map<LocalDate, BigDecimal>> rates = new HashMap<>();
    private PipelineId lastPipeline;
    private Map<String, StageSlot> lastStages;
    private Currency lastCurrency;
    private Map<LocalDate, BigDecimal> lastRates;

    /** The stage of the deal last passed to {@link #counts}. */
    StageSlot slot;

    /** A filter for one period; {@code openOnly} skips closed deals before anything else is looked at. */
    PeriodFilter(ForecastContext context, Period period, boolean openOnly) {
        this.openOnly = openOnly;
        this.context = context;
        this.period = period;
        this.from = context.calendar().startOf(period);
        this.to = context.calendar().endOf(period);
        this.currency = context.currency();
        this.includeUndated = context.undatedDeals() == UndatedDealPolicy.IN_EVERY_PERIOD;
    }

    /**
     * Whether the deal counts in the period; sets {@link #slot} (when the pipeline and stage exist; otherwise
     * it throws as {@link ForecastContext#stageOf} does). Kept apart from {@link #amount} and small, so the
     * compiler inlines both into the reports' loops.
     */
    boolean counts(Deal deal) {
        StageSlot found = slotOf(deal);
        slot = found;
        if (found.stage().kind().isClosed()) {
            if (openOnly) {
                return false;
            }
            Instant closedAt = deal.closedAt().orElse(deal.stageEnteredAt());
            return !closedAt.isBefore(from) && closedAt.isBefore(to);
        }
        LocalDate expected = deal.expectedCloseDate().orElse(null);
        return expected == null ? includeUndated : period.contains(expected);
    }

    /**
     * The amount in the reporting currency of a deal {@link #counts} just accepted; a deal without an amount
     * counts as zero.
     */
    BigDecimal amount(Deal deal) {
        Money amount = deal.amount().orElse(null);
        if (amount == null) {
            return BigDecimal.ZERO;
        }
        if (amount.currency() == currency) {
            return amount.amount();
        }
        return converted(deal, amount);
    }

    /** The exact conversion at the deal's counting date (its close date, else the expected or period start). */
    private BigDecimal converted(Deal deal, Money amount) {
        if (amount.currency().equals(currency)) {
            return amount.amount();
        }
        LocalDate on;
        if (slot.stage().kind().isClosed()) {
            on = context.calendar().dateOf(deal.closedAt().orElse(deal.stageEnteredAt()));
        } else {
            on = deal.expectedCloseDate().orElse(period.start());
        }
        return amount.amount().multiply(rate(amount.currency(), on));
    }

    private BigDecimal rate(Currency source, LocalDate on) {
        if (source != lastCurrency) {
            lastRates = rates.computeIfAbsent(source, k -> new HashMap<>());
            lastCurrency = source;
        }
        BigDecimal rate = lastRates.get(on);
        if (rate == null) {
            rate = context.rates().rate(source, currency, on);
            lastRates.put(on, rate);
        }
        return rate;
    }

    private StageSlot slotOf(Deal deal) {
        PipelineId pipeline = deal.pipeline();
        if (pipeline != lastPipeline && !pipeline.equals(lastPipeline)) {
            lastStages = context.slotsOf(pipeline);
            lastPipeline = pipeline;
        }
        StageSlot found = lastStages.get(deal.stage());
        return found != null ? found : context.slot(pipeline, deal.stage());
    }
}
