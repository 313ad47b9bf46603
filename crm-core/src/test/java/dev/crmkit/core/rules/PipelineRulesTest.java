package dev.crmkit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.error.RuleViolation;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.DealContact;
import dev.crmkit.core.model.pipeline.ForecastCategory;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.pipeline.StageRequirement;
import dev.crmkit.core.model.pipeline.TransitionPolicy;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.PropertyValue;
import dev.crmkit.core.model.shared.UserId;
import dev.crmkit.core.testing.Fixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PipelineRulesTest {
    private static final Money AMOUNT = Money.of("1000", "EUR");

    private static Deal dealIn(String stage) {
        Deal.Builder b = Fixtures.deal().stage(stage);
        if (stage.equals("won") || stage.equals("lost")) {
            b.closedAt(Fixtures.T0).amount(AMOUNT).lostReason(stage.equals("lost") ? Optional.of("Price")
                    : Optional.empty());
        }
        return b.build();
    }

    private static List<String> ids(List<RuleViolation> violations) {
        return violations.stream().map(RuleViolation::ruleId).toList();
    }

    private static List<RuleViolation> move(Deal deal, Pipeline pipeline, String target) {
        return PipelineRules.checkMove(deal, pipeline, MoveRequest.to(target));
    }

    @Nested
    class Transitions {
        @Test
        void anyToAnyAllowsEveryMoveBetweenOpenStages() {
            Pipeline pipeline = Fixtures.pipeline().build();
            for (String from : List.of("open-a", "open-b", "open-c")) {
                for (String to : List.of("open-a", "open-b", "open-c")) {
                    if (!from.equals(to)) {
                        assertThat(move(dealIn(from), pipeline, to)).as(from + " -> " + to).isEmpty();
                    }
                }
            }
        }

        @Test
        void forwardOnlyRejectsBackwardMovesButAllowsClosingFromAnywhere() {
            Pipeline pipeline = Fixtures.pipeline().transitionPolicy(TransitionPolicy.FORWARD_ONLY).build();
            assertThat(move(dealIn("open-a"), pipeline, "open-c")).isEmpty();
            assertThat(move(dealIn("open-b"), pipeline, "open-c")).isEmpty();
            List<RuleViolation> back = move(dealIn("open-c"), pipeline, "open-a");
            assertThat(back).singleElement().satisfies(v -> {
                assertThat(v.ruleId()).isEqualTo("transition.not-allowed");
                assertThat(v.field()).isEqualTo("stage");
            });
            assertThat(move(dealIn("open-a").withAmount(AMOUNT), pipeline, "won")).isEmpty();
            assertThat(PipelineRules.checkMove(dealIn("open-c"), pipeline, MoveRequest.lost("lost", "Budget"))).isEmpty();
        }

        @Test
        void forwardOnlyAllowsClosingEvenWhenTheClosedStageComesFirst() {
            Pipeline base = Fixtures.pipeline().transitionPolicy(TransitionPolicy.FORWARD_ONLY).build();
            Pipeline lostFirst = Pipeline.copyOf(base).withStages(base.stage("lost").orElseThrow(),
                    base.stage("open-a").orElseThrow(), base.stage("open-b").orElseThrow(), base.stage("won").orElseThrow());
            assertThat(PipelineRules.checkMove(dealIn("open-b"), lostFirst, MoveRequest.lost("lost", "Budget"))).isEmpty();
        }

        @Test
        void anExplicitGraphAllowsOnlyItsEdges() {
            Pipeline pipeline = Fixtures.pipeline().transitionPolicy(new TransitionPolicy.Graph(Map.of(
                    "open-a", Set.of("open-b", "lost"),
                    "open-b", Set.of("open-c", "open-a"),
                    "won", Set.of("lost")))).build();
            assertThat(move(dealIn("open-a"), pipeline, "open-b")).isEmpty();
            assertThat(move(dealIn("open-b"), pipeline, "open-a")).isEmpty();
            assertThat(PipelineRules.checkMove(dealIn("open-a"), pipeline, MoveRequest.lost("lost", "Budget"))).isEmpty();
            assertThat(ids(move(dealIn("open-a"), pipeline, "open-c"))).containsExactly(RuleIds.TRANSITION_NOT_ALLOWED);
            assertThat(ids(move(dealIn("open-c"), pipeline, "open-a"))).as("no edges at all from open-c")
                    .containsExactly(RuleIds.TRANSITION_NOT_ALLOWED);
            assertThat(ids(move(dealIn("open-b").withAmount(AMOUNT), pipeline, "won"))).containsExactly(RuleIds.TRANSITION_NOT_ALLOWED);
        }

        @Test
        void reopeningIsGovernedByAllowReopenNotByThePolicy() {
            for (TransitionPolicy policy : List.of(TransitionPolicy.ANY_TO_ANY, TransitionPolicy.FORWARD_ONLY,
                    new TransitionPolicy.Graph(Map.of()))) {
                Pipeline allowed = Fixtures.pipeline().transitionPolicy(policy).build();
                assertThat(move(dealIn("won"), allowed, "open-a")).as(policy.toString()).isEmpty();
                assertThat(move(dealIn("lost"), allowed, "open-c")).as(policy.toString()).isEmpty();

                Pipeline forbidden = Fixtures.pipeline().transitionPolicy(policy).allowReopen(false).build();
                assertThat(ids(move(dealIn("won"), forbidden, "open-a"))).containsExactly(RuleIds.REOPEN_NOT_ALLOWED);
                assertThat(ids(move(dealIn("lost"), forbidden, "open-c"))).containsExactly(RuleIds.REOPEN_NOT_ALLOWED);
            }
        }

        @Test
        void movingBetweenClosedStagesIsNotReopeningAndFollowsThePolicy() {
            Pipeline noReopen = Fixtures.pipeline().allowReopen(false).build();
            assertThat(PipelineRules.checkMove(dealIn("won"), noReopen, MoveRequest.lost("lost", "Contract cancelled"))).isEmpty();
            assertThat(move(dealIn("lost"), noReopen, "won")).isEmpty();

            Pipeline graph = Fixtures.pipeline().transitionPolicy(new TransitionPolicy.Graph(Map.of("won", Set.of("lost")))).build();
            assertThat(PipelineRules.checkMove(dealIn("won"), graph, MoveRequest.lost("lost", "Contract cancelled"))).isEmpty();
            assertThat(ids(move(dealIn("lost"), graph, "won"))).containsExactly(RuleIds.TRANSITION_NOT_ALLOWED);
        }

        @Test
        void unknownAndSameStagesAreReportedAlone() {
            Pipeline pipeline = Fixtures.pipeline().build();
            List<RuleViolation> unknown = move(dealIn("open-a"), pipeline, "ghost");
            assertThat(ids(unknown)).containsExactly(RuleIds.STAGE_UNKNOWN);
            assertThat(unknown.get(0).message()).contains("ghost");
            assertThat(ids(move(Fixtures.deal().stage("ghost").build(), pipeline, "open-b"))).containsExactly(RuleIds.STAGE_UNKNOWN);
            assertThat(ids(move(dealIn("open-b"), Fixtures.gatedPipeline(StageRequirement.AMOUNT), "open-b")))
                    .containsExactly(RuleIds.SAME_STAGE);
        }
    }

    @Nested
    class Gates {
        private final Deal bare = dealIn("open-a");

        @Test
        void eachRequirementIsCheckedAndNamesItsField() {
            Map<StageRequirement, Deal> satisfied = Map.of(
                    StageRequirement.AMOUNT, bare.withAmount(AMOUNT),
                    StageRequirement.EXPECTED_CLOSE_DATE, bare.withExpectedCloseDate(LocalDate.of(2026, 6, 30)),
                    StageRequirement.CONTACTS, bare.withContacts(DealContact.of(Fixtures.contactId(1), "champion")),
                    StageRequirement.ACCOUNT, bare.withAccount(Fixtures.accountId(1)),
                    StageRequirement.OWNER, bare.withOwner(UserId.of("jane")),
                    StageRequirement.SOURCE, bare.withSource("Referral"),
                    StageRequirement.property("tier"), bare.withProperties(Map.of("tier", PropertyValue.choice("gold"))));
            satisfied.forEach((requirement, deal) -> {
                Pipeline pipeline = Fixtures.gatedPipeline(requirement);
                List<RuleViolation> missing = move(bare, pipeline, "open-b");
                assertThat(missing).as(requirement.field()).singleElement().satisfies(v -> {
                    assertThat(v.ruleId()).isEqualTo("gate.required-field");
                    assertThat(v.field()).isEqualTo(requirement.field());
                });
                assertThat(move(deal, pipeline, "open-b")).as(requirement.field()).isEmpty();
            });
        }

        @Test
        void anotherPropertyDoesNotSatisfyAPropertyGate() {
            Pipeline pipeline = Fixtures.gatedPipeline(StageRequirement.property("tier"));
            Deal other = bare.withProperties(Map.of("region", PropertyValue.text("EMEA")));
            assertThat(ids(move(other, pipeline, "open-b"))).containsExactly(RuleIds.GATE_REQUIRED_FIELD);
        }

        @Test
        void wonNeedsAPositiveAmount() {
            Pipeline pipeline = Fixtures.pipeline().build();
            assertThat(move(bare, pipeline, "won")).singleElement().satisfies(v -> {
                assertThat(v.ruleId()).isEqualTo("close.won-needs-positive-amount");
                assertThat(v.field()).isEqualTo("amount");
            });
            assertThat(ids(move(bare.withAmount(Money.of("0", "EUR")), pipeline, "won"))).containsExactly(RuleIds.WON_NEEDS_AMOUNT);
            assertThat(move(bare.withAmount(Money.of("0.01", "EUR")), pipeline, "won")).isEmpty();
        }

        @Test
        void lostNeedsAReason() {
            Pipeline pipeline = Fixtures.pipeline().build();
            assertThat(move(bare, pipeline, "lost")).singleElement().satisfies(v -> {
                assertThat(v.ruleId()).isEqualTo("close.lost-needs-reason");
                assertThat(v.field()).isEqualTo("lostReason");
            });
            assertThat(PipelineRules.checkMove(bare, pipeline, MoveRequest.lost("lost", "Went with a competitor"))).isEmpty();
            assertThat(move(bare.withLostReason("Timing"), pipeline, "lost")).as("reason already on the deal").isEmpty();
        }

        @Test
        void everyViolationIsReportedAtOnceInCheckOrder() {
            Pipeline base = Fixtures.gatedPipeline(StageRequirement.AMOUNT, StageRequirement.EXPECTED_CLOSE_DATE,
                    StageRequirement.CONTACTS);
            Pipeline pipeline = Pipeline.copyOf(base).withTransitionPolicy(TransitionPolicy.FORWARD_ONLY);
            List<RuleViolation> violations = move(dealIn("open-c"), pipeline, "open-b");
            assertThat(violations).extracting(RuleViolation::ruleId).containsExactly("transition.not-allowed",
                    "gate.required-field", "gate.required-field", "gate.required-field");
            assertThat(violations).extracting(RuleViolation::field).containsExactly("stage", "amount", "expectedCloseDate", "contacts");
        }
    }

    @Nested
    class CheckDeal {
        private final Pipeline pipeline = Fixtures.pipeline().build();

        @Test
        void aValidOpenOrClosedDealHasNoViolations() {
            assertThat(PipelineRules.checkDeal(dealIn("open-a"), pipeline)).isEmpty();
            assertThat(PipelineRules.checkDeal(dealIn("won"), pipeline)).isEmpty();
            assertThat(PipelineRules.checkDeal(dealIn("lost"), pipeline)).isEmpty();
        }

        @Test
        void reportsAnotherPipelineOrAnUnknownStage() {
            Deal elsewhere = dealIn("open-a").withPipeline(Fixtures.pipelineId(9));
            assertThat(PipelineRules.checkDeal(elsewhere, pipeline)).singleElement().satisfies(v -> {
                assertThat(v.ruleId()).isEqualTo(RuleIds.STAGE_UNKNOWN);
                assertThat(v.field()).isEqualTo("pipeline");
            });
            assertThat(ids(PipelineRules.checkDeal(dealIn("ghost"), pipeline))).containsExactly(RuleIds.STAGE_UNKNOWN);
        }

        @Test
        void checksTheGateOfTheCurrentStage() {
            Pipeline gated = Fixtures.gatedPipeline(StageRequirement.OWNER, StageRequirement.SOURCE);
            assertThat(PipelineRules.checkDeal(dealIn("open-b"), gated)).extracting(RuleViolation::field)
                    .containsExactly("owner", "source");
            assertThat(ids(PipelineRules.checkDeal(dealIn("won").withAmount(Money.of("0", "EUR")), pipeline)))
                    .containsExactly(RuleIds.WON_NEEDS_AMOUNT);
            assertThat(ids(PipelineRules.checkDeal(dealIn("lost").withLostReason(Optional.empty()), pipeline)))
                    .containsExactly(RuleIds.LOST_NEEDS_REASON);
        }

        @Test
        void anOpenDealCannotBeForecastAsClosed() {
            Deal deal = dealIn("open-a").withForecastCategoryOverride(ForecastCategory.CLOSED);
            assertThat(PipelineRules.checkDeal(deal, pipeline)).singleElement().satisfies(v -> {
                assertThat(v.ruleId()).isEqualTo("forecast.closed-category-on-open-deal");
                assertThat(v.field()).isEqualTo("forecastCategoryOverride");
            });
            assertThat(PipelineRules.checkDeal(dealIn("open-a").withForecastCategoryOverride(ForecastCategory.COMMIT), pipeline))
                    .isEmpty();
        }

        @Test
        void theCloseMomentMustMatchTheStageKind() {
            assertThat(PipelineRules.checkDeal(dealIn("won").withClosedAt(Optional.empty()), pipeline))
                    .singleElement().satisfies(v -> {
                        assertThat(v.ruleId()).isEqualTo("deal.close-moment");
                        assertThat(v.field()).isEqualTo("closedAt");
                    });
            assertThat(ids(PipelineRules.checkDeal(dealIn("open-a").withClosedAt(Fixtures.T0), pipeline)))
                    .containsExactly(RuleIds.CLOSE_MOMENT);
        }
    }
}
