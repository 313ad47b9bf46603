package dev.crmkit.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.pipeline.StageKind;
import dev.crmkit.core.rules.Probabilities;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AsOfReplayPropertiesTest {

    /** A book of random legal move sequences and every deal's state after each step. */
    record RandomBook(TestDeals.Book book, Map<Integer, List<Deal>> states) {
    }

    static RandomBook randomBook(long seed, int deals) {
        SplittableRandom r = new SplittableRandom(seed);
        List<String> stages = TestDeals.SALES.stageKeys();
        List<String> open = TestDeals.SALES.stages().stream().filter(s -> s.kind() == StageKind.OPEN)
                .map(s -> s.key()).toList();
        TestDeals.Book book = new TestDeals.Book();
        Map<Integer, List<Deal>> states = new HashMap<>();
        for (int n = 0; n < deals; n++) {
            long day = r.nextInt(0, 50);
            String amount = r.nextInt(1, 100_000) + ".00";
            book.create(n, day, open.get(r.nextInt(open.size())), amount, LocalDate.of(2017, 1, 1).plusDays(r.nextInt(0, 200)));
            List<Deal> steps = new ArrayList<>(List.of(book.get(n)));
            int moves = r.nextInt(0, 7);
            for (int m = 0; m < moves; m++) {
                day += r.nextInt(1, 10);
                String target;
                do {
                    target = stages.get(r.nextInt(stages.size()));
                } while (target.equals(book.get(n).stage()));
                book.move(n, day, target);
                steps.add(book.get(n));
            }
            states.put(n, steps);
        }
        return new RandomBook(book, states);
    }

    @Test
    void replayAfterTheLastEventEqualsTheLivePipeline() {
        qt().withExamples(150).forAll(longs().all(), integers().between(1, 30)).checkAssert((seed, n) -> {
            TestDeals.Book book = randomBook(seed, n).book();
            AsOfReplay replay = book.replay();
            Instant now = replay.lastEvent().orElseThrow();
            assertThat(replay.snapshot(now).deals()).isEqualTo(book.deals());
            assertThat(replay.snapshot(now.plus(Duration.ofDays(365))).deals()).isEqualTo(book.deals());
            assertThat(replay.snapshot(now).history()).containsExactlyInAnyOrderElementsOf(book.history());
        });
    }

    @Test
    void replayBetweenMovesRebuildsTheStateAfterTheLastMove() {
        qt().withExamples(150).forAll(longs().all(), integers().between(1, 15)).checkAssert((seed, n) -> {
            RandomBook random = randomBook(seed, n);
            AsOfReplay replay = random.book().replay();
            random.states().forEach((deal, steps) -> {
                Deal first = steps.get(0);
                assertThat(replay.dealAsOf(first.id(), first.createdAt().minusSeconds(1))).isEmpty();
                for (Deal expected : steps) {
                    for (Instant asOf : List.of(expected.stageEnteredAt(), expected.stageEnteredAt().plus(Duration.ofHours(12)))) {
                        Deal actual = replay.dealAsOf(expected.id(), asOf).orElseThrow();
                        assertThat(actual.stage()).isEqualTo(expected.stage());
                        assertThat(actual.stageEnteredAt()).isEqualTo(expected.stageEnteredAt());
                        assertThat(actual.amount()).isEqualTo(expected.amount());
                        assertThat(actual.expectedCloseDate()).isEqualTo(expected.expectedCloseDate());
                        assertThat(actual.closedAt()).isEqualTo(expected.closedAt());
                        assertThat(Probabilities.effectiveProbability(actual, TestDeals.SALES))
                                .isEqualTo(Probabilities.effectiveProbability(expected, TestDeals.SALES));
                    }
                }
            });
        });
    }
}
