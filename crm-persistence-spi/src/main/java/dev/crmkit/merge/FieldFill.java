package dev.crmkit.merge;

import dev.crmkit.core.model.shared.EntityId;
import java.util.Objects;

/**
 * A field of the survivor that a merge fills or extends from a merged record: empty single-valued fields take
 * the first merged record's value; list fields (emails, phones, account links, external ids, properties) gain
 * the merged record's entries the survivor lacks.
 *
 * @param field  the field, e.g. {@code lastName}, {@code phones} or {@code properties.tier}
 * @param source the merged record the value comes from
 */
public record FieldFill(String field, EntityId source) {
    /** Requires both components. */
    public FieldFill {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(source, "source");
    }
}
