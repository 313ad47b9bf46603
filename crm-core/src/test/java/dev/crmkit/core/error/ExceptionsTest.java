package dev.crmkit.core.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExceptionsTest {

    @Test
    void validationExceptionsNameFieldValueAndReason() {
        ValidationException e = new ValidationException("amount", "-1", "must not be negative");
        assertThat(e.field()).isEqualTo("amount");
        assertThat(e.rejectedValue()).isEqualTo("-1");
        assertThat(e.reason()).isEqualTo("must not be negative");
        assertThat(e).hasMessage("amount: must not be negative (rejected value: '-1')");
        assertThat(e.isTransient()).isFalse();
        assertThat(new ValidationException("name", null, "is required")).hasMessage("name: is required");
    }

    @Test
    void longRejectedValuesAreAbbreviatedInTheMessage() {
        ValidationException e = new ValidationException("body", "x".repeat(500), "is too long");
        assertThat(e.getMessage()).hasSizeLessThan(120).contains("...");
        assertThat(e.rejectedValue()).isEqualTo("x".repeat(500));
    }

    @Test
    void requireTextTrimsAndChecks() {
        assertThat(ValidationException.requireText("name", "  Ada ", 3)).isEqualTo("Ada");
        assertThatThrownBy(() -> ValidationException.requireText("name", null, 3)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("is required");
        assertThatThrownBy(() -> ValidationException.requireText("name", " ", 3)).hasMessageContaining("blank");
        assertThatThrownBy(() -> ValidationException.requireText("name", "Adam", 3)).hasMessageContaining("at most 3");
    }

    @Test
    void fieldPrefixesKeepTheCause() {
        ValidationException inner = new ValidationException("email", "x", "is invalid");
        ValidationException outer = inner.withFieldPrefix("row 12: ");
        assertThat(outer.field()).isEqualTo("row 12: email");
        assertThat(outer.getCause()).isSameAs(inner);
    }

    @Test
    void ruleViolationExceptionsCarryEveryViolation() {
        RuleViolation a = new RuleViolation("gate.required-field", "amount", "needs an amount");
        RuleViolation b = new RuleViolation("close.lost-needs-reason", "lostReason", "needs a reason");
        RuleViolationException e = new RuleViolationException(List.of(a, b));
        assertThat(e.violations()).containsExactly(a, b);
        assertThat(e.violates("close.lost-needs-reason")).isTrue();
        assertThat(e.violates("stage.unknown")).isFalse();
        assertThat(e.getMessage()).startsWith("2 rule(s) violated").contains("gate.required-field [amount]");
        assertThatThrownBy(() -> new RuleViolationException(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RuleViolation(null, "f", "m")).isInstanceOf(NullPointerException.class);
    }

    @Test
    void missingValuesAreValidationErrors() {
        MissingValueException e = new MissingValueException("name", "createdAt");
        assertThat(e).isInstanceOf(ValidationException.class);
        assertThat(e.field()).isEqualTo("name, createdAt");
        assertThat(e.missingFields()).containsExactly("name", "createdAt");
        assertThat(e.rejectedValue()).isNull();
    }

    @Test
    void notFoundNamesKindAndId() {
        NotFoundException e = new NotFoundException("Deal", 42);
        assertThat(e.kind()).isEqualTo("Deal");
        assertThat(e.id()).isEqualTo("42");
        assertThat(e).hasMessage("Deal not found: 42").isInstanceOf(CrmException.class);
    }
}
