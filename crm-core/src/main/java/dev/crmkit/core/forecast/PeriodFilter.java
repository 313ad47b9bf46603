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

    /** The stage of the deal last passed to {@link #amountIfCounted}. */
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
     * The deal's amount in the reporting currency when it counts in the period, else null; sets {@link #slot}
     * (when the pipeline and stage exist; otherwise it throws as {@link ForecastContext#stageOf} does).
     * A deal without an amount counts as zero.
     */
    BigDecimal amountIfCounted(Deal deal) {
        slot = slotOf(deal);
        LocalDate rateDate = null;
        Instant closedAt = null;
        if (slot.stage().kind().isClosed()) {
            if (openOnly) {
                return null;
            }
            closedAt = deal.closedAt().orElse(deal.stageEnteredAt());
            if (closedAt.isBefore(from) || !closedAt.isBefore(to)) {
                return null;
            }
        } else {
            LocalDate expected = deal.expectedCloseDate().orElse(null);
            if (expected == null) {
                if (!includeUndated) {
                    return null;
                }
                expected = period.start();
            }
            if (!period.contains(expected)) {
                return null;
            }
            rateDate = expected;
        }
        Money amount = deal.amount().orElse(null);
        if (amount == null) {
            return BigDecimal.ZERO;
        }
        if (amount.currency().equals(currency)) {
            return amount.amount();
        }
        return amount.amount().multiply(rate(amount.currency(), rateDate != null ? rateDate
                : context.calendar().dateOf(closedAt)));
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
