package dev.crmkit.core.model.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.crmkit.core.error.ValidationException;
import java.util.regex.Pattern;

/**
 * The tenant every record belongs to. Chosen by the host (its customer or workspace key): 1 to 64
 * characters of letters, digits, {@code .}, {@code _} and {@code -}.
 *
 * @param value the tenant key
 */
public record TenantId(String value) {
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /** The tenant single-tenant hosts use. */
    public static final TenantId DEFAULT = new TenantId("default");

    public TenantId {
        ValidationException.check(value != null, "tenantId", null, "is required");
        ValidationException.check(ALLOWED.matcher(value).matches(), "tenantId", value,
                "must be 1-64 letters, digits, '.', '_' or '-'");
    }

    /** Same as the constructor; reads well at call sites. */
    @JsonCreator
    public static TenantId of(String value) {
        return new TenantId(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
