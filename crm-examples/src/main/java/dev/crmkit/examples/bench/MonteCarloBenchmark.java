package dev.crmkit.examples.bench;

import dev.crmkit.core.forecast.MonteCarlo;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.pipeline.Stage;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Monte Carlo forecast: {@code runs} simulated outcomes of {@code openDeals} open deals (each won with its
 * stage's probability or its override), sorted, against the textbook loop ({@code nextDouble() < p}) over the
 * same arrays.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class MonteCarloBenchmark {
    private static final long SEED = 42L;

    /** Open deals simulated. */
    @Param({"10000"})
    public int openDeals;

    /** Simulation runs. */
    @Param({"1000"})
    public int runs;

    private double[] probabilities;
    private double[] amounts;

    /** Takes the first {@code openDeals} open deals with an amount from the generated rows. */
    @Setup(Level.Trial)
    public void prepare() {
        probabilities = new double[openDeals];
        amounts = new double[openDeals];
        DealRows generator = new DealRows(SEED);
        IdSequence ids = new IdSequence(SEED);
        int n = 0;
        for (long i = 0; n < openDeals; i++) {
            DealRow row = generator.row(i, ids.next());
            if (row.closedAt() != null || row.amount() == null) {
                continue;
            }
            Pipeline pipeline = row.pipeline().equals(BenchPipelines.MAIN.id().value()) ? BenchPipelines.MAIN : BenchPipelines.SECOND;
            Stage stage = pipeline.requireStage(row.stage());
            probabilities[n] = row.probabilityOverride() != null ? row.probabilityOverride().doubleValue() / 100
                    : stage.defaultProbability().asDouble();
            amounts[n] = row.amount().doubleValue() * ("EUR".equals(row.currency()) ? 1.08 : 1);
            n++;
        }
    }

    /** CRMKit: {@code MonteCarlo.simulate}. */
    @Benchmark
    public double[] simulateCrmkit() {
        return MonteCarlo.simulate(probabilities, amounts, 0, 0, new double[0], runs, SEED);
    }

    /** Baseline: one {@code nextDouble()} comparison per deal and run, then the sort. */
    @Benchmark
    public double[] simulatePlain() {
        SplittableRandom random = new SplittableRandom(SEED);
        double[] outcomes = new double[runs];
        for (int r = 0; r < runs; r++) {
            double total = 0;
            for (int i = 0; i < probabilities.length; i++) {
                if (random.nextDouble() < probabilities[i]) {
                    total += amounts[i];
                }
            }
            outcomes[r] = total;
        }
        Arrays.sort(outcomes);
        return outcomes;
    }
}
