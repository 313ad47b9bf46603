package dev.crmkit.internal;

import dev.crmkit.core.forecast.ExchangeRates;
import dev.crmkit.core.forecast.ForecastContext;
import dev.crmkit.core.forecast.PeriodCalendar;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.StageChange;
import dev.crmkit.core.model.pipeline.Stage;
import dev.crmkit.core.model.pipeline.StageKind;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.rules.StageHistory;
import dev.crmkit.core.scoring.predictive.WinProbabilityModel;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The named features {@link WinProbabilityModel} reads, taken from deals: for a closed deal, the open stage it
 * reached before closing and the whole days it spent there, with the label; for an open deal, its stage and the
 * whole days in it so far. Amounts are in the reporting currency (closed deals converted at their close date,
 * open ones at the as-of date); {@code product} is the deal's custom property {@value #PRODUCT_PROPERTY}.
 */
public final class DealFeatureRows {
    /** The deal custom property read as the {@code product} feature. */
    public static final String PRODUCT_PROPERTY = "product";

    private DealFeatureRows() {
    }

    /**
     * The training row of a closed deal, or empty when it is not in a won or lost stage of the context.
     *
     * @param history the deal's stage history, in any order
     */
    public static Optional<Map<String, String>> closed(Deal deal, List<StageChange> history, ForecastContext context) {
        Optional<Stage> stage = InsightReads.stage(context, deal.pipeline(), deal.stage());
        if (stage.isEmpty() || !stage.get().kind().isClosed()) {
            return Optional.empty();
        }
        List<StageChange> sorted = new ArrayList<>(history);
        sorted.sort(StageHistory.ORDER);
        int closing = -1;
        for (int i = sorted.size() - 1; i >= 0; i--) {
            StageChange c = sorted.get(i);
            if (InsightReads.stage(context, c.pipeline(), c.toStage()).map(s -> s.kind().isClosed()).orElse(false)) {
                closing = i;
                break;
            }
        }
        Instant closedAt = deal.closedAt().orElse(deal.stageEnteredAt());
        String reached = "";
        String days = "";
        if (closing > 0) {
            StageChange before = sorted.get(closing - 1);
            reached = before.toStage();
            days = String.valueOf(wholeDays(before.changedAt(), sorted.get(closing).changedAt()));
        } else if (closing == 0) {
            reached = sorted.get(0).fromStage().orElse("");
        }
        Map<String, String> row = common(deal, amount(deal.amount(), context.currency(), context.rates(), context.calendar(), closedAt));
        row.put(WinProbabilityModel.STAGE, reached);
        row.put(WinProbabilityModel.DAYS_IN_STAGE, days);
        row.put(WinProbabilityModel.WON, Boolean.toString(stage.get().kind() == StageKind.WON));
        return Optional.of(row);
    }

    /** The features of an open deal as it stands at {@code asOf}. */
    public static Map<String, String> open(Deal deal, Instant asOf, Currency currency, ExchangeRates rates, PeriodCalendar calendar) {
        Map<String, String> row = common(deal, amount(deal.amount(), currency, rates, calendar, asOf));
        row.put(WinProbabilityModel.STAGE, deal.stage());
        row.put(WinProbabilityModel.DAYS_IN_STAGE, String.valueOf(wholeDays(deal.stageEnteredAt(), asOf)));
        return row;
    }

    private static Map<String, String> common(Deal deal, String amount) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put(WinProbabilityModel.AMOUNT, amount);
        row.put(WinProbabilityModel.OWNER, deal.owner().map(o -> o.value()).orElse(""));
        row.put(WinProbabilityModel.SOURCE, deal.source().orElse(""));
        row.put(WinProbabilityModel.PRODUCT, Optional.ofNullable(deal.properties().get(PRODUCT_PROPERTY))
                .map(v -> v.asText()).orElse(""));
        return row;
    }

    private static String amount(Optional<Money> amount, Currency currency, ExchangeRates rates, PeriodCalendar calendar,
                                 Instant at) {
        if (amount.isEmpty()) {
            return "";
        }
        BigDecimal converted = rates.convertExact(amount.get(), currency, calendar.dateOf(at));
        return converted.toPlainString();
    }

    private static long wholeDays(Instant from, Instant to) {
        return to.isBefore(from) ? 0 : Duration.between(from, to).toDays();
    }
}
