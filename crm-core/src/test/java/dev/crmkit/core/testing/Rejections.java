package dev.crmkit.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.crmkit.core.error.ValidationException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions on {@link ValidationException}s. */
public final class Rejections {
    private Rejections() {
    }

    /**
     * Asserts that {@code code} throws a {@link ValidationException} naming {@code field}.
     *
     * @return the exception, for further assertions
     */
    public static ValidationException assertRejected(String field, ThrowingCallable code) {
        ValidationException e = catchThrowableOfType(ValidationException.class, code);
        assertThat(e).as("expected a ValidationException for field %s", field).isNotNull();
        assertThat(e.field()).as("field of: %s", e.getMessage()).isEqualTo(field);
        assertThat(e.reason()).isNotBlank();
        return e;
    }
}
