package dev.crmkit.core.scoring.predictive;

import dev.crmkit.core.tabular.TabularRecord;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

class PredictiveModelPropertiesTest {

    /** A small messy training set: blanks, placeholders, case noise, rare levels, a weak signal. */
    record Dataset(List<TabularRecord> records, double lambda) {
        @Override
        public String toString() {
            return records.size() + " records, lambda " + lambda;
        }
    }

    private static final List<String> LEVELS = List.of("Google", "google", "Direct", "Olark", "Select", "", "Reference", "rare-1", "rare-2");

    private static final FeatureSpec SPEC = FeatureSpec.builder()
            .label("y", "1")
            .minFrequency(3).placeholders("Select").caseFold(true)
            .categorical("source")
            .numeric("visits")
            .numeric(NumericFeature.of("time").withLog1p(true).withMissingIndicator(true).withMissingSentinels("999"))
            .build();

    private static TabularRecord randomRecord(SplittableRandom random, boolean withLabel) {
        Map<String, String> values = new HashMap<>();
        values.put("source", LEVELS.get(random.nextInt(LEVELS.size())));
        values.put("visits", random.nextInt(6) == 0 ? "" : Integer.toString(random.nextInt(40)));
        int time = random.nextInt(2_000);
        values.put("time", random.nextInt(8) == 0 ? "999" : Integer.toString(time));
        if (withLabel) {
            double p = 1 / (1 + Math.exp(-(time / 500.0 - 2 + (values.get("source").equalsIgnoreCase("google") ? 1 : 0))));
            values.put("y", random.nextDouble() < p ? "1" : "0");
        }
        return TabularRecord.of(values);
    }

    private static Dataset dataset(int size, long seed, double lambda) {
        SplittableRandom random = new SplittableRandom(seed);
        List<TabularRecord> records = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            records.add(randomRecord(random, true));
        }
        // guarantee both outcomes so that every generated dataset is trainable
        Map<String, String> positive = new HashMap<>(Map.of("source", "Direct", "visits", "3", "time", "100", "y", "1"));
        Map<String, String> negative = new HashMap<>(positive);
        negative.put("y", "0");
        records.add(TabularRecord.of(positive));
        records.add(TabularRecord.of(negative));
        return new Dataset(records, lambda);
    }

    private static final Gen<Dataset> DATASETS = integers().between(10, 300)
            .zip(longs().all(), Generate.pick(List.of(0.1, 1.0, 10.0)), PredictiveModelPropertiesTest::dataset);

    private static LeadScoringModel train(Dataset data) {
        return new LogisticRegressionTrainer(LogisticRegressionSettings.defaults().withLambda(data.lambda())).train(SPEC, data.records());
    }

    @Test
    void identicalInputsGiveIdenticalModels() {
        qt().withFixedSeed(101L).withExamples(60).forAll(DATASETS).checkAssert(data -> {
            LeadScoringModel first = train(data);
            LeadScoringModel second = train(new Dataset(new ArrayList<>(data.records()), data.lambda()));

            assertThat(second).isEqualTo(first);
            assertThat(second.toJson()).isEqualTo(first.toJson());
        });
    }

    @Test
    void aModelSurvivesAJsonRoundTripUnchanged() {
        qt().withFixedSeed(202L).withExamples(60).forAll(DATASETS, longs().all()).checkAssert((data, probeSeed) -> {
            LeadScoringModel model = train(data);

            LeadScoringModel restored = LeadScoringModel.fromJson(model.toJson());

            assertThat(restored).isEqualTo(model);
            SplittableRandom random = new SplittableRandom(probeSeed);
            for (int i = 0; i < 20; i++) {
                TabularRecord probe = randomRecord(random, false);
                assertThat(Double.doubleToRawLongBits(restored.predict(probe))).isEqualTo(Double.doubleToRawLongBits(model.predict(probe)));
            }
        });
    }

    @Test
    void predictionsAreProbabilitiesStrictlyBetweenZeroAndOne() {
        qt().withFixedSeed(303L).withExamples(60).forAll(DATASETS, longs().all()).checkAssert((data, probeSeed) -> {
            LeadScoringModel model = train(data);

            SplittableRandom random = new SplittableRandom(probeSeed);
            for (int i = 0; i < 50; i++) {
                TabularRecord probe = randomRecord(random, false);
                assertThat(model.predict(probe)).isStrictlyBetween(0.0, 1.0);
                Explanation explanation = model.explain(probe, 1_000);
                double sum = explanation.intercept();
                for (Contribution c : explanation.positive()) {
                    sum += c.contribution();
                }
                for (Contribution c : explanation.negative()) {
                    sum += c.contribution();
                }
                assertThat(sum).isCloseTo(explanation.logit(), org.assertj.core.api.Assertions.within(1e-9));
            }
        });
    }
}
