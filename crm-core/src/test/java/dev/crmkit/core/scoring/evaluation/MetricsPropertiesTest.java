package dev.crmkit.core.scoring.evaluation;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.util.List;
import java.util.function.DoubleUnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

class MetricsPropertiesTest {

    /** Integer-valued scores (so ties are common) with outcomes containing both classes. */
    record Case(double[] scores, boolean[] outcomes) {
        @Override
        public String toString() {
            return java.util.Arrays.toString(scores) + " / " + java.util.Arrays.toString(outcomes);
        }
    }

    private static final Gen<Case> CASES = lists().of(integers().between(-50, 50)).ofSizeBetween(2, 60)
            .zip(lists().of(booleans().all()).ofSize(60), (scores, flags) -> {
                double[] s = scores.stream().mapToDouble(Integer::doubleValue).toArray();
                boolean[] o = new boolean[s.length];
                for (int i = 0; i < s.length; i++) {
                    o[i] = flags.get(i);
                }
                o[0] = true;
                o[1] = false;
                return new Case(s, o);
            });

    /** Strictly increasing and injective on integers in [-50, 50], even in floating point. */
    private static final List<DoubleUnaryOperator> MONOTONE = List.of(
            x -> Math.exp(x / 10),
            x -> x * x * x,
            x -> Math.atan(x / 20),
            x -> 1 / (1 + Math.exp(-x / 10)),
            x -> 1000 * x - 7);

    @Test
    void aucOfAPerfectlySeparatingScoreIsOneAndOfItsNegationZero() {
        qt().withFixedSeed(1L).withExamples(500).forAll(CASES).checkAssert(c -> {
            double[] separating = new double[c.outcomes().length];
            double[] negated = new double[separating.length];
            for (int i = 0; i < separating.length; i++) {
                // any score that puts every positive above every negative, with ties inside a class
                separating[i] = (c.outcomes()[i] ? 100 : 0) + c.scores()[i] / 100;
                negated[i] = -separating[i];
            }

            assertThat(RocAuc.of(separating, c.outcomes())).isEqualTo(1.0);
            assertThat(RocAuc.of(negated, c.outcomes())).isEqualTo(0.0);
        });
    }

    @Test
    void aucIsInvariantUnderStrictlyIncreasingTransforms() {
        qt().withFixedSeed(2L).withExamples(500).forAll(CASES, Generate.pick(MONOTONE)).checkAssert((c, transform) -> {
            double[] transformed = new double[c.scores().length];
            for (int i = 0; i < transformed.length; i++) {
                transformed[i] = transform.applyAsDouble(c.scores()[i]);
            }

            assertThat(RocAuc.of(transformed, c.outcomes())).isEqualTo(RocAuc.of(c.scores(), c.outcomes()));
        });
    }

    @Test
    void aucEqualsTheFractionOfCorrectlyOrderedPairsAndMirrorsUnderNegation() {
        qt().withFixedSeed(3L).withExamples(500).forAll(CASES).checkAssert(c -> {
            double wins = 0;
            long pairs = 0;
            double[] negated = new double[c.scores().length];
            for (int i = 0; i < c.scores().length; i++) {
                negated[i] = -c.scores()[i];
                for (int j = 0; j < c.scores().length; j++) {
                    if (c.outcomes()[i] && !c.outcomes()[j]) {
                        pairs++;
                        wins += c.scores()[i] > c.scores()[j] ? 1 : c.scores()[i] == c.scores()[j] ? 0.5 : 0;
                    }
                }
            }
            double auc = RocAuc.of(c.scores(), c.outcomes());

            assertThat(auc).isCloseTo(wins / pairs, within(1e-12));
            assertThat(RocAuc.of(negated, c.outcomes())).isCloseTo(1 - auc, within(1e-12));
        });
    }

    @Test
    void liftTableCapturesEveryPositiveAndCountsEveryCase() {
        qt().withFixedSeed(4L).withExamples(300).forAll(CASES, integers().between(1, 10)).checkAssert((c, buckets) -> {
            if (buckets > c.scores().length) {
                return;
            }
            LiftTable table = LiftTable.of(c.scores(), c.outcomes(), buckets);

            assertThat(table.rows()).hasSize(buckets);
            assertThat(table.rows().stream().mapToInt(LiftRow::count).sum()).isEqualTo(c.scores().length);
            assertThat(table.rows().get(buckets - 1).cumulativeCapture()).isEqualTo(1.0);
            assertThat(table.rows()).extracting(LiftRow::cumulativeCapture).isSorted();
        });
    }
}
