package dev.crmkit.jdbc.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.crmkit.core.error.CrmException;
import java.util.function.Supplier;

/**
 * What one call did on one store: the value it returned or the exception it threw. A store under test agrees
 * with the reference store when both returned equal values, or both threw the same type of exception (the
 * messages may word it differently); an exception that is not a {@link CrmException} never agrees, since
 * every failure a host can see must be typed.
 *
 * @param value what the call returned ({@code null} when it threw)
 * @param error what it threw, or {@code null}
 * @param <T>   the value type
 */
record Outcome<T>(T value, RuntimeException error) {

    /** Runs {@code call} and records how it ended; errors (assertion failures included) are not caught. */
    static <T> Outcome<T> of(Supplier<T> call) {
        try {
            return new Outcome<>(call.get(), null);
        } catch (RuntimeException e) {
            return new Outcome<>(null, e);
        }
    }

    /** Checks that this outcome (of the store under test) agrees with {@code expected} (the reference store's). */
    void assertAgreesWith(Outcome<T> expected, String what) {
        if (error != null && !(error instanceof CrmException)) {
            fail(what + ": an untyped exception (" + error + ") where the reference store "
                    + (expected.error == null ? "returned " + expected.value : "threw " + expected.error), error);
        }
        if (expected.error != null) {
            assertThat(error).as("%s: the reference store threw %s", what, expected.error).isNotNull()
                    .isExactlyInstanceOf(expected.error.getClass());
        } else if (error != null) {
            fail(what + ": " + error + " where the reference store returned " + expected.value, error);
        } else {
            assertThat(value).as(what).isEqualTo(expected.value);
        }
    }
}
