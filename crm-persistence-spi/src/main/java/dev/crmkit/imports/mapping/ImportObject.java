package dev.crmkit.imports.mapping;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.shared.ObjectType;
import java.util.Arrays;
import java.util.Locale;

/** The kind of record one import creates or updates; in JSON {@code "contacts"}, {@code "accounts"}, {@code "deals"}. */
public enum ImportObject {
    /** People: {@link dev.crmkit.core.model.contact.Contact}. */
    CONTACTS(ObjectType.CONTACT),
    /** Companies: {@link dev.crmkit.core.model.account.Account}. */
    ACCOUNTS(ObjectType.ACCOUNT),
    /** Opportunities: {@link dev.crmkit.core.model.deal.Deal}. */
    DEALS(ObjectType.DEAL);

    private final ObjectType objectType;

    ImportObject(ObjectType objectType) {
        this.objectType = objectType;
    }

    /** The object type custom properties of these records are defined for. */
    public ObjectType objectType() {
        return objectType;
    }

    /** The JSON and command-line name, e.g. {@code contacts}. */
    @JsonValue
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a JSON or command-line name.
     *
     * @throws ValidationException (field {@code object}) for an unknown name
     */
    @JsonCreator
    public static ImportObject fromName(String name) {
        for (ImportObject object : values()) {
            if (object.jsonName().equals(name)) {
                return object;
            }
        }
        throw new ValidationException("object", name, "must be one of "
                + Arrays.stream(values()).map(ImportObject::jsonName).toList());
    }
}
