package dev.crmkit.imports.mapping;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.crmkit.core.error.ValidationException;
import java.util.Arrays;

/** How a cell names another record: in JSON {@code "externalId"}, {@code "name"}, {@code "domain"}, {@code "email"}. */
public enum LookupBy {
    /** The other record's external id (of the lookup's source). */
    EXTERNAL_ID("externalId"),
    /** An account's name, compared ignoring case. */
    NAME("name"),
    /** An account's web domain, normalized as {@code Account.normalizeDomain} does. */
    DOMAIN("domain"),
    /** A contact's primary email, compared by its match key. */
    EMAIL("email");

    private final String jsonName;

    LookupBy(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The JSON name. */
    @JsonValue
    public String jsonName() {
        return jsonName;
    }

    /**
     * Parses a JSON name.
     *
     * @throws ValidationException (field {@code by}) for an unknown name
     */
    @JsonCreator
    public static LookupBy fromName(String name) {
        for (LookupBy by : values()) {
            if (by.jsonName.equals(name)) {
                return by;
            }
        }
        throw new ValidationException("by", name, "must be one of " + Arrays.stream(values()).map(LookupBy::jsonName).toList());
    }
}
