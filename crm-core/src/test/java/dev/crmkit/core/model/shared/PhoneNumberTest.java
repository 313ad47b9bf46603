package dev.crmkit.core.model.shared;

import static dev.crmkit.core.testing.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.crmkit.core.testing.Generators;
import org.junit.jupiter.api.Test;

class PhoneNumberTest {

    @Test
    void parsesNumbersAsPeopleWriteThem() {
        assertThat(PhoneNumber.parse("(415) 555-2671", "US").e164()).isEqualTo("+14155552671");
        assertThat(PhoneNumber.parse("415.555.2671", "us").e164()).isEqualTo("+14155552671");
        assertThat(PhoneNumber.parse("+49 30 901820", null).e164()).isEqualTo("+4930901820");
        assertThat(PhoneNumber.parse("030 901820", "DE").e164()).isEqualTo("+4930901820");
        assertThat(PhoneNumber.of("+4930901820")).isEqualTo(PhoneNumber.parse("030 901820", "DE"));
        assertThat(PhoneNumber.parse("(415) 555-2671", "US")).hasToString("+14155552671");
    }

    @Test
    void rejectsMalformedAndInvalidNumbers() {
        assertRejected("phone", () -> PhoneNumber.parse("call me", "US"));
        assertRejected("phone", () -> PhoneNumber.parse("123", "US"));
        assertRejected("phone", () -> PhoneNumber.parse("+1 415 555", null));
        assertRejected("phone", () -> PhoneNumber.parse("415 555 2671", null));
        assertRejected("phone", () -> PhoneNumber.parse(null, "US"));
        assertRejected("phone", () -> PhoneNumber.parse("", "US"));
    }

    @Test
    void constructorOnlyAcceptsValidE164() {
        assertThat(new PhoneNumber("+14155552671").e164()).isEqualTo("+14155552671");
        assertRejected("phone", () -> new PhoneNumber("4155552671"));
        assertRejected("phone", () -> new PhoneNumber("+1 415 555 2671"));
        assertRejected("phone", () -> new PhoneNumber("+10000000000"));
        assertRejected("phone", () -> new PhoneNumber(null));
    }

    @Test
    void normalizationIsIdempotent() {
        qt().withExamples(200).forAll(Generators.phoneTexts()).checkAssert(written -> {
            PhoneNumber p = PhoneNumber.parse(written.text(), written.region());
            assertThat(PhoneNumber.parse(p.e164(), null)).isEqualTo(p);
            assertThat(new PhoneNumber(p.e164())).isEqualTo(p);
        });
    }
}
