package dev.crmkit.core.forecast;

import dev.crmkit.core.model.shared.Money;
import java.util.Optional;

/**
 * A point forecast of a period's won value by one {@link ForecastMethod}, with an interval when the method
 * gives one.
 *
 * @param method the method's name
 * @param point  the forecast
 * @param p10    lower end of the 80 % interval, when the method has one
 * @param p90    upper end of the 80 % interval, when the method has one
 */
public record MethodForecast(String method, Money point, Optional<Money> p10, Optional<Money> p90) {

    /** A point forecast without an interval. */
    public static MethodForecast point(String method, Money point) {
        return new MethodForecast(method, point, Optional.empty(), Optional.empty());
    }
}
