package dev.crmkit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.crmkit.core.error.RuleViolation;
import dev.crmkit.core.error.RuleViolationException;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.DealContact;
import dev.crmkit.core.model.deal.StageChange;
import dev.crmkit.core.model.pipeline.ForecastCategory;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.pipeline.Stage;
import dev.crmkit.core.model.pipeline.StageKind;
import dev.crmkit.core.model.pipeline.StageRequirement;
import dev.crmkit.core.model.pipeline.TransitionPolicy;
import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.core.model.shared.DealId;
import dev.crmkit.core.model.shared.IdGenerator;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.Percentage;
import dev.crmkit.core.model.shared.PropertyValue;
import dev.crmkit.core.model.shared.StageChangeId;
import dev.crmkit.core.model.shared.UserId;
import dev.crmkit.core.model.shared.UuidV7Generator;
import dev.crmkit.core.testing.Fixtures;
import dev.crmkit.core.testing.Generators;
import dev.crmkit.core.testing.MutableClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Random walks through random pipelines: the rules agree with an independent statement of the
 * transition semantics, legal moves keep a consistent stage history, and illegal moves are always rejected.
 */
class DealMovesPropertiesTest {
    private static final int EXAMPLES = 150;
    private static final Optional<UserId> REP = Optional.of(UserId.of("rep"));

    /**
     * The documented transition semantics, written independently of {@link PipelineRules}: re-opening (a
     * closed deal to an open stage) depends only on {@code allowReopen}; every other move follows the policy.
     */
    private static Optional<String> expectedTransitionViolation(Pipeline pipeline, Stage from, Stage to) {
        if (from.key().equals(to.key())) {
            return Optional.of(RuleIds.SAME_STAGE);
        }
        if (from.kind().isClosed() && !to.kind().isClosed()) {
            return pipeline.allowReopen() ? Optional.empty() : Optional.of(RuleIds.REOPEN_NOT_ALLOWED);
        }
        boolean allowed;
        TransitionPolicy policy = pipeline.transitionPolicy();
        if (policy instanceof TransitionPolicy.Graph graph) {
            allowed = graph.edges().getOrDefault(from.key(), Set.of()).contains(to.key());
        } else if (policy instanceof TransitionPolicy.ForwardOnly) {
            allowed = to.kind().isClosed() || pipeline.indexOf(to.key()) > pipeline.indexOf(from.key());
        } else {
            allowed = true;
        }
        return allowed ? Optional.empty() : Optional.of(RuleIds.TRANSITION_NOT_ALLOWED);
    }

