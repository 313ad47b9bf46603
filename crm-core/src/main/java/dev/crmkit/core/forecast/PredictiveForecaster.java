package dev.crmkit.core.forecast;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.pipeline.Stage;
import dev.crmkit.core.model.pipeline.StageKind;
import dev.crmkit.core.model.shared.DealId;
import dev.crmkit.core.model.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Predictive forecast of a period's won value as of a moment, from history only.
 *
 * <p>{@link #forecast} first takes the {@link PipelineSnapshot} at the as-of moment and works on that alone,
 * so nothing that happened later can leak in. It adds:
 * <ol>
 *   <li>won value already closed in the period by the as-of moment;</li>
 *   <li>for each open deal, its amount times the probability that it is won inside the rest of the period,
 *   from the {@link WinProbabilityEstimator} (default {@link HistoricalWinRates});</li>
 *   <li>the expected value of deals not yet created that will be created and won inside the period
 *   ({@link NewBusinessModel}).</li>
 * </ol>
 * A seeded simulation gives P10, P50 and P90: one Bernoulli draw per open deal, and a Poisson count of new
 * deals with bootstrap-sampled won amounts. By default each run first draws the estimated rates and the
 * new-business mean from their estimation error ({@link WinProbabilityEstimate#uncertainty()},
 * {@link NewBusinessEstimate#relativeVariance()}), so the interval reflects how well they are known and not only
 * chance; {@link Builder#parameterUncertainty(boolean)} turns that off. Open-deal amounts are converted at the
 * as-of date.
 *
 * <p>For benchmarks, {@link MonteCarlo#simulate} is the hot path on its own.
 */
public final class PredictiveForecaster {
    private final ForecastContext context;
    private final WinProbabilityEstimator estimator;
    private final int runs;
    private final long seed;
    private final int referencePeriods;
    private final Optional<Instant> observationStart;
    private final boolean parameterUncertainty;

    private PredictiveForecaster(Builder b) {
        ValidationException.check(b.context != null, "context", null, "is required");
        ValidationException.check(b.seed != null, "seed", null, "is required (forecasts are reproducible)");
        this.context = b.context;
        this.estimator = b.estimator;
        this.runs = b.runs;
        this.seed = b.seed;
        this.referencePeriods = b.referencePeriods;
        this.observationStart = b.observationStart;
        this.parameterUncertainty = b.parameterUncertainty;
    }

    /** A builder; the context and the seed are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The context (calendar, currency, rates, pipelines). */
    public ForecastContext context() {
        return context;
    }

    /**
     * Forecasts the won value of {@code period} as known at {@code asOf}.
     *
     * @param history the full data; only its snapshot at {@code asOf} is used
     * @param asOf    the moment the forecast is made
     * @param period  the period to forecast
     * @throws MissingExchangeRateException when an amount cannot be converted
     * @throws ValidationException          when the estimator returns a probability outside 0..1 or for the wrong deals
     */
    public PredictiveForecast forecast(AsOfReplay history, Instant asOf, Period period) {
        PipelineSnapshot known = history.snapshot(asOf);
        AsOfReplay knownReplay = known.replay();
        PeriodCalendar calendar = context.calendar();
        ForecastWindow window = ForecastWindow.of(asOf, period, calendar);
        LocalDate asOfDate = calendar.dateOf(asOf);

        BigDecimal closed = BigDecimal.ZERO;
        List<DealId> closedDeals = new ArrayList<>();
        List<Deal> open = new ArrayList<>();
        for (Deal deal : known.deals()) {
            Stage stage = context.stageOf(deal);
            if (stage.kind() == StageKind.WON) {
                Instant closedAt = deal.closedAt().orElse(deal.stageEnteredAt());
                if (calendar.contains(period, closedAt)) {
                    closed = closed.add(context.toReporting(deal.amount(), calendar.dateOf(closedAt)));
                    closedDeals.add(deal.id());
                }
            } else if (stage.kind() == StageKind.OPEN && !window.isEmpty()) {
                open.add(deal);
            }
        }

        WinProbabilityEstimate estimate = estimator.estimate(known, open, window);
        ValidationException.check(estimate.deals().size() == open.size(), "estimate", estimate.deals().size(),
                "the estimator must return one probability per open deal (" + open.size() + ")");
        double[] probabilities = new double[open.size()];
        double[] amounts = new double[open.size()];
        List<OpenDealForecast> lines = new ArrayList<>(open.size());
        BigDecimal openExpected = BigDecimal.ZERO;
        for (int i = 0; i < open.size(); i++) {
            Deal deal = open.get(i);
            DealWinProbability p = estimate.deals().get(i);
            ValidationException.check(p.deal().equals(deal.id()), "estimate", p.deal(),
                    "probability " + i + " is for another deal than " + deal.id());
            BigDecimal amount = context.toReporting(deal.amount(), asOfDate);
            probabilities[i] = p.probability();
            amounts[i] = amount.doubleValue();
            openExpected = openExpected.add(amount.multiply(BigDecimal.valueOf(p.probability())));
            lines.add(new OpenDealForecast(deal.id(), new StageRef(deal.pipeline(), deal.stage()), context.round(amount),
                    p.probability(), p.basis()));
        }

        NewBusinessEstimate newBusiness = NewBusinessModel.estimate(knownReplay, window, period, context,
                referencePeriods, observationStart);
        double[] sample = newBusiness.wonAmounts().stream().mapToDouble(m -> m.amount().doubleValue()).toArray();
        double[] outcomes = MonteCarlo.simulate(probabilities, amounts, closed.doubleValue(),
                newBusiness.wonAmounts().isEmpty() ? 0 : newBusiness.expectedCount(), sample,
                parameterUncertainty ? simulationUncertainty(estimate.uncertainty(), newBusiness) : ParameterUncertainty.none(),
                runs, seed);

        BigDecimal expected = closed.add(openExpected).add(newBusiness.expectedValue().amount());
        return new PredictiveForecast(period, window, context.round(closed), closedDeals, lines, context.round(openExpected),
                estimate.method(), estimate.rates(), estimate.uncertainty(), newBusiness, context.round(expected),
                money(MonteCarlo.percentile(outcomes, 0.10)), money(MonteCarlo.percentile(outcomes, 0.50)),
                money(MonteCarlo.percentile(outcomes, 0.90)), parameterUncertainty, runs, seed);
    }

    private static ParameterUncertainty simulationUncertainty(RateUncertainty rates, NewBusinessEstimate newBusiness) {
        int[] rateOfDeal = rates.rateOfDeal().stream().mapToInt(Integer::intValue).toArray();
        double[] concentrations = rates.rates().stream().mapToDouble(RatePosterior::concentration).toArray();
        return ParameterUncertainty.of(rateOfDeal, concentrations, rates.driftVariance(), newBusiness.relativeVariance());
    }

    private Money money(double value) {
        return context.round(BigDecimal.valueOf(value));
    }

    /** Builds a {@link PredictiveForecaster}. */
    public static final class Builder {
        private ForecastContext context;
        private WinProbabilityEstimator estimator = WinProbabilityEstimator.historical();
        private int runs = 10_000;
        private Long seed;
        private int referencePeriods = 4;
        private Optional<Instant> observationStart = Optional.empty();
        private boolean parameterUncertainty = true;

        private Builder() {
        }

        /** Calendar, reporting currency, rates and pipelines (required). */
        public Builder context(ForecastContext value) {
            this.context = Objects.requireNonNull(value, "context");
            return this;
        }

        /** How open deals' probabilities are estimated (default {@link WinProbabilityEstimator#historical()}). */
        public Builder estimator(WinProbabilityEstimator value) {
            this.estimator = Objects.requireNonNull(value, "estimator");
            return this;
        }

        /** Simulation runs (default 10,000). */
        public Builder runs(int value) {
            ValidationException.check(value >= 1, "runs", value, "must be at least 1");
            this.runs = value;
            return this;
        }

        /** The simulation seed (required). */
        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        /** How many earlier periods estimate new business (default 4). */
        public Builder referencePeriods(int value) {
            ValidationException.check(value >= 1, "referencePeriods", value, "must be at least 1");
            this.referencePeriods = value;
            return this;
        }

        /** The moment from which outcomes are trusted for new business (default: first creation / first close). */
        public Builder observationStart(Instant value) {
            this.observationStart = Optional.of(value);
            return this;
        }

        /**
         * Whether the simulation draws the estimated rates and the new-business mean from their estimation error
         * (default true). With false, the interval reflects only the randomness of outcomes given the estimates,
         * as in earlier versions, and is narrower than the real uncertainty.
         */
        public Builder parameterUncertainty(boolean value) {
            this.parameterUncertainty = value;
            return this;
        }

        /**
         * The forecaster.
         *
         * @throws ValidationException when the context or the seed is missing
         */
        public PredictiveForecaster build() {
            return new PredictiveForecaster(this);
        }
    }
}
