package dev.crmkit.imports;

import dev.crmkit.core.error.CrmException;
import dev.crmkit.core.error.NotFoundException;
import dev.crmkit.core.error.RuleViolationException;
import dev.crmkit.core.error.ValidationException;
import dev.crmkit.spi.DuplicateKeyException;
import dev.crmkit.spi.VersionConflictException;

/** The stable reason codes of {@link RejectedRow#reasonCode()}. */
final class RejectReasons {
    static final String FIELD_COUNT = "csv:field-count";

    private RejectReasons() {
    }

    static String code(CrmException error) {
        if (error instanceof FieldCountException) {
            return FIELD_COUNT;
        }
        if (error instanceof ValidationException invalid) {
            return "invalid:" + invalid.field();
        }
        if (error instanceof RuleViolationException rules) {
            return "rule:" + rules.violations().get(0).ruleId();
        }
        if (error instanceof DuplicateKeyException duplicate) {
            String key = duplicate.key();
            int equals = key.indexOf('=');
            return "duplicate:" + duplicate.kind() + "." + (equals < 0 ? key : key.substring(0, equals));
        }
        if (error instanceof NotFoundException missing) {
            return "missing:" + missing.kind();
        }
        if (error instanceof VersionConflictException conflict) {
            return "conflict:" + conflict.kind();
        }
        return "error:" + error.getClass().getSimpleName();
    }

    /** A row whose field count differs from the header's. */
    static final class FieldCountException extends ValidationException {
        private static final long serialVersionUID = 1L;

        FieldCountException(int found, int expected) {
            super("row", found + " fields", "has " + found + " fields but the header has " + expected);
        }
    }
}
