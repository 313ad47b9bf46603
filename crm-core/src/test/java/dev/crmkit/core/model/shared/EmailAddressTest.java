package dev.crmkit.core.model.shared;

import static dev.crmkit.core.testing.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.crmkit.core.testing.Generators;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @Test
    void trimsAndLowerCasesTheDomainOnly() {
        EmailAddress email = EmailAddress.of(" Ada.Lovelace@Example.COM\t");
        assertThat(email.value()).isEqualTo("Ada.Lovelace@example.com");
        assertThat(email.matchKey()).isEqualTo("ada.lovelace@example.com");
        assertThat(email.domain()).isEqualTo("example.com");
        assertThat(email).hasToString("Ada.Lovelace@example.com");
    }

    @Test
    void acceptsCommonShapes() {
        assertThat(EmailAddress.of("first.last+tag@sub.example.co.uk").value()).isEqualTo("first.last+tag@sub.example.co.uk");
        assertThat(EmailAddress.of("o'brien@example.ie").value()).isEqualTo("o'brien@example.ie");
        assertThat(EmailAddress.of("x@xn--bcher-kva.example").domain()).isEqualTo("xn--bcher-kva.example");
        assertThat(EmailAddress.of("x@example.xn--p1ai").domain()).isEqualTo("example.xn--p1ai");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "ada", "@example.com", "ada@", "ada@@example.com", "a@b@example.com",
        "ada@example", "ada@example.c", "ada@-example.com", "ada@example-.com", "ada@exa_mple.com", ".ada@example.com",
        "ada.@example.com", "a..da@example.com", "ada smith@example.com", "ada@example.123", "ada@bücher.de",
        "\"ada\"@example.com", "ada@example..com"})
    void rejectsMalformedAddresses(String text) {
        assertRejected("email", () -> EmailAddress.of(text));
    }

    @Test
    void rejectsNullAndOverlongAddresses() {
        assertRejected("email", () -> EmailAddress.of(null));
        assertRejected("email", () -> EmailAddress.of("a".repeat(65) + "@example.com"));
        assertRejected("email", () -> EmailAddress.of("a@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(63) + "."
                + "e".repeat(63) + ".com"));
    }

    @Test
    void normalizationIsIdempotent() {
        qt().withExamples(200).forAll(Generators.emailTexts()).checkAssert(text -> {
            EmailAddress e = EmailAddress.of(text);
            assertThat(EmailAddress.of(e.value())).isEqualTo(e);
            assertThat(e.domain()).isEqualTo(e.domain().toLowerCase(Locale.ROOT));
            assertThat(e.matchKey()).isEqualTo(EmailAddress.of(e.matchKey()).matchKey());
            assertThat(e.value()).isEqualTo(text.strip().substring(0, text.strip().lastIndexOf('@') + 1)
                    + text.strip().substring(text.strip().lastIndexOf('@') + 1).toLowerCase(Locale.ROOT));
        });
    }
}
