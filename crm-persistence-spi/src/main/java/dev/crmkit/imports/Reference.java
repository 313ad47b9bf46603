package dev.crmkit.imports;

import dev.crmkit.imports.mapping.IfMissing;
import dev.crmkit.imports.mapping.LookupBy;

/**
 * A row's pointer to another record, as written in a cell.
 *
 * @param by        what {@code value} is
 * @param source    the external-id source, for look-ups by external id
 * @param value     the cell value
 * @param ifMissing what to do when nothing matches
 * @param role      the role on the link
 * @param field     the target field, for messages
 */
record Reference(LookupBy by, String source, String value, IfMissing ifMissing, String role, String field) {
}
