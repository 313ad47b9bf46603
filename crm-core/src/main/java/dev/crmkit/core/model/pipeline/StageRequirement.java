package dev.crmkit.core.model.pipeline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.shared.Checks;
import java.util.Optional;

/**
 * A field a deal must have before it may enter a stage (a stage gate). One of {@code amount},
 * {@code expectedCloseDate}, {@code account}, {@code contacts} (at least one), {@code owner},
 * {@code source}, or {@code properties.KEY} for a custom property.
 *
 * @param field the required field
 */
public record StageRequirement(String field) {
    /** The deal has an amount. */
    public static final StageRequirement AMOUNT = new StageRequirement("amount");
    /** The deal has an expected close date. */
    public static final StageRequirement EXPECTED_CLOSE_DATE = new StageRequirement("expectedCloseDate");
    /** The deal is linked to an account. */
    public static final StageRequirement ACCOUNT = new StageRequirement("account");
    /** The deal has at least one contact. */
    public static final StageRequirement CONTACTS = new StageRequirement("contacts");
    /** The deal has an owner. */
    public static final StageRequirement OWNER = new StageRequirement("owner");
    /** The deal has a source. */
    public static final StageRequirement SOURCE = new StageRequirement("source");

    private static final String PROPERTY_PREFIX = "properties.";

    public StageRequirement {
        ValidationException.check(field != null, "requiredFields", null, "is required");
        if (field.startsWith(PROPERTY_PREFIX)) {
            Checks.requirePropertyKey("requiredFields", field.substring(PROPERTY_PREFIX.length()));
        } else {
            ValidationException.check(switch (field) {
                case "amount", "expectedCloseDate", "account", "contacts", "owner", "source" -> true;
                default -> false;
            }, "requiredFields", field,
                    "must be amount, expectedCloseDate, account, contacts, owner, source or properties.<key>");
        }
    }

    /** A requirement on a custom property. */
    public static StageRequirement property(String key) {
        return new StageRequirement(PROPERTY_PREFIX + key);
    }

    /** Parses the JSON form. */
    @JsonCreator
    public static StageRequirement of(String field) {
        return new StageRequirement(field);
    }

    /** The custom property key, when this is a property requirement. */
    public Optional<String> propertyKey() {
        return field.startsWith(PROPERTY_PREFIX) ? Optional.of(field.substring(PROPERTY_PREFIX.length())) : Optional.empty();
    }

    @JsonValue
    @Override
    public String toString() {
        return field;
    }
}
