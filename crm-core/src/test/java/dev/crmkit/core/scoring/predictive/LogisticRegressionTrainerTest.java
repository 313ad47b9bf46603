package dev.crmkit.core.scoring.predictive;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.tabular.TabularRecord;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LogisticRegressionTrainerTest {

    private static final LogisticRegressionTrainer DEFAULT = new LogisticRegressionTrainer(LogisticRegressionSettings.defaults());

    @Test
    void recoversTheCoefficientsOfTheGeneratingModel() {
        List<TabularRecord> leads = SyntheticLeads.generate(60_000, 11);

        LeadScoringModel model = DEFAULT.train(SyntheticLeads.spec(), leads);

        assertThat(model.metadata().converged()).isTrue();
        // back from standardised to raw units: w_raw = w / sd
        FittedNumeric x1 = model.pipeline().numeric().get(0);
        FittedNumeric x2 = model.pipeline().numeric().get(1);
        Map<String, Double> w = weights(model);
        assertThat(w.get("x1") / x1.sd()).isCloseTo(SyntheticLeads.X1, within(0.05));
        assertThat(w.get("x2") / x2.sd()).isCloseTo(SyntheticLeads.X2, within(0.05));
        // one-hot with an intercept identifies only differences between levels
        assertThat(w.get("channel=event") - w.get("channel=web")).isCloseTo(0.8, within(0.06));
        assertThat(w.get("channel=referral") - w.get("channel=web")).isCloseTo(-0.6, within(0.06));
        for (String channel : SyntheticLeads.CHANNELS) {
            assertThat(model.logit(SyntheticLeads.lead(0.5, -1.0, channel)))
                    .isCloseTo(SyntheticLeads.trueLogit(0.5, -1.0, channel), within(0.08));
        }
    }

    @Test
    void theFitSatisfiesTheOptimalityConditions() {
        List<TabularRecord> leads = SyntheticLeads.generate(3_000, 5);
        double lambda = 2.5;

        LeadScoringModel model = new LogisticRegressionTrainer(LogisticRegressionSettings.defaults().withLambda(lambda))
                .train(SyntheticLeads.spec(), leads);

        // gradient of sum(logloss) + lambda/2 |w|^2, recomputed independently with dense arithmetic
        int p = model.pipeline().width();
        double[] gradient = new double[p + 1];
        double[] w = model.coefficients().stream().mapToDouble(Coefficient::weight).toArray();
        for (TabularRecord lead : leads) {
            double[] x = model.pipeline().encode(lead);
            double residual = model.predict(lead) - (lead.get("converted").equals("1") ? 1 : 0);
            gradient[0] += residual;
            for (int j = 0; j < p; j++) {
                gradient[j + 1] += residual * x[j];
            }
        }
        assertThat(Math.abs(gradient[0])).isLessThan(1e-6);
        for (int j = 0; j < p; j++) {
            assertThat(gradient[j + 1] + lambda * w[j]).as(model.pipeline().featureNames().get(j)).isCloseTo(0, within(1e-6));
        }
    }

    @Test
    void withoutPenaltyAOneHotModelReproducesTheObservedGroupRates() {
        // maximum likelihood with one categorical feature: the fitted probability of each level is its observed rate
        List<TabularRecord> rows = new ArrayList<>();
        addRows(rows, "a", 3, 1);
        addRows(rows, "b", 1, 4);
        addRows(rows, "c", 2, 2);
        FeatureSpec spec = FeatureSpec.builder().label("y", "1").categorical("g").build();

        LeadScoringModel model = new LogisticRegressionTrainer(new LogisticRegressionSettings(0, 100, 1e-10)).train(spec, rows);

        assertThat(model.predict(TabularRecord.of(Map.of("g", "a")))).isCloseTo(0.75, within(1e-9));
        assertThat(model.predict(TabularRecord.of(Map.of("g", "b")))).isCloseTo(0.2, within(1e-9));
        assertThat(model.predict(TabularRecord.of(Map.of("g", "c")))).isCloseTo(0.5, within(1e-9));
        assertThat(model.metadata().converged()).isTrue();
    }

    private static void addRows(List<TabularRecord> rows, String group, int positives, int negatives) {
        for (int i = 0; i < positives + negatives; i++) {
            rows.add(TabularRecord.of(Map.of("g", group, "y", i < positives ? "1" : "0")));
        }
    }

    @Test
    void separableDataWithoutPenaltyStopsAtTheIterationLimitNotConverged() {
        List<TabularRecord> rows = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            rows.add(TabularRecord.of(Map.of("x", Integer.toString(i), "y", i < 10 ? "0" : "1")));
        }
        FeatureSpec spec = FeatureSpec.builder().label("y", "1").numeric("x").build();

        LeadScoringModel model = new LogisticRegressionTrainer(new LogisticRegressionSettings(0, 15, 1e-12)).train(spec, rows);

        assertThat(model.metadata().converged()).isFalse();
        assertThat(model.metadata().iterations()).isEqualTo(15);
        assertThat(model.predict(TabularRecord.of(Map.of("x", "19")))).isGreaterThan(0.99);
        assertThat(model.predict(TabularRecord.of(Map.of("x", "0")))).isLessThan(0.01);
    }

    @Test
    void sameDataAndSettingsGiveABitIdenticalModel() {
        List<TabularRecord> leads = SyntheticLeads.generate(5_000, 3);

        LeadScoringModel first = DEFAULT.train("m", 2, SyntheticLeads.spec(), leads);
        LeadScoringModel second = DEFAULT.train("m", 2, SyntheticLeads.spec(), leads);

        assertThat(second).isEqualTo(first);
        assertThat(second.toJson()).isEqualTo(first.toJson());
    }

    @Test
    void recordsThatCanOnlyBeIteratedOnceAreEnough() {
        List<TabularRecord> leads = SyntheticLeads.generate(500, 9);
        Iterable<TabularRecord> once = new Iterable<>() {
            private boolean used;

            @Override
            public java.util.Iterator<TabularRecord> iterator() {
                assertThat(used).as("iterated twice").isFalse();
                used = true;
                return leads.iterator();
            }
        };

        assertThat(DEFAULT.train(SyntheticLeads.spec(), once)).isEqualTo(DEFAULT.train(SyntheticLeads.spec(), leads));
    }

    @Test
    void metadataDescribesTheTraining() {
        List<TabularRecord> leads = SyntheticLeads.generate(1_000, 4);
        long positives = leads.stream().filter(r -> r.get("converted").equals("1")).count();

        ModelMetadata metadata = DEFAULT.train("inbound", 3, SyntheticLeads.spec(), leads).metadata();

        assertThat(metadata.name()).isEqualTo("inbound");
        assertThat(metadata.version()).isEqualTo(3);
        assertThat(metadata.trainingRows()).isEqualTo(1_000);
        assertThat(metadata.trainingPositives()).isEqualTo(positives);
        assertThat(metadata.settings()).isEqualTo(LogisticRegressionSettings.defaults());
        assertThat(metadata.iterations()).isBetween(1, 20);
    }

    @Test
    void trainingNeedsBothOutcomesAndNonBlankLabels() {
        FeatureSpec spec = FeatureSpec.builder().label("y", "1").numeric("x").build();
        List<TabularRecord> allNegative = List.of(TabularRecord.of(Map.of("x", "1", "y", "0")), TabularRecord.of(Map.of("x", "2", "y", "0")));
        List<TabularRecord> blank = List.of(TabularRecord.of(Map.of("x", "1", "y", "1")), TabularRecord.of(Map.of("x", "2", "y", " ")));

        assertThatThrownBy(() -> DEFAULT.train(spec, allNegative)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("positive and one negative");
        assertThatThrownBy(() -> DEFAULT.train(spec, List.of())).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> DEFAULT.train(spec, blank)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.field()).isEqualTo("record 2: y"));
    }

    @Test
    void settingsAreValidated() {
        assertThatThrownBy(() -> new LogisticRegressionSettings(-1, 10, 1e-8)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new LogisticRegressionSettings(Double.NaN, 10, 1e-8)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new LogisticRegressionSettings(1, 0, 1e-8)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new LogisticRegressionSettings(1, 10, 0)).isInstanceOf(ValidationException.class);
    }

    private static Map<String, Double> weights(LeadScoringModel model) {
        Map<String, Double> weights = new java.util.HashMap<>();
        model.coefficients().forEach(c -> weights.put(c.feature(), c.weight()));
        return weights;
    }
}
