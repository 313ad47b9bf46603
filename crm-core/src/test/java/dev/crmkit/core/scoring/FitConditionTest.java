package dev.crmkit.core.scoring;

import static dev.crmkit.core.scoring.Leads.NOW;
import static dev.crmkit.core.scoring.Leads.account;
import static dev.crmkit.core.scoring.Leads.contact;
import static dev.crmkit.core.scoring.Leads.lead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.contact.LifecycleStage;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.PhoneNumber;
import dev.crmkit.core.model.shared.PropertyValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each kind of property condition, through a one-rule model. */
class FitConditionTest {

    private static boolean fires(Condition condition, LeadProfile lead) {
        ScoringModel model = ScoringModel.builder("one-rule", 1)
                .fit(ScoringRule.builder("r").when(condition).points(10).build()).build();
        LeadScore score = model.compile().score(lead, NOW);
        assertThat(score.total()).isIn(new BigDecimal("0.00"), new BigDecimal("10.00"));
        return score.line("r").isPresent();
    }

    private static LeadProfile withAccount(Account account) {
        return lead(contact().build(), account);
    }

    @Nested
    class EqualsCondition {
        @Test
        void comparesTextIgnoringCase() {
            Condition ceo = Condition.equalTo("contact.title", "CEO");
            assertThat(fires(ceo, lead(contact().title("ceo").build()))).isTrue();
            assertThat(fires(ceo, lead(contact().title("CEO of Acme").build()))).isFalse();
            assertThat(fires(ceo, lead(contact().build()))).as("no title").isFalse();
        }

        @Test
        void comparesTheEmailDomainAndLeadSource() {
            assertThat(fires(Condition.equalTo("contact.emailDomain", "ACME.example.com"), lead(contact().build()))).isTrue();
            assertThat(fires(Condition.equalTo("contact.leadSource", "referral"), lead(contact().leadSource("Referral").build())))
                    .isTrue();
        }

        @Test
        void comparesLifecycleStagesByName() {
            Condition mql = Condition.equalTo("contact.lifecycleStage", "marketing_qualified");
            assertThat(fires(mql, lead(contact().lifecycleStage(LifecycleStage.MARKETING_QUALIFIED).build()))).isTrue();
            assertThat(fires(mql, lead(contact().build()))).isFalse();
            assertThatThrownBy(() -> Condition.equalTo("contact.lifecycleStage", "MQL"))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("value"));
        }

