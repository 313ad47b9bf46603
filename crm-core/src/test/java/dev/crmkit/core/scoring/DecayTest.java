package dev.crmkit.core.scoring;

import static dev.crmkit.core.scoring.Leads.NOW;
import static dev.crmkit.core.scoring.Leads.contact;
import static dev.crmkit.core.scoring.Leads.days;
import static dev.crmkit.core.scoring.Leads.event;
import static dev.crmkit.core.scoring.Leads.lead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Half-life and expiry decay, with values computed by hand. */
class DecayTest {

    private static ScoringModel model(Decay groupDecay, ScoringRule rule) {
        return ScoringModel.builder("decay", 1).engagementDecay(groupDecay).engagement(rule).build();
    }

    private static ScoringRule opens(long points, Award award) {
        return ScoringRule.builder("opens").when(Condition.events("email_open", 1, null)).points(points).award(award).build();
    }

    // 10 x 0.5^(age/10d): 10 at 0, 5 after one half-life, 2.5 after two, 10/sqrt(2) = 7.0711 after half of one,
    // 10 x 0.5^(1/240) = 9.9712 after an hour.
    @ParameterizedTest(name = "10 points, {0} old, half-life 10 days: {1}")
    @CsvSource({"PT0S, 10.00", "P10D, 5.00", "P20D, 2.50", "P5D, 7.07", "PT1H, 9.97", "P100D, 0.01", "P200D, 0.00"})
    void halfLifeHalvesThePointsEveryHalfLife(String age, String expected) {
        ScoringModel model = model(Decay.halfLife(days(10)), opens(10, Award.ONCE));
        LeadScore score = model.compile().score(lead(contact().build(), event("email_open", Duration.parse(age))), NOW);
        assertThat(score.line("opens")).hasValueSatisfying(line -> {
            assertThat(line.rawPoints()).isEqualByComparingTo("10");
            assertThat(line.decayedPoints()).isEqualByComparingTo(expected);
        });
        assertThat(score.total()).isEqualByComparingTo(expected);
    }

    @Test
    void eachEventDecaysByItsOwnAge() {
        // 8 + 4 + 2 = 14 for events 0, 1 and 2 half-lives old.
        ScoringModel model = model(Decay.halfLife(days(10)), opens(8, Award.EACH_EVENT));
        LeadScore score = model.compile().score(lead(contact().build(),
                event("email_open", days(0)), event("email_open", days(10)), event("email_open", days(20))), NOW);
        assertThat(score.line("opens")).hasValueSatisfying(line -> {
            assertThat(line.rawPoints()).isEqualByComparingTo("24");
            assertThat(line.decayedPoints()).isEqualByComparingTo("14");
        });
    }

    @Test
    void onceDecaysByTheNewestMatchingEvent() {
        ScoringModel model = model(Decay.halfLife(days(10)), opens(8, Award.ONCE));
        LeadScore score = model.compile().score(lead(contact().build(),
                event("email_open", days(30)), event("email_open", days(10))), NOW);
        assertThat(score.total()).isEqualByComparingTo("4");
    }

    @Test
    void expiryKeepsFullPointsUpToTheBoundaryAndNoneAfter() {
        ScoringModel model = model(Decay.expiry(days(30)), opens(10, Award.ONCE));
        CompiledScoringModel compiled = model.compile();
        assertThat(compiled.score(lead(contact().build(), event("email_open", days(30))), NOW).total())
                .isEqualByComparingTo("10");
        LeadScore expired = compiled.score(lead(contact().build(), event("email_open", days(30).plusMillis(1))), NOW);
        assertThat(expired.total()).isEqualByComparingTo("0");
        assertThat(expired.line("opens")).as("the rule fired; its points expired")
                .hasValueSatisfying(line -> assertThat(line.decayedPoints()).isEqualByComparingTo("0"));
    }

    @Test
    void aRuleDecayOverridesTheGroupDecay() {
        ScoringRule keep = ScoringRule.builder("opens").when(Condition.events("email_open", 1, null)).points(10)
                .decay(Decay.none()).build();
        LeadScore score = model(Decay.halfLife(days(1)), keep).compile()
                .score(lead(contact().build(), event("email_open", days(365))), NOW);
        assertThat(score.total()).isEqualByComparingTo("10");
    }

    @Test
    void factorsMatchTheDocumentedFormulas() {
        assertThat(Decay.halfLife(days(30)).factor(days(30).toMillis())).isCloseTo(0.5, within(1e-12));
        assertThat(Decay.halfLife(days(30)).factor(days(45).toMillis())).isCloseTo(Math.pow(0.5, 1.5), within(1e-12));
        assertThat(Decay.halfLife(days(30)).factor(-5)).isEqualTo(1.0);
        assertThat(Decay.expiry(days(1)).factor(days(1).toMillis())).isEqualTo(1.0);
        assertThat(Decay.expiry(days(1)).factor(days(1).toMillis() + 1)).isEqualTo(0.0);
        assertThat(Decay.none().factor(Long.MAX_VALUE)).isEqualTo(1.0);
        assertThat(Decay.halfLife(days(30)).describe()).isEqualTo("half-life 30 days");
    }
}
