package dev.crmkit.examples.cli;

import dev.crmkit.core.scoring.predictive.Coefficient;
import dev.crmkit.core.scoring.predictive.FeatureSpec;
import dev.crmkit.core.scoring.predictive.LeadScoringModel;
import dev.crmkit.core.scoring.predictive.LogisticRegressionTrainer;
import dev.crmkit.core.scoring.predictive.ModelMetadata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code crm score train}: fits a logistic-regression lead score on every row of a labelled CSV file, or on the
 * store's contacts whose outcome is known (feature spec inferred as in {@link TrainingData}), and writes the
 * model as JSON, which {@code crm score apply} reads.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a logistic-regression lead score on a labelled CSV file (or the store's contacts) and save it as JSON.")
final class ScoreTrainCommand extends CrmCommand {
    @Mixin
    TrainingData data;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the model (JSON).")
    Path outFile;

    @Option(names = "--name", defaultValue = "lead-score", paramLabel = "NAME", description = "The model's name. Default: ${DEFAULT-VALUE}")
    String name;

    @Option(names = "--model-version", defaultValue = "1", paramLabel = "N", description = "The model's version. Default: ${DEFAULT-VALUE}")
    int version;

    @Override
    protected int run() {
        TrainingData.Dataset dataset = data.read(spec.commandLine(), () -> session().tenant());
        FeatureSpec featureSpec = data.spec(dataset);
        LeadScoringModel model = new LogisticRegressionTrainer(data.settings()).train(name, version, featureSpec, dataset.table());
        try {
            Path parent = outFile.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(outFile, model.toJson(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + outFile + ": " + e.getMessage(), e);
        }
        ModelMetadata meta = model.metadata();
        out().println("Trained " + meta.name() + " v" + meta.version() + " on " + Formats.count(meta.trainingRows()) + " rows ("
                + Formats.count(meta.trainingPositives()) + " positive), " + model.coefficients().size() + " encoded features, "
                + meta.iterations() + " Newton steps, " + (meta.converged() ? "converged" : "NOT converged (raise --lambda)"));
        for (String line : TrainingData.describe(featureSpec, data.exclude)) {
            out().println("  " + line);
        }
        out().println("Strongest features (weight per level, or per standard deviation for numbers):");
        List<Coefficient> sorted = model.coefficients().stream()
                .sorted(Comparator.comparingDouble((Coefficient c) -> Math.abs(c.weight())).reversed()).limit(8).toList();
        TextTable table2 = new TextTable().left("Feature", 60).right("Weight");
        sorted.forEach(c -> table2.row(c.feature(), String.format(Locale.ROOT, "%+.3f", c.weight())));
        table2.print(out(), 2);
        out().println("Model written to " + outFile);
        return ExitCodes.OK;
    }
}
