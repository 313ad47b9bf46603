package dev.crmkit.core.forecast;

import static dev.crmkit.core.forecast.TestDeals.deal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.pipeline.ForecastCategory;
import dev.crmkit.core.model.pipeline.StageKind;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.Percentage;
import dev.crmkit.core.model.shared.UserId;
import dev.crmkit.core.rules.Probabilities;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ForecastPropertiesTest {
    private static final ForecastCategory[] OPEN_CATEGORIES = {ForecastCategory.PIPELINE, ForecastCategory.BEST_CASE,
        ForecastCategory.MOST_LIKELY, ForecastCategory.COMMIT, ForecastCategory.OMITTED};
    private static final ForecastContext CONTEXT = TestDeals.usd().toBuilder()
            .rates(ExchangeRates.fixed().rate("EUR", "USD", "1.0837").build())
            .teams(TeamDirectory.of(Map.of(UserId.of("u0"), "a", UserId.of("u1"), "a", UserId.of("u2"), "b")))
            .build();
    private static final Period Q1 = CONTEXT.calendar().parse("2017-Q1");

    /** Random deals of every stage, in USD and EUR, with and without overrides, owners and close dates. */
    static List<Deal> randomDeals(long seed, int count) {
        SplittableRandom r = new SplittableRandom(seed);
        List<String> stages = TestDeals.SALES.stageKeys();
        List<Deal> deals = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String stage = stages.get(r.nextInt(stages.size()));
            Money amount = Money.of(BigDecimal.valueOf(r.nextLong(0, 100_000_000L), 2),
                    java.util.Currency.getInstance(r.nextBoolean() ? "USD" : "EUR"));
            Deal.Builder b = deal(i, stage, "0").amount(amount);
            if (r.nextInt(10) > 0) {
                b.expectedCloseDate(LocalDate.of(2017, 1, 1).plusDays(r.nextInt(-60, 150)));
            }
            int owner = r.nextInt(5);
            if (owner < 4) {
                b.owner(UserId.of("u" + owner));
            }
            if (r.nextInt(10) < 3) {
                b.probabilityOverride(new Percentage(BigDecimal.valueOf(r.nextInt(0, 10_001), 2)));
            }
            if (r.nextInt(10) < 2) {
                b.forecastCategoryOverride(OPEN_CATEGORIES[r.nextInt(OPEN_CATEGORIES.length)]);
            }
            StageKind kind = TestDeals.SALES.requireStage(stage).kind();
            if (kind.isClosed()) {
                Instant closed = TestDeals.day(r.nextInt(-30, 120));
                b.createdAt(closed.minusSeconds(86_400L * r.nextInt(0, 90))).stageEnteredAt(closed).closedAt(closed);
                if (kind == StageKind.LOST) {
                    b.lostReason("price");
                }
            }
            deals.add(b.build());
        }
        return deals;
    }

    @Test
    void weightedPipelineIsNeverNegativeAndNeverAboveTheOpenAmount() {
        qt().withExamples(200).forAll(longs().all(), integers().between(0, 60)).checkAssert((seed, n) -> {
            WeightedPipelineReport report = WeightedPipeline.compute(randomDeals(seed, n), Q1, CONTEXT);
            assertThat(report.weighted().isNegative()).isFalse();
            assertThat(report.weighted().compareTo(report.openAmount())).isLessThanOrEqualTo(0);
            report.byOwner().values().forEach(m -> assertThat(m.isNegative()).isFalse());
        });
    }

    @Test
    void weightedLinesExplainEveryFigureOfTheReport() {
        qt().withExamples(200).forAll(longs().all(), integers().between(0, 60)).checkAssert((seed, n) -> {
            List<Deal> deals = randomDeals(seed, n);
            WeightedPipelineReport report = WeightedPipeline.compute(deals, Q1, CONTEXT);
            Map<StageRef, BigDecimal> byStage = new HashMap<>();
            BigDecimal total = BigDecimal.ZERO;
            BigDecimal open = BigDecimal.ZERO;
            for (WeightedLine line : report.lines()) {
                Deal deal = deals.stream().filter(d -> d.id().equals(line.deal())).findFirst().orElseThrow();
                BigDecimal probability = Probabilities.effectiveProbability(deal, CONTEXT.stageOf(deal)).fraction();
                assertThat(line.probability()).isEqualByComparingTo(probability);
                assertThat(line.weighted()).isEqualByComparingTo(line.amount().multiply(probability));
                assertThat(line.stage()).isEqualTo(new StageRef(deal.pipeline(), deal.stage()));
                assertThat(line.owner()).isEqualTo(deal.owner());
                byStage.merge(line.stage(), line.weighted(), BigDecimal::add);
                total = total.add(line.weighted());
                open = open.add(line.amount());
            }
            assertThat(report.lines()).isEqualTo(List.copyOf(report.lines()));
            assertThat(report.weighted()).isEqualTo(CONTEXT.round(total));
            assertThat(report.openAmount()).isEqualTo(CONTEXT.round(open));
            Map<StageRef, Money> rounded = new HashMap<>();
            byStage.forEach((stage, sum) -> rounded.put(stage, CONTEXT.round(sum)));
            assertThat(report.byStage()).isEqualTo(rounded);
        });
    }

    @Test
    void cumulativeRollupsAreMonotone() {
        qt().withExamples(200).forAll(longs().all(), integers().between(0, 60)).checkAssert((seed, n) -> {
            RollupReport report = CategoryRollup.rollup(randomDeals(seed, n), Q1, CONTEXT);
            List<CategoryTotals> all = new ArrayList<>(report.byOwner().values());
            all.addAll(report.byTeam().values());
            all.add(report.total());
            for (CategoryTotals t : all) {
                assertThat(t.closedForecast().compareTo(t.commitForecast())).isLessThanOrEqualTo(0);
                assertThat(t.commitForecast().compareTo(t.mostLikelyForecast())).isLessThanOrEqualTo(0);
                assertThat(t.mostLikelyForecast().compareTo(t.bestCaseForecast())).isLessThanOrEqualTo(0);
                assertThat(t.openPipeline().isNegative()).isFalse();
            }
        });
    }

    @Test
    void omittingADealNeverRaisesAnyRollup() {
        List<Function<CategoryTotals, Money>> rollups = List.of(CategoryTotals::closedForecast,
                CategoryTotals::commitForecast, CategoryTotals::mostLikelyForecast, CategoryTotals::bestCaseForecast,
                CategoryTotals::openPipeline, CategoryTotals::pipeline, CategoryTotals::bestCase,
                CategoryTotals::mostLikely, CategoryTotals::commit);
        qt().withExamples(200).forAll(longs().all(), integers().between(1, 60)).checkAssert((seed, n) -> {
            List<Deal> deals = randomDeals(seed, n);
            int index = (int) Math.floorMod(seed, (long) n);
            List<Deal> omitted = new ArrayList<>(deals);
            omitted.set(index, Deal.copyOf(deals.get(index)).withForecastCategoryOverride(ForecastCategory.OMITTED));
            RollupReport before = CategoryRollup.rollup(deals, Q1, CONTEXT);
            RollupReport after = CategoryRollup.rollup(omitted, Q1, CONTEXT);
            for (Function<CategoryTotals, Money> rollup : rollups) {
                assertThat(rollup.apply(after.total()).compareTo(rollup.apply(before.total()))).isLessThanOrEqualTo(0);
                before.byOwner().forEach((owner, totals) -> assertThat(rollup.apply(
                        after.byOwner().getOrDefault(owner, CategoryTotals.zero(CONTEXT.currency())))
                        .compareTo(rollup.apply(totals))).isLessThanOrEqualTo(0));
            }
        });
    }

    @Test
    void rollupsCountExactlyTheDealsWhoseCountingDateIsInThePeriod() {
        qt().withExamples(200).forAll(longs().all(), integers().between(0, 60)).checkAssert((seed, n) -> {
            List<Deal> usd = randomDeals(seed, n).stream().filter(d -> d.amount().orElseThrow().currencyCode().equals("USD"))
                    .toList();
            for (UndatedDealPolicy policy : UndatedDealPolicy.values()) {
                ForecastContext context = CONTEXT.toBuilder().undatedDeals(policy).build();
                BigDecimal expected = usd.stream()
                        .filter(d -> context.countingDate(d, context.stageOf(d), Q1).filter(Q1::contains).isPresent())
                        .map(d -> d.amount().orElseThrow().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
                CategoryTotals t = CategoryRollup.rollup(usd, Q1, context).total();
                BigDecimal all = t.openPipeline().plus(t.closed()).plus(t.omitted()).amount();
                assertThat(all).isEqualByComparingTo(expected);
            }
        });
    }

    @Test
    void simulatedPercentilesAreOrdered() {
        qt().withExamples(200).forAll(longs().all(), integers().between(0, 200), integers().between(1, 2_000))
                .checkAssert((seed, n, runs) -> {
                    SplittableRandom r = new SplittableRandom(seed);
                    double[] p = new double[n];
                    double[] a = new double[n];
                    for (int i = 0; i < n; i++) {
                        p[i] = r.nextDouble();
                        a[i] = r.nextDouble(0, 1e6);
                    }
                    double[] sample = {r.nextDouble(0, 1e4), r.nextDouble(0, 1e4)};
                    double[] outcomes = MonteCarlo.simulate(p, a, r.nextDouble(0, 1e5), r.nextDouble(0, 50), sample, runs, seed);
                    double p10 = MonteCarlo.percentile(outcomes, 0.1);
                    double p50 = MonteCarlo.percentile(outcomes, 0.5);
                    double p90 = MonteCarlo.percentile(outcomes, 0.9);
                    assertThat(p10).isLessThanOrEqualTo(p50);
                    assertThat(p50).isLessThanOrEqualTo(p90);
                });
    }

    @Test
    void withParameterUncertaintyPercentilesAreOrderedAndTheSeedFixesTheOutcomes() {
        qt().withExamples(100).forAll(longs().all(), integers().between(0, 120), integers().between(1, 500))
                .checkAssert((seed, n, runs) -> {
                    SplittableRandom r = new SplittableRandom(seed);
                    int groups = 1 + r.nextInt(5);
                    double[] means = new double[groups];
                    double[] concentrations = new double[groups];
                    for (int g = 0; g < groups; g++) {
                        means[g] = r.nextInt(4) == 0 ? r.nextInt(2) : r.nextDouble();
                        concentrations[g] = r.nextInt(4) == 0 ? Double.POSITIVE_INFINITY : r.nextDouble(0.01, 1e4);
                    }
                    double[] p = new double[n];
                    double[] a = new double[n];
                    int[] group = new int[n];
                    for (int i = 0; i < n; i++) {
                        group[i] = r.nextInt(groups + 1) - 1;
                        p[i] = group[i] < 0 ? r.nextDouble() : means[group[i]];
                        a[i] = r.nextDouble(0, 1e6);
                    }
                    ParameterUncertainty u = ParameterUncertainty.of(group, concentrations, r.nextDouble(0, 0.5),
                            r.nextDouble(0, 0.5));
                    double[] sample = {r.nextDouble(0, 1e4), r.nextDouble(0, 1e4)};
                    double base = r.nextDouble(0, 1e5);
                    double mean = r.nextDouble(0, 50);
                    double[] outcomes = MonteCarlo.simulate(p, a, base, mean, sample, u, runs, seed);
                    assertThat(MonteCarlo.simulate(p, a, base, mean, sample, u, runs, seed)).containsExactly(outcomes);
                    assertThat(outcomes[0]).isGreaterThanOrEqualTo(base);
                    double p10 = MonteCarlo.percentile(outcomes, 0.1);
                    double p50 = MonteCarlo.percentile(outcomes, 0.5);
                    double p90 = MonteCarlo.percentile(outcomes, 0.9);
                    assertThat(p10).isLessThanOrEqualTo(p50);
                    assertThat(p50).isLessThanOrEqualTo(p90);
                });
    }

    @Test
    void theSameSeedGivesTheSameForecast() {
        qt().withExamples(25).forAll(longs().all(), integers().between(1, 25)).checkAssert((seed, n) -> {
            AsOfReplay history = AsOfReplayPropertiesTest.randomBook(seed, n).book().replay();
            PredictiveForecaster forecaster = PredictiveForecaster.builder().context(TestDeals.usd()).seed(seed)
                    .runs(500).build();
            Instant asOf = TestDeals.day(45);
            Period period = CONTEXT.calendar().parse("2017-03");
            PredictiveForecast first = forecaster.forecast(history, asOf, period);
            PredictiveForecast second = forecaster.forecast(history, asOf, period);
            assertThat(second).isEqualTo(first);
            assertThat(first.p10().compareTo(first.p50())).isLessThanOrEqualTo(0);
            assertThat(first.p50().compareTo(first.p90())).isLessThanOrEqualTo(0);
        });
    }
}
