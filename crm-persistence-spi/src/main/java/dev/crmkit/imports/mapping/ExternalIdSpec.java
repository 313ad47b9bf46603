package dev.crmkit.imports.mapping;

import dev.crmkit.core.error.ValidationException;

/**
 * Where a row's external id comes from: {@code {"source": "hubspot", "column": "Record ID"}}. Rows are
 * matched to stored records by it, so importing the same file twice updates instead of duplicating.
 *
 * @param source the other system's name, stored with the id (1-64 characters)
 * @param column the column holding the id
 */
public record ExternalIdSpec(String source, String column) {
    /**
     * Validates.
     *
     * @throws ValidationException when either is missing or blank
     */
    public ExternalIdSpec {
        source = ValidationException.requireText("source", source, 64);
        ValidationException.check(column != null && !column.isEmpty(), "column", column, "is required");
    }
}
