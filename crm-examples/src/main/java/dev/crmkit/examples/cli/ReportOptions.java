package dev.crmkit.examples.cli;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.forecast.ForecastContext;
import dev.crmkit.core.forecast.PeriodCalendar;
import dev.crmkit.core.forecast.UndatedDealPolicy;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.shared.Money;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/**
 * Options of the forecast and analytics reports (a picocli mixin): the reporting currency and how open deals
 * without an expected close date count. Builds the {@link ForecastContext} (calendar years in UTC).
 */
final class ReportOptions {
    /** How open deals without an expected close date count in a period. */
    enum Undated {
        /** Like {@code every-period} when no deal of the tenant has an expected close date, else {@code exclude}. */
        AUTO,
        /** They count in no period ({@link UndatedDealPolicy#EXCLUDE}). */
        EXCLUDE,
        /** They count in every period ({@link UndatedDealPolicy#IN_EVERY_PERIOD}). */
        EVERY_PERIOD
    }

    @Option(names = "--currency", paramLabel = "CODE",
            description = "Reporting currency. Default: the currency most deals are in (USD when none has an amount).")
    String currency;

    @Option(names = "--undated", paramLabel = "POLICY", converter = UndatedConverter.class,
            description = "Open deals without an expected close date: auto, exclude or every-period. Default: auto "
                    + "(every-period when no deal has an expected close date, as in data that never records them).")
    Undated undated = Undated.AUTO;

    /** The calendar of every report: calendar years, UTC. */
    static PeriodCalendar calendar() {
        return PeriodCalendar.utc();
    }

    /**
     * The context for the tenant's data.
     *
     * @throws ValidationException when the tenant has no pipeline or the currency code is unknown
     */
    ForecastContext context(TenantData data) {
        ValidationException.check(!data.pipelines().isEmpty(), "pipelines", null,
                "the tenant has no pipeline yet: import deals or run 'crm demo' first");
        return ForecastContext.builder()
                .pipelines(data.pipelines())
                .calendar(calendar())
                .reportingCurrency(reportingCurrency(data))
                .undatedDeals(policy(data))
                .build();
    }

    /** The policy {@code --undated} resolves to for this data. */
    UndatedDealPolicy policy(TenantData data) {
        return switch (undated) {
            case EXCLUDE -> UndatedDealPolicy.EXCLUDE;
            case EVERY_PERIOD -> UndatedDealPolicy.IN_EVERY_PERIOD;
            case AUTO -> data.deals().stream().anyMatch(d -> d.expectedCloseDate().isPresent())
                    ? UndatedDealPolicy.EXCLUDE : UndatedDealPolicy.IN_EVERY_PERIOD;
        };
    }

    private Currency reportingCurrency(TenantData data) {
        if (currency != null) {
            return Money.currency(currency.strip().toUpperCase(Locale.ROOT));
        }
        Map<Currency, Long> counts = data.deals().stream().map(Deal::amount).flatMap(Optional::stream)
                .collect(Collectors.groupingBy(Money::currency, Collectors.counting()));
        return counts.entrySet().stream()
                .max(Comparator.<Map.Entry<Currency, Long>>comparingLong(Map.Entry::getValue)
                        .thenComparing(e -> e.getKey().getCurrencyCode(), Comparator.reverseOrder()))
                .map(Map.Entry::getKey)
                .orElse(Currency.getInstance("USD"));
    }

    /** Describes the undated-deal policy for report headers. */
    static String describe(UndatedDealPolicy policy) {
        return policy == UndatedDealPolicy.EXCLUDE ? "open deals without a close date excluded"
                : "open deals without a close date count in every period";
    }

    /** Reads {@code auto}, {@code exclude}, {@code every-period}. */
    static final class UndatedConverter implements picocli.CommandLine.ITypeConverter<Undated> {
        private static final Map<String, Undated> NAMES = Arrays.stream(Undated.values())
                .collect(Collectors.toMap(u -> u.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        Function.identity()));

        @Override
        public Undated convert(String value) {
            Undated policy = NAMES.get(value.strip().toLowerCase(Locale.ROOT));
            if (policy == null) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not one of " + NAMES.keySet());
            }
            return policy;
        }
    }
}
