package dev.crmkit.imports;

import dev.crmkit.core.error.RuleViolation;
import java.util.List;

/**
 * An imported row's warnings.
 *
 * @param rowNumber  1-based data row number
 * @param violations the rules the stored record does not satisfy
 */
record RowWarning(long rowNumber, List<RuleViolation> violations) {
}
