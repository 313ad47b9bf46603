package dev.crmkit.core.scoring.evaluation;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.scoring.predictive.FeatureSpec;
import dev.crmkit.core.scoring.predictive.LogisticRegressionSettings;
import dev.crmkit.core.tabular.TabularRecord;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CrossValidationTest {
    private static final FeatureSpec SPEC = FeatureSpec.builder().label("y", "1").categorical("c").numeric("x").build();

    private static List<TabularRecord> records(double signal, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<TabularRecord> records = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            double x = random.nextGaussian();
            String c = random.nextBoolean() ? "a" : "b";
            double logit = signal * (x + (c.equals("a") ? 0.5 : -0.5));
            records.add(TabularRecord.of(Map.of("x", Double.toString(x), "c", c,
                    "y", random.nextDouble() < 1 / (1 + Math.exp(-logit)) ? "1" : "0")));
        }
        return records;
    }

    @Test
    void reportsEveryFoldAndSummarisesThem() {
        CrossValidationResult result = CrossValidation.run(records(2.0, 1), SPEC, LogisticRegressionSettings.defaults(), 4, 99);

        assertThat(result.folds()).extracting(FoldMetrics::fold).containsExactly(0, 1, 2, 3);
        assertThat(result.folds()).allSatisfy(f -> {
            assertThat(f.testRows()).isEqualTo(250);
            assertThat(f.trainingRows()).isEqualTo(750);
            assertThat(f.auc()).isBetween(0.8, 1.0);
        });
        double mean = result.folds().stream().mapToDouble(FoldMetrics::auc).average().orElseThrow();
        double variance = result.folds().stream().mapToDouble(f -> (f.auc() - mean) * (f.auc() - mean)).sum() / 4;
        assertThat(result.meanAuc()).isCloseTo(mean, within(1e-12));
        assertThat(result.sdAuc()).isCloseTo(Math.sqrt(variance), within(1e-12));
        assertThat(result.outOfFoldLift().count()).isEqualTo(1_000);
        assertThat(result.outOfFoldLift().rows().get(0).lift()).isGreaterThan(1.5);
    }

    @Test
    void isDeterministicForASeed() {
        List<TabularRecord> records = records(1.0, 2);

        assertThat(CrossValidation.run(records, SPEC, LogisticRegressionSettings.defaults(), 5, 3))
                .isEqualTo(CrossValidation.run(records, SPEC, LogisticRegressionSettings.defaults(), 5, 3));
    }

    @Test
    void noSignalGivesChanceLevelAuc() {
        CrossValidationResult result = CrossValidation.run(records(0.0, 3), SPEC, LogisticRegressionSettings.defaults(), 5, 4);

        assertThat(result.meanAuc()).isBetween(0.42, 0.58);
    }

    @Test
    void blankLabelsAreNamed() {
        List<TabularRecord> records = new ArrayList<>(records(1.0, 4));
        records.set(7, TabularRecord.of(Map.of("x", "1", "c", "a", "y", "")));

        assertThatThrownBy(() -> CrossValidation.run(records, SPEC, LogisticRegressionSettings.defaults(), 5, 1))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("record 8: y"));
    }
}
