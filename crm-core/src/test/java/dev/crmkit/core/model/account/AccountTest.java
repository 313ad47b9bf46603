package dev.crmkit.core.model.account;

import static dev.crmkit.core.testing.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.error.MissingValueException;
import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.PropertyValue;
import dev.crmkit.core.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AccountTest {

    @Test
    void buildsWithDefaults() {
        Account account = Fixtures.account().build();
        assertThat(account.version()).isZero();
        assertThat(account.updatedAt()).isEqualTo(account.createdAt());
        assertThat(account.domain()).isEmpty();
        assertThat(Account.copyOf(account).withIndustry("Retail").industry()).contains("Retail");
    }

    @Test
    void trimsTheNameAndIndustry() {
        assertThat(Fixtures.account().name("  Acme Corp \n").build().name()).isEqualTo("Acme Corp");
        assertThat(Fixtures.account().industry(" Retail ").build().industry()).contains("Retail");
    }

    @ParameterizedTest
    @CsvSource({
        "https://www.Example.com/about, example.com",
        "EXAMPLE.com., example.com",
        "http://shop.example.co.uk?ref=1, shop.example.co.uk",
        "example.com:8080/path, example.com",
        "www.example.com#top, example.com",
        "ftp://files.example.org, files.example.org",
        "xn--bcher-kva.de, xn--bcher-kva.de",
        "www.www.example.com, example.com",
        "www.com, www.com"
    })
    void normalizesDomains(String raw, String normalized) {
        assertThat(Fixtures.account().domain(raw).build().domain()).contains(normalized);
        assertThat(Account.normalizeDomain(normalized)).as("idempotent").isEqualTo(normalized);
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "not a domain", "localhost", "https://", "exa mple.com", "-bad.example.com",
        "example", "https://user@example.com", "bücher.de"})
    void rejectsNonDomains(String raw) {
        assertRejected("domain", () -> Fixtures.account().domain(raw).build());
    }

    @Test
    void rejectsInvalidFields() {
        assertRejected("name", () -> Fixtures.account().name("   ").build());
        assertRejected("name", () -> Fixtures.account().name("x".repeat(256)).build());
        assertRejected("industry", () -> Fixtures.account().industry(" ").build());
        assertRejected("employeeCount", () -> Fixtures.account().employeeCount(-1).build());
        assertRejected("annualRevenue", () -> Fixtures.account().annualRevenue(Money.of("-0.01", "USD")).build());
        assertRejected("parent", () -> Fixtures.account().parent(Fixtures.accountId(1)).build());
        assertRejected("externalIds", () -> Fixtures.account()
                .addExternalIds(ExternalId.of("hubspot", "1"), ExternalId.of("hubspot", "2")).build());
        assertRejected("properties.Bad Key", () -> Fixtures.account().putProperties("Bad Key", PropertyValue.bool(true)).build());
        assertRejected("properties.1st", () -> Fixtures.account().putProperties("1st", PropertyValue.bool(true)).build());
        assertRejected("version", () -> Fixtures.account().version(-1).build());
        assertRejected("updatedAt", () -> Fixtures.account().updatedAt(Fixtures.T0.minusSeconds(1)).build());
    }

    @Test
    void normalizesAndChecksCountryCodes() {
        assertThat(Fixtures.account().country("DE").build().country()).contains("DE");
        assertThat(Fixtures.account().country("de").build().country()).contains("DE");
        assertThat(Fixtures.account().country(" us ").build().country()).contains("US");
        assertRejected("country", () -> Fixtures.account().country("XX").build());
        assertRejected("country", () -> Fixtures.account().country("DEU").build());
        assertRejected("country", () -> Fixtures.account().country("").build());
    }

    @Test
    void missingRequiredValuesAreValidationErrorsNamingTheField() {
        MissingValueException missing = (MissingValueException) assertRejected("name, createdAt",
                () -> Account.builder().id(Fixtures.accountId(1)).build());
        assertThat(missing.missingFields()).containsExactly("name", "createdAt");
        assertRejected("name", () -> Fixtures.account().name(null));
        assertRejected("domain", () -> Fixtures.account().domain((String) null));
    }
}
