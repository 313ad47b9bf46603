package dev.crmkit.examples.bench;

import dev.crmkit.core.scoring.predictive.FeatureSpec;
import dev.crmkit.core.scoring.predictive.LeadScoringModel;
import dev.crmkit.core.scoring.predictive.LogisticRegressionSettings;
import dev.crmkit.core.scoring.predictive.LogisticRegressionTrainer;
import dev.crmkit.core.scoring.predictive.NumericFeature;
import dev.crmkit.core.tabular.CsvFormat;
import dev.crmkit.core.tabular.Table;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Training the logistic-regression lead score on the UCI bank-marketing data (bank-additional-full, 41,188
 * rows, without the leaking {@code duration}; the same features as the cross-validation test), from the
 * table already in memory. The data folder comes from {@value BenchEnvironment#SHARED_DATA_PROPERTY} or
 * {@value BenchEnvironment#SHARED_DATA_ENV}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class TrainingBenchmark {
    /** The data set, relative to the shared data folder. */
    public static final String BANK = "uci-bank-marketing/bank-additional-full.csv";

    private Table bank;
    private FeatureSpec spec;
    private LogisticRegressionTrainer trainer;

    /**
     * Reads the data set.
     *
     * @throws IllegalStateException when the data folder is not configured or lacks the file
     */
    @Setup(Level.Trial)
    public void load() {
        Path file = dataFile(BenchEnvironment.current());
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            bank = Table.readCsv(reader, CsvFormat.semicolon());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        spec = bankSpec();
        trainer = new LogisticRegressionTrainer(LogisticRegressionSettings.defaults());
    }

    /**
     * The bank data file of this environment.
     *
     * @throws IllegalStateException when the data folder is not configured or lacks the file
     */
    public static Path dataFile(BenchEnvironment env) {
        Path folder = env.sharedData().orElseThrow(() -> new IllegalStateException("the shared data folder is not set: set "
                + BenchEnvironment.SHARED_DATA_ENV + " or -D" + BenchEnvironment.SHARED_DATA_PROPERTY));
        Path file = folder.resolve(BANK);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("the bank-marketing data are missing: " + file);
        }
        return file;
    }

    /** The features: {@code pdays = 999} means never contacted, so it is a missing value with an indicator. */
    public static FeatureSpec bankSpec() {
        return FeatureSpec.builder()
                .label("y", "yes")
                .minFrequency(5)
                .categorical("job", "marital", "education", "default", "housing", "loan", "contact", "month",
                        "day_of_week", "poutcome")
                .numeric("age", "campaign", "previous", "emp.var.rate", "cons.price.idx", "cons.conf.idx", "euribor3m",
                        "nr.employed")
                .numeric(NumericFeature.of("pdays").withMissingSentinels("999").withMissingIndicator(true))
                .build();
    }

    /** CRMKit: fits the model on all rows. */
    @Benchmark
    public LeadScoringModel trainBank() {
        return trainer.train(spec, bank);
    }
}
