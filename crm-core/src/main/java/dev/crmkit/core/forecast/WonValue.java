package dev.crmkit.core.forecast;

import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.pipeline.Stage;
import dev.crmkit.core.model.pipeline.StageKind;
import dev.crmkit.core.model.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;

/** Won business of a period: the amounts of deals in a won stage whose close date falls in the period. */
public final class WonValue {
    private WonValue() {
    }

    /**
     * The won value of {@code period} among {@code deals}: each won deal's amount converted at its close date,
     * summed exactly and rounded once.
     *
     * @throws dev.crmkit.core.error.NotFoundException   when a deal's pipeline is not in the context
     * @throws dev.crmkit.core.error.ValidationException when a deal's stage is not in its pipeline
     * @throws MissingExchangeRateException              when an amount cannot be converted
     */
    public static Money in(Collection<Deal> deals, Period period, ForecastContext context) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Deal deal : deals) {
            Stage stage = context.stageOf(deal);
            if (stage.kind() != StageKind.WON) {
                continue;
            }
            LocalDate closed = context.calendar().dateOf(deal.closedAt().orElse(deal.stageEnteredAt()));
            if (period.contains(closed)) {
                sum = sum.add(context.toReporting(deal.amount(), closed));
            }
        }
        return context.round(sum);
    }
}
