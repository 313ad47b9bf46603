package dev.crmkit.examples.cli;

import dev.crmkit.core.scoring.evaluation.CrossValidation;
import dev.crmkit.core.scoring.evaluation.CrossValidationResult;
import dev.crmkit.core.scoring.evaluation.FoldMetrics;
import dev.crmkit.core.scoring.evaluation.LiftRow;
import dev.crmkit.core.scoring.predictive.FeatureSpec;
import dev.crmkit.core.tabular.Table;
import dev.crmkit.core.tabular.TabularRecord;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code crm score evaluate}: stratified k-fold cross-validation of a logistic-regression lead score on a
 * labelled CSV file, with the feature spec inferred from the columns ({@link TrainingData}). Prints one line per
 * fold and a final line {@code mean AUC 0.xxxx ...}.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Cross-validate a logistic-regression lead score on a labelled CSV file (AUC per fold and mean).")
final class ScoreEvaluateCommand extends CrmCommand {
    @Mixin
    TrainingData data;

    @Option(names = "--folds", defaultValue = "5", paramLabel = "K", description = "Number of folds. Default: ${DEFAULT-VALUE}")
    int folds;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "N", description = "Fold assignment seed. Default: ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--lift", description = "Also print the decile lift table of the out-of-fold scores.")
    boolean lift;

    @Override
    protected int run() {
        if (folds < 2) {
            throw usage("--folds must be at least 2");
        }
        TrainingData.Dataset dataset = data.read(spec.commandLine(), () -> session().tenant());
        Table table = dataset.table();
        FeatureSpec featureSpec = data.spec(dataset);
        long positives = 0;
        for (TabularRecord record : table) {
            positives += featureSpec.label().isPositive(record) ? 1 : 0;
        }
        out().println(dataset.name() + ": " + Formats.count(table.size()) + " rows, label " + dataset.label()
                + " (positive: " + String.join(", ", dataset.positive()) + "), " + Formats.count(positives) + " positive ("
                + Formats.percent((double) positives / Math.max(1, table.size())) + ")");
        for (String line : TrainingData.describe(featureSpec, data.exclude)) {
            out().println("  " + line);
        }
        out().println(folds + "-fold stratified cross-validation (seed " + seed + "), logistic regression (lambda "
                + data.lambda + ")");
        out().flush();
        CrossValidationResult result = CrossValidation.run(table, featureSpec, data.settings(), folds, seed);
        for (FoldMetrics fold : result.folds()) {
            out().println(String.format(Locale.ROOT, "fold %d: AUC %.4f  log loss %.4f  Brier %.4f  (%s test rows, %s positive)",
                    fold.fold() + 1, fold.auc(), fold.logLoss(), fold.brierScore(), Formats.count(fold.testRows()),
                    Formats.count(fold.testPositives())));
        }
        if (lift) {
            TextTable table2 = new TextTable().right("Decile").right("Rows").right("Positives").right("Rate").right("Lift")
                    .right("Captured");
            for (LiftRow row : result.outOfFoldLift().rows()) {
                table2.row(row.bucket(), Formats.count(row.count()), Formats.count(row.positives()), Formats.percent(row.rate()),
                        Formats.decimal(row.lift(), 2), Formats.percent(row.cumulativeCapture()));
            }
            table2.print(out());
        }
        out().println(String.format(Locale.ROOT, "mean AUC %.4f (sd %.4f), log loss %.4f, Brier %.4f", result.meanAuc(),
                result.sdAuc(), result.meanLogLoss(), result.meanBrierScore()));
        return ExitCodes.OK;
    }
}
