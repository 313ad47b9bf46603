package dev.crmkit.core.scoring.predictive;

import dev.crmkit.core.error.ValidationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WinProbabilityModelTest {
    private static final List<String> STAGES = List.of("qualified", "proposal", "negotiation");
    private static final Map<String, Double> STAGE_EFFECT = Map.of("qualified", -1.0, "proposal", 0.0, "negotiation", 1.2);

    private static WinProbabilityModel model;

    /** Closed deals whose win odds rise with stage, fall with days stuck in stage, and ignore owner. */
    private static List<Map<String, String>> closedDeals(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Map<String, String>> deals = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String stage = STAGES.get(random.nextInt(STAGES.size()));
            int days = random.nextInt(120);
            double logit = STAGE_EFFECT.get(stage) - 0.02 * days + 0.5;
            Map<String, String> deal = new HashMap<>();
            deal.put(WinProbabilityModel.STAGE, stage);
            deal.put(WinProbabilityModel.DAYS_IN_STAGE, Integer.toString(days));
            deal.put(WinProbabilityModel.AMOUNT, random.nextInt(10) == 0 ? "" : Integer.toString(1_000 + random.nextInt(50_000)));
            deal.put(WinProbabilityModel.OWNER, "rep-" + random.nextInt(6));
            deal.put(WinProbabilityModel.SOURCE, random.nextBoolean() ? "Inbound" : "outbound");
            deal.put(WinProbabilityModel.PRODUCT, "GTX");
            deal.put(WinProbabilityModel.WON, random.nextDouble() < 1 / (1 + Math.exp(-logit)) ? "true" : "false");
            deals.add(deal);
        }
        return deals;
    }

    @BeforeAll
    static void train() {
        model = WinProbabilityModel.train(closedDeals(4_000, 77), LogisticRegressionSettings.defaults());
    }

    private static Map<String, String> deal(String stage, String days) {
        return Map.of(WinProbabilityModel.STAGE, stage, WinProbabilityModel.DAYS_IN_STAGE, days, WinProbabilityModel.AMOUNT, "20000",
                WinProbabilityModel.OWNER, "rep-1");
    }

    @Test
    void laterStagesAndFresherDealsAreMoreLikelyToBeWon() {
        assertThat(model.winProbability(deal("negotiation", "10"))).isGreaterThan(model.winProbability(deal("proposal", "10")));
        assertThat(model.winProbability(deal("proposal", "10"))).isGreaterThan(model.winProbability(deal("qualified", "10")));
        assertThat(model.winProbability(deal("proposal", "5"))).isGreaterThan(model.winProbability(deal("proposal", "100")));
        assertThat(model.winProbability(Map.of())).isStrictlyBetween(0.0, 1.0);
    }

    @Test
    void usesTheDeclaredDealFeatures() {
        assertThat(model.model().spec()).isEqualTo(WinProbabilityModel.defaultSpec());
        assertThat(model.model().metadata().name()).isEqualTo("win-probability");
        assertThat(model.model().pipeline().featureNames())
                .contains("stage=negotiation", "source=inbound", "days_in_stage", "amount=(missing)", "product=gtx");
        Explanation why = model.explain(deal("negotiation", "3"), 2);
        assertThat(why.positive()).extracting(Contribution::feature).contains("stage=negotiation");
    }

    @Test
    void roundTripsThroughJson() {
        WinProbabilityModel restored = WinProbabilityModel.fromJson(model.toJson());

        assertThat(restored).isEqualTo(model);
        assertThat(restored.winProbability(deal("proposal", "30"))).isEqualTo(model.winProbability(deal("proposal", "30")));
    }

    @Test
    void malformedNumbersAreValidationErrors() {
        assertThatThrownBy(() -> model.winProbability(deal("proposal", "ten"))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("days_in_stage");
    }
}