    /** The deal with every field {@code stage} requires filled in (as a user would before moving it there). */
    private static Deal satisfyGate(Deal deal, Stage stage, Random random) {
        Deal d = deal;
        for (StageRequirement requirement : stage.requiredFields()) {
            switch (requirement.field()) {
                case "amount" -> d = d.amount().isPresent() ? d : d.withAmount(positiveAmount(random));
                case "expectedCloseDate" -> d = d.withExpectedCloseDate(LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365)));
                case "account" -> d = d.withAccount(Fixtures.accountId(100 + random.nextInt(100)));
                case "contacts" -> d = d.contacts().isEmpty()
                        ? d.withContacts(DealContact.of(new ContactId(Fixtures.uuid(200 + random.nextInt(100))), "champion")) : d;
                case "owner" -> d = d.withOwner(UserId.of("owner-" + random.nextInt(5)));
                case "source" -> d = d.withSource("Referral");
                default -> d = d.withProperties(Map.of(requirement.propertyKey().orElseThrow(), PropertyValue.choice("gold")));
            }
        }
        if (stage.kind() == StageKind.WON && d.amount().map(a -> !a.isPositive()).orElse(true)) {
            d = d.withAmount(positiveAmount(random));
        }
        return d;
    }

    private static Money positiveAmount(Random random) {
        return Money.of(BigDecimal.valueOf(1 + random.nextInt(1_000_000), 2), Currency.getInstance("EUR"));
    }

    private static MoveRequest requestFor(Stage to) {
        return to.kind() == StageKind.LOST ? MoveRequest.lost(to.key(), "Went with a competitor") : MoveRequest.to(to.key());
    }

    private static List<String> ids(List<RuleViolation> violations) {
        return violations.stream().map(RuleViolation::ruleId).toList();
    }

    @Test
    void legalMoveSequencesKeepAConsistentStageHistory() {
        qt().withExamples(EXAMPLES)
                .forAll(Generators.pipelines(), lists().of(integers().between(0, 99)).ofSizeBetween(1, 30), longs().all())
                .checkAssert((pipeline, picks, seed) -> {
                    Random random = new Random(seed);
                    MutableClock clock = new MutableClock(Fixtures.T0);
                    IdGenerator ids = new UuidV7Generator(clock, new Random(seed));
                    List<Stage> openStages = pipeline.stages().stream().filter(s -> s.kind() == StageKind.OPEN).toList();
                    Stage start = openStages.get(random.nextInt(openStages.size()));
                    Deal.Builder created = Deal.builder().id(ids.next(DealId::new)).name("Deal " + seed).pipeline(pipeline.id())
                            .stage(start.key()).stageEnteredAt(clock.instant()).createdAt(clock.instant());
                    if (random.nextBoolean()) {
                        created.probabilityOverride(Percentage.of(random.nextInt(101)));
                    }
                    if (random.nextBoolean()) {
                        created.forecastCategoryOverride(ForecastCategory.values()[random.nextInt(4)]);
                    }
                    Deal deal = satisfyGate(created.build(), start, random);
                    assertThat(PipelineRules.checkDeal(deal, pipeline)).isEmpty();
                    List<StageChange> history = new ArrayList<>();
                    history.add(DealMoves.creation(deal, pipeline, REP, ids.next(StageChangeId::new)));

                    for (int pick : picks) {
                        // Mostly forward in time, sometimes back: moves are clamped so history stays ordered.
                        clock.advance(Duration.ofMinutes(random.nextInt(3 * 24 * 60) - 60));
                        if (pick >= 95) {
                            List<RuleViolation> unknown = PipelineRules.checkMove(deal, pipeline, MoveRequest.to("no-such-stage"));
                            assertThat(ids(unknown)).containsExactly(RuleIds.STAGE_UNKNOWN);
                            continue;
                        }
                        Stage from = pipeline.requireStage(deal.stage());
                        Stage to = pipeline.stages().get(pick % pipeline.stages().size());
                        Deal prepared = satisfyGate(deal, to, random);
                        MoveRequest request = requestFor(to);
                        List<RuleViolation> violations = PipelineRules.checkMove(prepared, pipeline, request);
                        Optional<String> expected = expectedTransitionViolation(pipeline, from, to);
                        if (expected.isPresent()) {
                            assertThat(ids(violations)).as("%s -> %s", from.key(), to.key()).containsExactly(expected.get());
                            RuleViolationException thrown = catchThrowableOfType(RuleViolationException.class, () ->
                                    DealMoves.move(prepared, pipeline, request, clock.instant(), REP, ids.next(StageChangeId::new)));
                            assertThat(thrown).isNotNull();
                            assertThat(thrown.violations()).isEqualTo(violations);
                            continue;
                        }
                        assertThat(violations).as("%s -> %s", from.key(), to.key()).isEmpty();
                        MoveOutcome outcome = DealMoves.move(prepared, pipeline, request, clock.instant(), REP,
                                ids.next(StageChangeId::new));
                        deal = outcome.deal();
                        history.add(outcome.change());
                        assertThat(outcome.change().fromStage()).contains(from.key());
                        assertThat(outcome.change().probability()).isEqualTo(Probabilities.effectiveProbability(deal, pipeline));
                        assertThat(deal.closedAt().isPresent()).isEqualTo(to.kind().isClosed());
                    }

                    assertThat(StageHistory.checkConsistent(history, deal.stage())).isEmpty();
                    assertThat(StageHistory.finalStage(history)).contains(deal.stage());
                    assertThat(StageHistory.stageAsOf(history, deal.stageEnteredAt())).contains(deal.stage());
                    assertThat(StageHistory.stageAsOf(history, Fixtures.T0.minusNanos(1))).isEmpty();
                    assertThat(PipelineRules.checkDeal(deal, pipeline)).isEmpty();
                    List<StageChange> shuffled = new ArrayList<>(history);
                    Collections.shuffle(shuffled, random);
                    assertThat(StageHistory.checkConsistent(shuffled, deal.stage())).as("order comes from moments and ids").isEmpty();
                });
    }

    /** A deal sitting validly in {@code stage} of {@code pipeline}. */
    private static Deal dealIn(Pipeline pipeline, Stage stage, Random random) {
        Deal.Builder b = Deal.builder().id(Fixtures.dealId(1)).name("Deal").pipeline(pipeline.id()).stage(stage.key())
                .stageEnteredAt(Fixtures.T0).createdAt(Fixtures.T0);
        if (stage.kind().isClosed()) {
            b.closedAt(Fixtures.T0);
        }
        if (stage.kind() == StageKind.LOST) {
            b.lostReason("Price");
        }
        return satisfyGate(b.build(), stage, random);
    }

    @Test
    void forwardOnlyPipelinesRejectEveryBackwardMoveBetweenOpenStages() {
        qt().withExamples(EXAMPLES).forAll(Generators.pipelines(), longs().all()).checkAssert((generated, seed) -> {
            Random random = new Random(seed);
            Pipeline pipeline = Pipeline.copyOf(generated).withTransitionPolicy(TransitionPolicy.FORWARD_ONLY);
            List<Stage> stages = pipeline.stages();
            for (int i = 0; i < stages.size(); i++) {
                for (int j = 0; j < i; j++) {
                    Stage from = stages.get(i);
                    Stage to = stages.get(j);
                    if (from.kind() == StageKind.OPEN && to.kind() == StageKind.OPEN) {
                        Deal deal = satisfyGate(dealIn(pipeline, from, random), to, random);
                        assertThat(ids(PipelineRules.checkMove(deal, pipeline, MoveRequest.to(to.key()))))
                                .containsExactly(RuleIds.TRANSITION_NOT_ALLOWED);
                    }
                }
            }
        });
    }

    @Test
    void reopeningIsAlwaysRejectedWhenThePipelineForbidsIt() {
        qt().withExamples(EXAMPLES).forAll(Generators.pipelines(), longs().all()).checkAssert((generated, seed) -> {
            Random random = new Random(seed);
            Pipeline pipeline = Pipeline.copyOf(generated).withAllowReopen(false);
            for (Stage from : pipeline.stages()) {
                for (Stage to : pipeline.stages()) {
                    if (from.kind().isClosed() && to.kind() == StageKind.OPEN) {
                        Deal deal = satisfyGate(dealIn(pipeline, from, random), to, random);
                        assertThat(ids(PipelineRules.checkMove(deal, pipeline, MoveRequest.to(to.key()))))
                                .containsExactly(RuleIds.REOPEN_NOT_ALLOWED);
                    }
                }
            }
        });
    }

    @Test
    void unknownStagesAreAlwaysRejected() {
        qt().withExamples(EXAMPLES).forAll(Generators.pipelines(), Generators.stageKeys(), longs().all())
                .assuming((pipeline, key, seed) -> pipeline.stage(key).isEmpty())
                .checkAssert((pipeline, key, seed) -> {
                    Deal deal = dealIn(pipeline, pipeline.firstOpenStage(), new Random(seed));
                    assertThat(ids(PipelineRules.checkMove(deal, pipeline, MoveRequest.to(key)))).containsExactly(RuleIds.STAGE_UNKNOWN);
                    assertThat(ids(PipelineRules.checkMove(deal.withStage(key), pipeline, MoveRequest.to(pipeline.wonStage().key()))))
                            .containsExactly(RuleIds.STAGE_UNKNOWN);
                });
    }

    @Test
    void closingWithoutAReasonOrAPositiveAmountOrAGateFieldIsAlwaysRejected() {
        qt().withExamples(EXAMPLES).forAll(Generators.pipelines(), longs().all()).checkAssert((generated, seed) -> {
            Random random = new Random(seed);
            Pipeline pipeline = Pipeline.copyOf(generated).withTransitionPolicy(TransitionPolicy.ANY_TO_ANY);
            Stage from = pipeline.firstOpenStage();
            for (Stage to : pipeline.stages()) {
                if (to.key().equals(from.key())) {
                    continue;
                }
                Deal ready = satisfyGate(dealIn(pipeline, from, random), to, random).withLostReason(Optional.empty());
                if (to.kind() == StageKind.LOST) {
                    assertThat(ids(PipelineRules.checkMove(ready, pipeline, MoveRequest.to(to.key()))))
                            .contains(RuleIds.LOST_NEEDS_REASON);
                }
                if (to.kind() == StageKind.WON) {
                    Deal zero = ready.withAmount(Money.zero(ready.amount().orElseThrow().currency()));
                    assertThat(ids(PipelineRules.checkMove(zero, pipeline, MoveRequest.to(to.key()))))
                            .contains(RuleIds.WON_NEEDS_AMOUNT);
                }
                for (StageRequirement requirement : to.requiredFields()) {
                    Deal missing = without(ready, requirement);
                    assertThat(PipelineRules.checkMove(missing, pipeline, requestFor(to)))
                            .anySatisfy(v -> {
                                assertThat(v.ruleId()).isEqualTo(RuleIds.GATE_REQUIRED_FIELD);
                                assertThat(v.field()).isEqualTo(requirement.field());
                            });
                }
            }
        });
    }

    private static Deal without(Deal deal, StageRequirement requirement) {
        return switch (requirement.field()) {
            case "amount" -> deal.withAmount(Optional.empty());
            case "expectedCloseDate" -> deal.withExpectedCloseDate(Optional.empty());
            case "account" -> deal.withAccount(Optional.empty());
            case "contacts" -> deal.withContacts(List.of());
            case "owner" -> deal.withOwner(Optional.empty());
            case "source" -> deal.withSource(Optional.empty());
            default -> deal.withProperties(Map.of());
        };
    }
}
