package dev.crmkit.internal;

import dev.crmkit.core.forecast.ExchangeRates;
import dev.crmkit.core.forecast.PeriodCalendar;
import dev.crmkit.core.forecast.TeamDirectory;
import dev.crmkit.core.forecast.UndatedDealPolicy;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * How a {@code Crm} reports forecasts, analytics and scores: the period calendar, the reporting currency
 * (inferred per tenant when empty), the exchange rates into it, the owner-to-team mapping and the treatment of
 * open deals without an expected close date.
 *
 * @param calendar          the period calendar
 * @param reportingCurrency the reporting currency, or empty to use the tenant's single deal currency
 * @param rates             the exchange rates into the reporting currency
 * @param teams             the owner-to-team mapping
 * @param undatedDeals      how open deals without an expected close date count
 */
public record InsightConfig(PeriodCalendar calendar, Optional<Currency> reportingCurrency, ExchangeRates rates,
                            TeamDirectory teams, UndatedDealPolicy undatedDeals) {
    /** Requires every component. */
    public InsightConfig {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(reportingCurrency, "reportingCurrency");
        Objects.requireNonNull(rates, "rates");
        Objects.requireNonNull(teams, "teams");
        Objects.requireNonNull(undatedDeals, "undatedDeals");
    }

    /** Calendar years in UTC, currency inferred, same-currency rates only, no teams, undated deals excluded. */
    public static InsightConfig defaults() {
        return new InsightConfig(PeriodCalendar.utc(), Optional.empty(), ExchangeRates.sameCurrencyOnly(),
                TeamDirectory.none(), UndatedDealPolicy.EXCLUDE);
    }
}
