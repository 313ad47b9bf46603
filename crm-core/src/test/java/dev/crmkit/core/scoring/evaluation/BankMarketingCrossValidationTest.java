package dev.crmkit.core.scoring.evaluation;

import dev.crmkit.core.scoring.predictive.FeatureSpec;
import dev.crmkit.core.scoring.predictive.LeadScoringModel;
import dev.crmkit.core.scoring.predictive.LogisticRegressionSettings;
import dev.crmkit.core.scoring.predictive.LogisticRegressionTrainer;
import dev.crmkit.core.scoring.predictive.NumericFeature;
import dev.crmkit.core.tabular.CsvFormat;
import dev.crmkit.core.tabular.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * UCI bank marketing, bank-additional-full (41,188 rows, ';'-separated): stratified 5-fold CV without the
 * leaking call {@code duration}. scikit-learn's LogisticRegression scores 0.7916 +- 0.0068.
 */
class BankMarketingCrossValidationTest {
    static final String BANK = "uci-bank-marketing/bank-additional-full.csv";

    private static Table bank;

    @BeforeAll
    static void load() {
        bank = EvaluationData.table(BANK, CsvFormat.semicolon());
    }

    /** {@code pdays = 999} means "never contacted": a missing value with its own indicator, not a big number. */
    static FeatureSpec spec() {
        return FeatureSpec.builder()
                .label("y", "yes")
                .minFrequency(5)
                .categorical("job", "marital", "education", "default", "housing", "loan", "contact", "month",
                        "day_of_week", "poutcome")
                .numeric("age", "campaign", "previous", "emp.var.rate", "cons.price.idx", "cons.conf.idx", "euribor3m", "nr.employed")
                .numeric(NumericFeature.of("pdays").withMissingSentinels("999").withMissingIndicator(true))
                .build();
    }

    @Test
    void fiveFoldCrossValidatedAucWithoutDurationIsAtLeastPointSevenNine() {
        CrossValidationResult result = CrossValidation.run(bank, spec(), LogisticRegressionSettings.defaults(), 5, 42);

        System.out.printf("Bank 5-fold CV: mean AUC %.4f +- %.4f, log loss %.4f, Brier %.4f%n",
                result.meanAuc(), result.sdAuc(), result.meanLogLoss(), result.meanBrierScore());
        result.folds().forEach(f -> System.out.printf("  fold %d: AUC %.4f (%d test rows, %d positive)%n",
                f.fold() + 1, f.auc(), f.testRows(), f.testPositives()));
        result.outOfFoldLift().rows().forEach(r -> System.out.printf("  decile %d: rate %.3f lift %.2f capture %.3f%n",
                r.bucket(), r.rate(), r.lift(), r.cumulativeCapture()));

        assertThat(result.meanAuc()).isGreaterThanOrEqualTo(0.79);
        assertThat(result.folds()).allSatisfy(f -> assertThat(f.testPositives()).isBetween(927, 929));
    }

    /** Training on all rows converges and is bit-for-bit reproducible. Its speed is measured by the JMH benchmarks. */
    @Test
    void trainsOnAllFortyOneThousandRowsReproducibly() {
        LogisticRegressionTrainer trainer = new LogisticRegressionTrainer(LogisticRegressionSettings.defaults());
        FeatureSpec spec = spec();
        LeadScoringModel first = trainer.train(spec, bank);
        LeadScoringModel second = trainer.train(spec, bank);
        assertThat(first.metadata().converged()).isTrue();
        assertThat(second).isEqualTo(first);
        assertThat(second.toJson()).isEqualTo(first.toJson());
    }
}