        @Test
        void comparesNumbersByValue() {
            Condition fifty = Condition.equalTo("account.employeeCount", "50.0");
            assertThat(fires(fifty, withAccount(account().employeeCount(50).build()))).isTrue();
            assertThat(fires(fifty, withAccount(account().employeeCount(51).build()))).isFalse();
            assertThatThrownBy(() -> Condition.equalTo("account.employeeCount", "fifty"))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("value"));
        }

        @Test
        void comparesCustomPropertiesByTheirType() {
            Contact contact = contact().putProperties("seats", PropertyValue.number(new BigDecimal("12.50")))
                    .putProperties("trial", PropertyValue.bool(true))
                    .putProperties("tier", PropertyValue.choice("Gold"))
                    .putProperties("since", PropertyValue.date(LocalDate.of(2025, 6, 1))).build();
            LeadProfile lead = lead(contact);
            assertThat(fires(Condition.equalTo("contact.properties.seats", "12.5"), lead)).isTrue();
            assertThat(fires(Condition.equalTo("contact.properties.trial", "TRUE"), lead)).isTrue();
            assertThat(fires(Condition.equalTo("contact.properties.tier", "gold"), lead)).isTrue();
            assertThat(fires(Condition.equalTo("contact.properties.since", "2025-06-01"), lead)).isTrue();
            assertThat(fires(Condition.equalTo("contact.properties.other", "x"), lead)).isFalse();
        }

        @Test
        void rejectsMoneyPaths() {
            assertThatThrownBy(() -> Condition.equalTo("account.annualRevenue", "100"))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("path"));
        }
    }

    @Nested
    class InCondition {
        @Test
        void matchesAnyListedValue() {
            Condition industries = Condition.in("account.industry", "Software", "Healthcare");
            assertThat(fires(industries, withAccount(account().industry("healthcare").build()))).isTrue();
            assertThat(fires(industries, withAccount(account().industry("Retail").build()))).isFalse();
            assertThat(fires(industries, withAccount(account().build()))).isFalse();
            assertThat(fires(industries, lead(contact().build()))).as("no account").isFalse();
        }

        @Test
        void matchesStagesAndNumbers() {
            assertThat(fires(Condition.in("contact.lifecycleStage", "SUBSCRIBER", "LEAD"), lead(contact().build()))).isTrue();
            assertThat(fires(Condition.in("account.employeeCount", "10", "20"), withAccount(account().employeeCount(20).build())))
                    .isTrue();
        }

        @Test
        void needsAtLeastOneValue() {
            assertThatThrownBy(() -> Condition.in("account.industry"))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("values"));
            assertThatThrownBy(() -> Condition.in("account.employeeCount", "1", "x"))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("values[1]"));
        }
    }

    @Nested
    class RangeCondition {
        @ParameterizedTest(name = "{0} employees in [50, 200]: {1}")
        @CsvSource({"49, false", "50, true", "51, true", "199, true", "200, true", "201, false"})
        void includesBothBounds(int employees, boolean expected) {
            Condition midSize = Condition.between("account.employeeCount", BigDecimal.valueOf(50), BigDecimal.valueOf(200));
            assertThat(fires(midSize, withAccount(account().employeeCount(employees).build()))).isEqualTo(expected);
        }

        @Test
        void aMissingBoundIsOpen() {
            Condition atLeast1000 = Condition.between("account.employeeCount", BigDecimal.valueOf(1000), null);
            assertThat(fires(atLeast1000, withAccount(account().employeeCount(1000).build()))).isTrue();
            assertThat(fires(atLeast1000, withAccount(account().employeeCount(999).build()))).isFalse();
            Condition atMost9 = Condition.between("account.employeeCount", null, BigDecimal.valueOf(9));
            assertThat(fires(atMost9, withAccount(account().employeeCount(0).build()))).isTrue();
            assertThat(fires(atMost9, withAccount(account().build()))).as("unknown size").isFalse();
        }

        @Test
        void moneyMatchesOnlyInItsCurrency() {
            Condition tenMillion = Condition.between("account.annualRevenue", new BigDecimal("10000000"), null, "USD");
            assertThat(fires(tenMillion, withAccount(account().annualRevenue(Money.of("10000000.00", "USD")).build()))).isTrue();
            assertThat(fires(tenMillion, withAccount(account().annualRevenue(Money.of("9999999.99", "USD")).build()))).isFalse();
            assertThat(fires(tenMillion, withAccount(account().annualRevenue(Money.of("20000000.00", "EUR")).build()))).isFalse();
        }

        @Test
        void customPropertiesCompareNumbersOrMoneyInTheCurrency() {
            Contact contact = contact().putProperties("seats", PropertyValue.number(new BigDecimal("25")))
                    .putProperties("budget", PropertyValue.money(Money.of("5000.00", "EUR"))).build();
            LeadProfile lead = lead(contact);
            assertThat(fires(Condition.between("contact.properties.seats", BigDecimal.TEN, BigDecimal.valueOf(25)), lead)).isTrue();
            assertThat(fires(Condition.between("contact.properties.budget", BigDecimal.ZERO, null), lead))
                    .as("money without a currency").isFalse();
            assertThat(fires(Condition.between("contact.properties.budget", BigDecimal.ZERO, null, "EUR"), lead)).isTrue();
            assertThat(fires(Condition.between("contact.properties.seats", BigDecimal.ZERO, null, "EUR"), lead))
                    .as("a plain number is not money").isFalse();
        }

        @Test
        void rejectsBadRanges() {
            assertThatThrownBy(() -> Condition.between("account.employeeCount", BigDecimal.TEN, BigDecimal.ONE))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("max"));
            assertThatThrownBy(() -> Condition.between("account.employeeCount", null, null))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("min"));
            assertThatThrownBy(() -> Condition.between("account.industry", BigDecimal.ONE, null))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("path"));
            assertThatThrownBy(() -> Condition.between("account.annualRevenue", BigDecimal.ONE, null))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("currency"));
            assertThatThrownBy(() -> Condition.between("account.employeeCount", BigDecimal.ONE, null, "USD"))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("currency"));
            assertThatThrownBy(() -> Condition.between("account.annualRevenue", BigDecimal.ONE, null, "XYZ"))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("currency"));
        }
    }

    @Nested
    class ExistsAndMissing {
        @Test
        void testWhetherAValueIsSet() {
            LeadProfile bare = lead(contact().build());
            LeadProfile full = lead(contact().title("CTO").addPhones(PhoneNumber.parse("+1 415 555 2671", "US"))
                    .putProperties("seniority", PropertyValue.choice("vp")).build(), account().employeeCount(5).build());
            for (String path : new String[] {"contact.title", "contact.phone", "contact.properties.seniority",
                "account.employeeCount", "account.name"}) {
                assertThat(fires(Condition.exists(path), full)).as(path).isTrue();
                assertThat(fires(Condition.missing(path), full)).as(path).isFalse();
                assertThat(fires(Condition.exists(path), bare)).as(path).isFalse();
                assertThat(fires(Condition.missing(path), bare)).as(path).isTrue();
            }
        }
    }

    @Test
    void unknownPathsAreRejectedWithTheAllowedOnes() {
        assertThatThrownBy(() -> Condition.exists("contact.jobTitle"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("path");
                    assertThat(e.reason()).contains("contact.title", "account.properties.KEY");
                });
        assertThatThrownBy(() -> Condition.exists("contact.properties.Bad-Key"))
                .isInstanceOf(ValidationException.class);
        assertThat(PropertyPath.of("account.properties.tier").propertyKey()).contains("tier");
        assertThat(PropertyPath.of("account.annualRevenue").kind()).isEqualTo(PropertyPath.Kind.MONEY);
        assertThat(PropertyPath.allowedPaths()).contains("contact.lifecycleStage", "contact.properties.KEY");
    }

    @Test
    void describesConditionsForPeople() {
        assertThat(Condition.between("account.employeeCount", BigDecimal.valueOf(50), BigDecimal.valueOf(999)).describe())
                .isEqualTo("account.employeeCount between 50 and 999");
        assertThat(Condition.in("account.country", "US", "CA").describe()).isEqualTo("account.country in [US, CA]");
        assertThat(Condition.events("page_view", 5, java.time.Duration.ofDays(7)).describe())
                .isEqualTo("at least 5 page_view events within 7 days");
    }
}
