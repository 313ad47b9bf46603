package dev.crmkit.core.forecast;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.StageChange;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.pipeline.StageKind;
import dev.crmkit.core.model.shared.DealId;
import dev.crmkit.core.model.shared.PipelineId;
import dev.crmkit.core.rules.Probabilities;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The default {@link WinProbabilityEstimator}: empirical win rates by stage and age, learnt by asking the same
 * question at past moments whose answer was known by the as-of moment.
 *
 * <p>For a forecast at {@code asOf} whose window starts {@code lead} later and ends {@code horizon} later, it
 * takes reference moments {@code t = asOf - horizon}, then one step further back each time (not beyond the
 * look-back, and not so early that the reference window would begin before the data can show outcomes, see
 * below). The step is one horizon by default, so the reference windows {@code [t + lead, t + horizon)} follow
 * each other without overlapping and sit at the same place in the period cycle as the forecast window (the same
 * weeks of the quarter for a quarter forecast made at a quarter's end); {@link Builder#stepDays} sets a fixed step
 * instead. At each reference moment every deal open then is one observation in the cell (pipeline, stage it was
 * in, age bucket of whole days since creation); it counts as a win when the deal moved into a won stage inside
 * its reference window. Every such window ends by {@code asOf}, so each outcome was known at the as-of moment,
 * and deals that stayed open count as not won: stale deals make old age buckets rate low, so old deals age out.
 *
 * <p>An open deal's probability is its cell's rate shrunk towards a prior with weight {@code k}:
 * {@code (wins + k x prior) / (observations + k)}. The youngest observed bucket of a stage shrinks towards the
 * stage's overall rate (itself shrunk the same way towards the pipeline's overall rate); every older bucket
 * shrinks towards the smoothed rate of the next younger observed bucket, so a sparse old bucket stays close to
 * its neighbours instead of being pulled back up to the all-ages average. A deal older than every observed age
 * uses the oldest observed bucket of its stage. Without any reference observation for its pipeline a deal
 * keeps its effective stage probability, and the basis says so.
 *
 * <p>Estimation error ({@link WinProbabilityEstimate#uncertainty()}): each rate used gets a Beta distribution
 * with the rate as its mean and concentration {@code n + k}, where {@code n} counts the distinct deals observed in
 * the cell (a deal seen at several overlapping reference moments is one piece of evidence, not several). On top,
 * a common factor on all rates carries the variation between reference windows: over reference moments at least
 * one horizon apart, each window's wins {@code W_j} over the wins its observations' rates predict {@code E_j}
 * give ratios whose sample variance, less their mean binomial variance ({@code sum m (1 - m) / E_j^2}), is the
 * between-window variance {@code tau^2} (0 when negative, or with fewer than two such windows); the factor's
 * variance is {@code tau^2 (1 + 1/J)} for {@code J} windows.
 *
 * <p>Observation start: by default the later of the first recorded creation and the first recorded close
 * known at {@code asOf}; before any deal closed, an open deal cannot be told from an unrecorded outcome.
 */
public final class HistoricalWinRates implements WinProbabilityEstimator {
    private static final Duration DAY = Duration.ofDays(1);

    private final int ageBucketDays;
    private final Optional<Integer> stepDays;
    private final int lookbackDays;
    private final double priorWeight;
    private final Optional<Instant> observationStart;

    private HistoricalWinRates(Builder b) {
        this.ageBucketDays = b.ageBucketDays;
        this.stepDays = b.stepDays;
        this.lookbackDays = b.lookbackDays;
        this.priorWeight = b.priorWeight;
        this.observationStart = b.observationStart;
    }

    /**
     * A builder with the defaults: 30-day age buckets, reference moments one horizon apart, 365-day look-back,
     * prior weight 10. {@code builder().stepDays(7)} gives the weekly reference moments of earlier versions.
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public WinProbabilityEstimate estimate(PipelineSnapshot known, List<Deal> openDeals, ForecastWindow window) {
        AsOfReplay replay = known.replay();
        Observations pooled = new Observations();
        List<Map<StageRef, Counts>> moments = new ArrayList<>();
        Optional<Instant> observed = observationStart.or(() -> Observation.start(replay));
        Instant firstReference = null;
        Instant lastReference = null;
        Duration step = window.isEmpty() ? Duration.ZERO : step(window);
        if (observed.isPresent() && !window.isEmpty()) {
            Duration lead = window.lead();
            Duration horizon = window.horizon();
            Instant earliest = window.asOf().minus(Duration.ofDays(lookbackDays));
            for (Instant t = window.asOf().minus(horizon);
                 !t.isBefore(earliest) && !t.plus(lead).isBefore(observed.get());
                 t = t.minus(step)) {
                moments.add(observe(replay, t, t.plus(lead), t.plus(horizon), pooled));
                lastReference = lastReference == null ? t : lastReference;
                firstReference = t;
            }
        }
        Map<StageRef, Counts> cells = pooled.cells;
        Map<PipelineId, double[]> pipelineRates = pipelineRates(cells);
        Map<StageRef, Double> stageRates = new HashMap<>();
        Map<StageRef, double[]> smoothed = new HashMap<>();
        cells.forEach((stage, counts) -> {
            double stageRate = shrink(counts.totalWins(), counts.totalObservations(), pipelineRates.get(stage.pipeline())[0]);
            stageRates.put(stage, stageRate);
            smoothed.put(stage, smooth(counts, stageRate));
        });

        Posteriors posteriors = new Posteriors();
        List<DealWinProbability> out = new ArrayList<>(openDeals.size());
        for (Deal deal : openDeals) {
            out.add(probability(deal, window, cells, smoothed, pipelineRates, stageRates, known, posteriors));
        }
        double drift = driftVariance(moments, smoothed, window.isEmpty() ? 1 : everyNth(window, step));
        String method = String.format(Locale.ROOT,
                "empirical win rates by stage and age (%d-day buckets) from %d reference moments every %s%s,"
                        + " prior weight %s; rate drift between reference windows: standard deviation %.1f %%",
                ageBucketDays, moments.size(), stepText(step, window), moments.isEmpty() ? ""
                        : " from " + firstReference + " to " + lastReference, priorWeight, 100 * Math.sqrt(drift));
        return new WinProbabilityEstimate(method, out, table(cells, smoothed),
                new RateUncertainty(posteriors.rates, posteriors.rateOfDeal, drift));
    }

    private Duration step(ForecastWindow window) {
        return stepDays.map(Duration::ofDays).orElse(window.horizon());
    }

    /** Use every n-th reference moment for the drift, so that the windows used do not overlap. */
    private static int everyNth(ForecastWindow window, Duration step) {
        long horizon = window.horizon().toMillis();
        long each = Math.max(1, step.toMillis());
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (horizon + each - 1) / each));
    }

    private String stepText(Duration step, ForecastWindow window) {
        String days = String.format(Locale.ROOT, "%.1f days", step.toMillis() / 86_400_000d);
        return stepDays.isPresent() || window.isEmpty() ? days : days + " (one horizon)";
    }

    /**
     * Observes the deals open at {@code t}, adds them to {@code pooled} and returns this moment's own counts.
     */
    private Map<StageRef, Counts> observe(AsOfReplay replay, Instant t, Instant windowStart, Instant windowEnd,
                                          Observations pooled) {
        Map<StageRef, Counts> moment = new HashMap<>();
        for (Deal deal : replay.deals()) {
            if (deal.createdAt().isAfter(t)) {
                continue;
            }
            StageChange[] changes = replay.changes(deal.id());
            if (changes == null) {
                continue;
            }
            int index = AsOfReplay.lastAtOrBefore(changes, t);
            if (index < 0 || replay.kindOf(changes[index]) != StageKind.OPEN) {
                continue;
            }
            boolean won = false;
            for (int j = index + 1; j < changes.length; j++) {
                Instant at = changes[j].changedAt();
                if (!at.isBefore(windowEnd)) {
                    break;
                }
                if (!at.isBefore(windowStart) && replay.kindOf(changes[j]) == StageKind.WON) {
                    won = true;
                    break;
                }
            }
            StageRef stage = new StageRef(changes[index].pipeline(), changes[index].toStage());
            int bucket = bucket(deal, t);
            moment.computeIfAbsent(stage, k -> new Counts()).add(bucket, won, false);
            pooled.add(stage, bucket, deal.id(), won);
        }
        return moment;
    }

    /**
     * The variance of the common rate factor, from how the reference windows' wins departed from what the
     * smoothed rates predict for them, beyond binomial chance.
     */
    private static double driftVariance(List<Map<StageRef, Counts>> moments, Map<StageRef, double[]> smoothed, int nth) {
        List<double[]> ratios = new ArrayList<>();
        for (int j = 0; j < moments.size(); j += nth) {
            double expected = 0;
            double binomial = 0;
            long wins = 0;
            for (Map.Entry<StageRef, Counts> e : moments.get(j).entrySet()) {
                double[] rates = smoothed.get(e.getKey());
                Counts counts = e.getValue();
                for (int b = 0; b < counts.size(); b++) {
                    long n = counts.observations(b);
                    if (n > 0) {
                        expected += n * rates[b];
                        binomial += n * rates[b] * (1 - rates[b]);
                        wins += counts.wins(b);
                    }
                }
            }
            if (expected > 0) {
                ratios.add(new double[] {wins / expected, binomial / (expected * expected)});
            }
        }
        return BetweenWindows.variance(ratios.stream().mapToDouble(r -> r[0]).toArray(),
                ratios.stream().mapToDouble(r -> r[1]).toArray());
    }

    private DealWinProbability probability(Deal deal, ForecastWindow window, Map<StageRef, Counts> cells,
                                           Map<StageRef, double[]> smoothed,
                                           Map<PipelineId, double[]> pipelineRates, Map<StageRef, Double> stageRates,
                                           PipelineSnapshot known, Posteriors posteriors) {
        if (window.isEmpty()) {
            posteriors.exact();
            return new DealWinProbability(deal.id(), 0, "the window is over");
        }
        StageRef stage = new StageRef(deal.pipeline(), deal.stage());
        int bucket = bucket(deal, window.asOf());
        Counts counts = cells.get(stage);
        double[] pipelineRate = pipelineRates.get(deal.pipeline());
        if (pipelineRate == null) {
            Pipeline pipeline = known.pipelines().stream().filter(p -> p.id().equals(deal.pipeline())).findFirst()
                    .orElseThrow(() -> new ValidationException("pipeline", deal.pipeline(),
                            "deal " + deal.id() + " is in a pipeline the snapshot does not have"));
            double p = Probabilities.effectiveProbability(deal, pipeline).asDouble();
            posteriors.exact();
            return new DealWinProbability(deal.id(), p, "no reference observations in the pipeline: stage probability " + fmt(p));
        }
        double stageRate = stageRates.getOrDefault(stage, pipelineRate[0]);
        int used = counts == null ? -1 : counts.nearestObservedAtOrBelow(bucket);
        if (used < 0) {
            long distinct = counts == null ? 0 : counts.totalDistinct();
            posteriors.use(stage.stage() + ", all ages", -1, stageRate, distinct + priorWeight, distinct, stage);
            return new DealWinProbability(deal.id(), stageRate, "stage " + stage.stage() + ", age "
                    + ageText(bucket) + ": no observations this young or younger; stage rate " + fmt(stageRate));
        }
        double rate = smoothed.get(stage)[used];
        posteriors.use(stage.stage() + ", age " + ageText(used), used, rate, counts.distinct(used) + priorWeight,
                counts.distinct(used), stage);
        return new DealWinProbability(deal.id(), rate, "stage " + stage.stage() + ", age " + ageText(bucket)
                + (used == bucket ? "" : " (oldest observed: " + ageText(used) + ")") + ": "
                + counts.wins(used) + " of " + counts.observations(used) + " won in window, smoothed "
                + fmt(rate) + " (stage rate " + fmt(stageRate) + ")");
    }

    private Map<PipelineId, double[]> pipelineRates(Map<StageRef, Counts> cells) {
        Map<PipelineId, long[]> sums = new HashMap<>();
        cells.forEach((stage, counts) -> {
            long[] s = sums.computeIfAbsent(stage.pipeline(), k -> new long[2]);
            s[0] += counts.totalWins();
            s[1] += counts.totalObservations();
        });
        Map<PipelineId, double[]> rates = new HashMap<>();
        sums.forEach((id, s) -> {
            if (s[1] > 0) {
                rates.put(id, new double[] {(double) s[0] / s[1]});
            }
        });
        return rates;
    }

    /** Smoothed rate per bucket (NaN where nothing was observed): each shrunk towards the next younger one. */
    private double[] smooth(Counts counts, double stageRate) {
        double[] rates = new double[counts.size()];
        double prior = stageRate;
        for (int b = 0; b < rates.length; b++) {
            if (counts.observations(b) == 0) {
                rates[b] = Double.NaN;
                continue;
            }
            rates[b] = shrink(counts.wins(b), counts.observations(b), prior);
            prior = rates[b];
        }
        return rates;
    }

    private List<WinRateCell> table(Map<StageRef, Counts> cells, Map<StageRef, double[]> smoothed) {
        List<WinRateCell> out = new ArrayList<>();
        cells.forEach((stage, counts) -> {
            for (int b = 0; b < counts.size(); b++) {
                if (counts.observations(b) > 0) {
                    out.add(new WinRateCell(stage, b * ageBucketDays, (b + 1) * ageBucketDays, counts.observations(b),
                            counts.wins(b), smoothed.get(stage)[b]));
                }
            }
        });
        out.sort((a, b) -> a.stage().toString().equals(b.stage().toString())
                ? Integer.compare(a.ageFromDays(), b.ageFromDays()) : a.stage().toString().compareTo(b.stage().toString()));
        return out;
    }

    private double shrink(long wins, long observations, double prior) {
        return (wins + priorWeight * prior) / (observations + priorWeight);
    }

    private int bucket(Deal deal, Instant at) {
        long days = Duration.between(deal.createdAt(), at).dividedBy(DAY);
        return (int) Math.min(Integer.MAX_VALUE / 2, Math.max(0, days) / ageBucketDays);
    }

    private String ageText(int bucket) {
        return (bucket * ageBucketDays) + "-" + ((bucket + 1) * ageBucketDays - 1) + " d";
    }

    private static String fmt(double p) {
        return String.format(Locale.ROOT, "%.4f", p);
    }

    /** The pooled counts of all reference moments, with which deals were seen in which cell. */
    private static final class Observations {
        final Map<StageRef, Counts> cells = new HashMap<>();
        private final Set<CellDeal> seenInCell = new HashSet<>();
        private final Set<CellDeal> seenInStage = new HashSet<>();

        void add(StageRef stage, int bucket, DealId deal, boolean won) {
            boolean newInCell = seenInCell.add(new CellDeal(stage, bucket, deal));
            Counts counts = cells.computeIfAbsent(stage, k -> new Counts());
            counts.add(bucket, won, newInCell);
            if (seenInStage.add(new CellDeal(stage, -1, deal))) {
                counts.totalDistinct++;
            }
        }
    }

    private record CellDeal(StageRef stage, int bucket, DealId deal) {
    }

    /** The rates handed out so far, one per (stage, bucket) or (stage, all ages), and each deal's rate. */
    private static final class Posteriors {
        final List<RatePosterior> rates = new ArrayList<>();
        final List<Integer> rateOfDeal = new ArrayList<>();
        private final Map<CellDeal, Integer> index = new HashMap<>();

        void exact() {
            rateOfDeal.add(-1);
        }

        void use(String label, int bucket, double mean, double concentration, long distinct, StageRef stage) {
            Integer at = index.get(new CellDeal(stage, bucket, null));
            if (at == null) {
                at = rates.size();
                index.put(new CellDeal(stage, bucket, null), at);
                // Only a stage never observed, with prior weight 0, has no evidence at all; it gets the width of a
                // single observation rather than an undefined distribution.
                rates.add(new RatePosterior(label, mean, Math.max(concentration, 1), distinct));
            }
            rateOfDeal.add(at);
        }
    }

    /** Observation, distinct-deal and win counts per age bucket of one stage. */
    private static final class Counts {
        private long[] observations = new long[8];
        private long[] distinct = new long[8];
        private long[] wins = new long[8];
        private long totalObservations;
        private long totalWins;
        private long totalDistinct;

        void add(int bucket, boolean won, boolean newDeal) {
            if (bucket >= observations.length) {
                int size = Math.max(bucket + 1, observations.length * 2);
                observations = Arrays.copyOf(observations, size);
                distinct = Arrays.copyOf(distinct, size);
                wins = Arrays.copyOf(wins, size);
            }
            observations[bucket]++;
            totalObservations++;
            if (newDeal) {
                distinct[bucket]++;
            }
            if (won) {
                wins[bucket]++;
                totalWins++;
            }
        }

        long distinct(int bucket) {
            return distinct[bucket];
        }

        long totalDistinct() {
            return totalDistinct;
        }

        int size() {
            return observations.length;
        }

        long observations(int bucket) {
            return observations[bucket];
        }

        long wins(int bucket) {
            return wins[bucket];
        }

        long totalObservations() {
            return totalObservations;
        }

        long totalWins() {
            return totalWins;
        }

        int nearestObservedAtOrBelow(int bucket) {
            for (int b = Math.min(bucket, observations.length - 1); b >= 0; b--) {
                if (observations[b] > 0) {
                    return b;
                }
            }
            return -1;
        }
    }

    /** Settings of {@link HistoricalWinRates}. */
    public static final class Builder {
        private int ageBucketDays = 30;
        private Optional<Integer> stepDays = Optional.empty();
        private int lookbackDays = 365;
        private double priorWeight = 10;
        private Optional<Instant> observationStart = Optional.empty();

        private Builder() {
        }

        /** Width of an age bucket in days (default 30). */
        public Builder ageBucketDays(int days) {
            ValidationException.check(days > 0, "ageBucketDays", days, "must be positive");
            this.ageBucketDays = days;
            return this;
        }

        /**
         * A fixed number of days between reference moments, instead of the default of one horizon (7 gives the
         * weekly moments of earlier versions: more, overlapping windows at every place in the period cycle).
         */
        public Builder stepDays(int days) {
            ValidationException.check(days > 0, "stepDays", days, "must be positive");
            this.stepDays = Optional.of(days);
            return this;
        }

        /** How far back reference moments may go, in days before the as-of moment (default 365). */
        public Builder lookbackDays(int days) {
            ValidationException.check(days > 0, "lookbackDays", days, "must be positive");
            this.lookbackDays = days;
            return this;
        }

        /** Pseudo-observations of the stage rate added to every cell (default 10; 0 = raw cell rates). */
        public Builder priorWeight(double weight) {
            ValidationException.check(weight >= 0 && Double.isFinite(weight), "priorWeight", weight, "must be 0 or more");
            this.priorWeight = weight;
            return this;
        }

        /** The moment from which outcomes are trusted (default: the later of the first creation and first close). */
        public Builder observationStart(Instant start) {
            this.observationStart = Optional.of(start);
            return this;
        }

        /** The estimator. */
        public HistoricalWinRates build() {
            return new HistoricalWinRates(this);
        }
    }
}
