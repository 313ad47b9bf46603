package dev.crmkit.core.scoring.predictive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.tabular.TabularRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LeadScoringModelTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<TabularRecord> leads;
    private static LeadScoringModel model;

    @BeforeAll
    static void train() {
        leads = SyntheticLeads.generate(2_000, 21);
        FeatureSpec spec = FeatureSpec.builder()
                .label("converted", "1")
                .minFrequency(2).placeholders("Select").caseFold(true)
                .categorical("channel")
                .numeric("x1")
                .numeric(NumericFeature.of("x2").withMissingIndicator(true).withMissingSentinels("999"))
                .build();
        model = new LogisticRegressionTrainer(LogisticRegressionSettings.defaults()).train("synthetic", 4, spec, leads);
    }

    @Test
    void jsonRoundTripGivesAnEqualModelWithIdenticalPredictions() {
        String json = model.toJson();

        LeadScoringModel restored = LeadScoringModel.fromJson(json);

        assertThat(restored).isEqualTo(model);
        assertThat(restored.hashCode()).isEqualTo(model.hashCode());
        assertThat(restored.toJson()).isEqualTo(json);
        for (TabularRecord lead : leads.subList(0, 200)) {
            assertThat(Double.doubleToRawLongBits(restored.predict(lead))).isEqualTo(Double.doubleToRawLongBits(model.predict(lead)));
        }
    }

    @Test
    void jsonHasTheDocumentedShape() throws Exception {
        JsonNode root = JSON.readTree(model.toJson());

        assertThat(root.get("format").asText()).isEqualTo("crmkit.lead-scoring-model");
        assertThat(root.get("formatVersion").asInt()).isEqualTo(1);
        assertThat(root.get("name").asText()).isEqualTo("synthetic");
        assertThat(root.get("version").asInt()).isEqualTo(4);
        assertThat(root.get("training").get("rows").asInt()).isEqualTo(2_000);
        assertThat(root.get("label").get("positiveValues").get(0).asText()).isEqualTo("1");
        JsonNode channel = root.get("categorical").get(0);
        assertThat(channel.get("column").asText()).isEqualTo("channel");
        assertThat(channel.get("levels")).extracting(JsonNode::asText).containsExactly("event", "referral", "web");
        assertThat(channel.get("missingLevel").asBoolean()).isFalse();
        JsonNode x2 = root.get("numeric").get(1);
        assertThat(x2.get("missingSentinels").get(0).asText()).isEqualTo("999");
        assertThat(x2.has("median") && x2.has("mean") && x2.has("sd")).isTrue();
        assertThat(root.get("coefficients")).extracting(c -> c.get("feature").asText())
                .containsExactly("channel=event", "channel=referral", "channel=web", "x1", "x2", "x2=(missing)");
        assertThat(root.get("intercept").isNumber()).isTrue();
    }

    @Test
    void explanationContributionsAddUpToTheLogit() {
        TabularRecord lead = SyntheticLeads.lead(1.5, 0.7, "event");

        Explanation all = model.explain(lead, 100);

        double sum = all.intercept();
        for (Contribution c : all.positive()) {
            sum += c.contribution();
            assertThat(c.contribution()).isPositive().isEqualTo(c.coefficient() * c.encodedValue());
        }
        for (Contribution c : all.negative()) {
            sum += c.contribution();
            assertThat(c.contribution()).isNegative();
        }
        assertThat(sum).isCloseTo(model.logit(lead), within(1e-12));
        assertThat(all.logit()).isEqualTo(model.logit(lead));
        assertThat(all.probability()).isEqualTo(model.predict(lead));
    }

    @Test
    void explanationListsTheLargestContributionsFirstWithTheirRawValues() {
        TabularRecord lead = SyntheticLeads.lead(2.0, 2.0, "event");

        Explanation top = model.explain(lead, 1);

        assertThat(top.positive()).hasSize(1);
        assertThat(top.negative()).hasSize(1);
        assertThat(top.positive().get(0).feature()).isEqualTo("x1");
        assertThat(top.positive().get(0).rawValue()).isEqualTo("2.0");
        assertThat(top.negative().get(0).feature()).isEqualTo("x2");
        Explanation all = model.explain(lead, 10);
        assertThat(all.positive()).extracting(Contribution::contribution).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(all.negative()).extracting(Contribution::contribution).isSorted();
        assertThatThrownBy(() -> model.explain(lead, -1)).isInstanceOf(ValidationException.class);
    }

    @Test
    void predictionsFollowTheLearntDirection() {
        assertThat(model.predict(SyntheticLeads.lead(2, 0, "event"))).isGreaterThan(model.predict(SyntheticLeads.lead(-2, 0, "event")));
        assertThat(model.predict(SyntheticLeads.lead(0, 0, "event"))).isGreaterThan(model.predict(SyntheticLeads.lead(0, 0, "referral")));
        assertThat(model.predict(TabularRecord.of(Map.of()))).isStrictlyBetween(0.0, 1.0);
    }

    @Test
    void withIdentityRenamesOnly() {
        LeadScoringModel renamed = model.withIdentity("other", 9);

        assertThat(renamed.metadata().name()).isEqualTo("other");
        assertThat(renamed.metadata().version()).isEqualTo(9);
        assertThat(renamed.coefficients()).isEqualTo(model.coefficients());
        assertThat(renamed).isNotEqualTo(model);
    }

    @Test
    void corruptOrForeignJsonIsRejectedWithThePath() throws Exception {
        assertThatThrownBy(() -> LeadScoringModel.fromJson("{not json")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> LeadScoringModel.fromJson("[]")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> LeadScoringModel.fromJson(model.toJson() + " {}")).isInstanceOf(ValidationException.class);

        assertThatThrownBy(() -> LeadScoringModel.fromJson(edit(root -> root.put("formatVersion", 2))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("formatVersion"));
        assertThatThrownBy(() -> LeadScoringModel.fromJson(edit(root -> root.put("format", "something-else"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("format"));
        assertThatThrownBy(() -> LeadScoringModel.fromJson(edit(root -> ((ObjectNode) root.get("coefficients").get(2)).put("feature", "channel=fax"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("coefficients[2].feature"));
        assertThatThrownBy(() -> LeadScoringModel.fromJson(edit(root -> ((ObjectNode) root.get("numeric").get(0)).remove("sd"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("numeric[0].sd"));
        assertThatThrownBy(() -> LeadScoringModel.fromJson(edit(root -> ((ObjectNode) root.get("numeric").get(0)).put("sd", 0))))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> LeadScoringModel.fromJson(edit(root -> ((ObjectNode) root.get("training")).put("rows", "many"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("training.rows"));
    }

    private static String edit(java.util.function.Consumer<ObjectNode> change) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(model.toJson());
        change.accept(root);
        return JSON.writeValueAsString(root);
    }

    @Test
    void constructorChecksTheWeightCount() {
        assertThatThrownBy(() -> new LeadScoringModel(model.metadata(), model.pipeline(), 0, new double[2]))
                .isInstanceOf(ValidationException.class).hasMessageContaining("expected 6 weights");
        double[] weights = new double[6];
        weights[3] = Double.NaN;
        assertThatThrownBy(() -> new LeadScoringModel(model.metadata(), model.pipeline(), 0, weights))
                .isInstanceOf(ValidationException.class);
    }
}
