package dev.crmkit.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.contact.LifecycleStage;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoringModelJsonTest {

    private static final String VALID = """
            {
              "name": "test",
              "version": 3,
              "fit": {
                "cap": 40,
                "rules": [
                  { "id": "title", "when": { "type": "exists", "path": "contact.title" }, "points": 5 },
                  { "id": "size", "when": { "type": "range", "path": "account.employeeCount", "min": 50, "max": 500 }, "points": 10.5 }
                ]
              },
              "engagement": {
                "decay": { "type": "half_life", "halfLife": "P30D" },
                "rules": [
                  { "id": "opens", "when": { "type": "event_count", "kind": "email_open", "window": "P90D" },
                    "points": 2, "award": "EACH_EVENT", "cap": 10 }
                ]
              },
              "totalCap": 100,
              "thresholds": [ { "score": 40, "stage": "MARKETING_QUALIFIED" } ]
            }
            """;

    @Test
    void readsAValidModel() {
        ScoringModel model = ScoringModelJson.read(new StringReader(VALID));
        assertThat(model.key()).isEqualTo("test@3");
        assertThat(model.fit().rules()).hasSize(2);
        assertThat(model.engagement().decay()).contains(Decay.halfLife(Leads.days(30)));
        assertThat(ScoringModelJson.read(ScoringModelJson.write(model))).isEqualTo(model);
    }

    @Test
    void everyKindOfConditionAndDecaySurvivesARoundTrip() {
        ScoringModel model = ScoringModel.builder("all-kinds", 1)
                .description("one of everything")
                .fit(rule("eq", Condition.equalTo("contact.lifecycleStage", "lead"), 1),
                        rule("in", Condition.in("account.industry", "Software", "Retail"), 2),
                        rule("range", Condition.between("account.employeeCount", null, new BigDecimal("99.5")), 3),
                        rule("money", Condition.between("account.annualRevenue", BigDecimal.ONE, null, "usd"), 4),
                        rule("custom", Condition.between("contact.properties.score", BigDecimal.ZERO, BigDecimal.TEN), 5),
                        rule("exists", Condition.exists("account.properties.tier"), 6),
                        rule("missing", Condition.missing("contact.phone"), -7))
                .engagement(ScoringRule.builder("events").description("pricing views")
                                .when(Condition.events("page_view", Map.of("page", "pricing"), 2, Duration.ofHours(36)))
                                .points("2.5").cap(10).award(Award.EACH_EVENT).decay(Decay.none()).build(),
                        ScoringRule.builder("expiring").when(Condition.events("email_open", 1, null)).points(1)
                                .decay(Decay.expiry(Duration.ofDays(90))).build())
                .fitCap(20).engagementCap(30).engagementDecay(Decay.halfLife(Duration.ofMinutes(90))).totalCap(45)
                .threshold(10, LifecycleStage.LEAD).threshold(40, LifecycleStage.MARKETING_QUALIFIED)
                .build();
        String json = ScoringModelJson.write(model);
        assertThat(json).contains("\"type\" : \"event_count\"", "\"type\" : \"none\"", "\"currency\" : \"USD\"");
        assertThat(ScoringModelJson.read(json)).isEqualTo(model);
    }

    private static ScoringRule rule(String id, Condition when, long points) {
        return ScoringRule.builder(id).when(when).points(points).build();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown path            | \"contact.title\"                     | \"contact.titel\"                   | fit.rules[0].when.path",
        "unknown top field       | \"totalCap\": 100                     | \"totalcap\": 100                   | totalcap",
        "unknown rule field      | \"points\": 5 }                       | \"points\": 5, \"pointz\": 5 }    | fit.rules[0].pointz",
        "unknown condition field | \"path\": \"contact.title\"           | \"path\": \"contact.title\", \"value\": \"x\" | fit.rules[0].when.value",
        "misspelled field        | \"points\": 5 }                       | \"pointz\": 5 }                     | fit.rules[0].points",
        "min above max           | \"min\": 50, \"max\": 500             | \"min\": 500, \"max\": 50           | fit.rules[1].when.max",
        "negative rule cap       | \"cap\": 10                           | \"cap\": -10                        | engagement.rules[0].cap",
        "negative group cap      | \"cap\": 40                           | \"cap\": -1                         | fit.cap",
        "negative total cap      | \"totalCap\": 100                     | \"totalCap\": -100                  | totalCap",
        "duplicate rule id       | \"id\": \"opens\"                     | \"id\": \"title\"                   | engagement.rules[0].id",
        "unknown condition type  | \"type\": \"exists\"                  | \"type\": \"exist\"                 | fit.rules[0].when.type",
        "unknown decay type      | \"type\": \"half_life\"               | \"type\": \"halflife\"              | engagement.decay.type",
        "bad half-life           | \"halfLife\": \"P30D\"                | \"halfLife\": \"thirty days\"       | engagement.decay.halfLife",
        "zero half-life          | \"halfLife\": \"P30D\"                | \"halfLife\": \"PT0S\"              | engagement.decay.halfLife",
        "fractional version      | \"version\": 3                        | \"version\": 3.5                    | version",
        "version zero            | \"version\": 3                        | \"version\": 0                      | version",
        "text points             | \"points\": 5 }                       | \"points\": \"five\" }              | fit.rules[0].points",
        "three decimals          | \"points\": 10.5                      | \"points\": 10.125                  | fit.rules[1].points",
        "missing points          | , \"points\": 5 }                     | }                                   | fit.rules[0].points",
        "missing name            | \"name\": \"test\",                   | ''                                  | name",
        "bad award               | \"award\": \"EACH_EVENT\"             | \"award\": \"SOMETIMES\"            | engagement.rules[0].award",
        "bad stage               | \"stage\": \"MARKETING_QUALIFIED\"    | \"stage\": \"MQL\"                  | thresholds[0].stage",
        "bad event kind          | \"kind\": \"email_open\"              | \"kind\": \"Email Open\"            | engagement.rules[0].when.kind",
        "event rule in fit group | \"when\": { \"type\": \"exists\", \"path\": \"contact.title\" } | \"when\": { \"type\": \"event_count\", \"kind\": \"x\" } | fit.rules[0].when",
        "decay on a fit rule     | \"points\": 10.5 }                    | \"points\": 10.5, \"decay\": { \"type\": \"none\" } } | fit.rules[1].decay",
        "duplicate json key      | \"version\": 3,                       | \"version\": 3, \"version\": 4,     | version",
    })
    void invalidInputNamesTheField(String name, String search, String replacement, String field) {
        String json = VALID.replace(search, replacement.equals("''") ? "" : replacement);
        assertThat(json).as("test setup changes the JSON").isNotEqualTo(VALID);
        assertThatThrownBy(() -> ScoringModelJson.read(json))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void malformedJsonIsAValidationError() {
        assertThatThrownBy(() -> ScoringModelJson.read("{ \"name\": "))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("name");
                    assertThat(e.reason()).startsWith("is not valid JSON at line 1");
                });
        assertThatThrownBy(() -> ScoringModelJson.read(VALID + " {}"))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> ScoringModelJson.read("null"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("json"));
    }
}
