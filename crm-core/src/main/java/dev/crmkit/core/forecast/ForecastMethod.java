package dev.crmkit.core.forecast;

import java.util.Objects;
import java.util.Optional;

/**
 * A way to forecast a period's won value from what was known at a moment. Methods receive a
 * {@link PipelineSnapshot}, so they cannot use anything recorded later. The built-in methods are the ones
 * {@link Backtest} compares.
 */
public interface ForecastMethod {

    /** A short name for reports. */
    String name();

    /**
     * Forecasts the won value of {@code period} from {@code known}.
     *
     * @throws dev.crmkit.core.error.CrmException when the data cannot be evaluated (unknown pipeline, missing rate)
     */
    MethodForecast forecast(PipelineSnapshot known, Period period);

    /** Won so far in the period plus the weighted pipeline (stage probabilities) of the period. */
    static ForecastMethod weighted(ForecastContext context) {
        Objects.requireNonNull(context, "context");
        return new ForecastMethod() {
            @Override
            public String name() {
                return "weighted";
            }

            @Override
            public MethodForecast forecast(PipelineSnapshot known, Period period) {
                return MethodForecast.point(name(), WonValue.in(known.deals(), period, context)
                        .plus(WeightedPipeline.compute(known.deals(), period, context).weighted()));
            }
        };
    }

    /** The commit forecast (commit + closed) of the period's category rollup. */
    static ForecastMethod categories(ForecastContext context) {
        Objects.requireNonNull(context, "context");
        return new ForecastMethod() {
            @Override
            public String name() {
                return "categories";
            }

            @Override
            public MethodForecast forecast(PipelineSnapshot known, Period period) {
                return MethodForecast.point(name(), CategoryRollup.rollup(known.deals(), period, context).total().commitForecast());
            }
        };
    }

    /** Same as last period: the won value of the previous period of the same kind, as known then. */
    static ForecastMethod naive(ForecastContext context) {
        Objects.requireNonNull(context, "context");
        return new ForecastMethod() {
            @Override
            public String name() {
                return "naive";
            }

            @Override
            public MethodForecast forecast(PipelineSnapshot known, Period period) {
                return MethodForecast.point(name(),
                        WonValue.in(known.deals(), context.calendar().previous(period), context));
            }
        };
    }

    /** The expected value of a {@link PredictiveForecaster}, with its P10-P90 interval. */
    static ForecastMethod predictive(PredictiveForecaster forecaster) {
        Objects.requireNonNull(forecaster, "forecaster");
        return new ForecastMethod() {
            @Override
            public String name() {
                return "predictive";
            }

            @Override
            public MethodForecast forecast(PipelineSnapshot known, Period period) {
                PredictiveForecast f = forecaster.forecast(known.replay(), known.asOf(), period);
                return new MethodForecast(name(), f.expected(), Optional.of(f.p10()), Optional.of(f.p90()));
            }
        };
    }
}
