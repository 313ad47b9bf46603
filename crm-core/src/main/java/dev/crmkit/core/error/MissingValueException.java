package dev.crmkit.core.error;

import java.util.List;

/**
 * A required value was not given: an entity builder was built without a mandatory attribute, or
 * {@code null} was passed for one. The model's generated builders throw it (see
 * {@code dev.crmkit.core.model.shared.CrmStyle}), so a missing value is a {@link ValidationException}
 * naming the field, like every other invalid input.
 */
public class MissingValueException extends ValidationException {
    private static final long serialVersionUID = 1L;

    private final List<String> missingFields;

    /**
     * Creates the exception for one or more missing fields.
     *
     * @param fields the missing fields; {@link #field()} lists them separated by {@code ", "}
     */
    public MissingValueException(String... fields) {
        super(fields.length == 0 ? "value" : String.join(", ", fields), null, "is required");
        this.missingFields = List.of(fields);
    }

    /** The missing fields, in declaration order. */
    public List<String> missingFields() {
        return missingFields;
    }
}
