package dev.crmkit.core.scoring;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.shared.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The address of a lead property a fit rule reads, such as {@code account.employeeCount}. Only the paths in
 * {@link #allowedPaths()} exist; anything else is rejected when the path is created, so a model with a typo
 * fails when it is built or loaded, not silently when it scores.
 *
 * <table>
 * <caption>Allowed paths</caption>
 * <tr><th>path</th><th>kind</th><th>value</th></tr>
 * <tr><td>{@code contact.lifecycleStage}</td><td>LIFECYCLE_STAGE</td><td>the contact's {@code LifecycleStage}</td></tr>
 * <tr><td>{@code contact.leadSource}</td><td>TEXT</td><td>where the lead came from</td></tr>
 * <tr><td>{@code contact.title}</td><td>TEXT</td><td>job title</td></tr>
 * <tr><td>{@code contact.email}</td><td>TEXT</td><td>primary email (its lower-case match key)</td></tr>
 * <tr><td>{@code contact.emailDomain}</td><td>TEXT</td><td>domain of the primary email ({@code example.com})</td></tr>
 * <tr><td>{@code contact.phone}</td><td>TEXT</td><td>first phone number in E.164</td></tr>
 * <tr><td>{@code contact.properties.KEY}</td><td>CUSTOM</td><td>the contact's custom property {@code KEY}</td></tr>
 * <tr><td>{@code account.name}</td><td>TEXT</td><td>the primary account's name</td></tr>
 * <tr><td>{@code account.domain}</td><td>TEXT</td><td>its web domain</td></tr>
 * <tr><td>{@code account.industry}</td><td>TEXT</td><td>its industry</td></tr>
 * <tr><td>{@code account.country}</td><td>TEXT</td><td>its ISO 3166-1 alpha-2 country code</td></tr>
 * <tr><td>{@code account.employeeCount}</td><td>NUMBER</td><td>its number of employees</td></tr>
 * <tr><td>{@code account.annualRevenue}</td><td>MONEY</td><td>its annual revenue (compared in one currency)</td></tr>
 * <tr><td>{@code account.properties.KEY}</td><td>CUSTOM</td><td>the account's custom property {@code KEY}</td></tr>
 * </table>
 *
 * <p>{@code KEY} follows the custom-property key rules: a lower-case letter, then lower-case letters,
 * digits or {@code _}, at most 64 characters. In JSON a path is its text.
 *
 * @param value the path text
 */
public record PropertyPath(@JsonValue String value) {
    private static final String CONTACT_PROPERTIES = "contact.properties.";
    private static final String ACCOUNT_PROPERTIES = "account.properties.";
    private static final Map<String, ProfileField> FIELDS = fields();

    /** What a path yields, which decides the conditions it can be used in. */
    public enum Kind {
        /** Text, compared ignoring case; usable with equals, in, exists, missing. */
        TEXT,
        /** A number; usable with equals, in (numeric values), range, exists, missing. */
        NUMBER,
        /** An amount of money; usable with range (with a currency), exists, missing. */
        MONEY,
        /** A lifecycle stage; usable with equals and in (stage names), exists, missing. */
        LIFECYCLE_STAGE,
        /** A custom property of any type; usable with every property condition (see {@link Condition}). */
        CUSTOM
    }

    /** Validates the path; throws {@link ValidationException} (field {@code path}) for an unknown path. */
    public PropertyPath {
        ValidationException.check(value != null, "path", null, "is required");
        if (!FIELDS.containsKey(value)) {
            String key = value.startsWith(CONTACT_PROPERTIES) ? value.substring(CONTACT_PROPERTIES.length())
                    : value.startsWith(ACCOUNT_PROPERTIES) ? value.substring(ACCOUNT_PROPERTIES.length()) : null;
            ValidationException.check(key != null, "path", value,
                    "is not a known property path; allowed: " + String.join(", ", allowedPaths()));
            Checks.requirePropertyKey("path", key);
        }
    }

    /** Same as the constructor. */
    @JsonCreator
    public static PropertyPath of(String value) {
        return new PropertyPath(value);
    }

    /** Every allowed path; {@code KEY} stands for a custom-property key. */
    public static List<String> allowedPaths() {
        List<String> paths = new ArrayList<>(FIELDS.keySet());
        paths.add(CONTACT_PROPERTIES + "KEY");
        paths.add(ACCOUNT_PROPERTIES + "KEY");
        return Collections.unmodifiableList(paths);
    }

    /** What the path yields. */
    public Kind kind() {
        ProfileField field = FIELDS.get(value);
        return field == null ? Kind.CUSTOM : field.kind();
    }

    /** Whether the path reads the lead's primary account rather than the contact. */
    public boolean readsAccount() {
        return value.startsWith("account.");
    }

    /** The custom-property key, for {@code contact.properties.KEY} and {@code account.properties.KEY}. */
    public Optional<String> propertyKey() {
        if (FIELDS.containsKey(value)) {
            return Optional.empty();
        }
        return Optional.of(value.substring(value.indexOf(".properties.") + ".properties.".length()));
    }

    /** The built-in field this path names, or {@code null} for a custom property. */
    ProfileField field() {
        return FIELDS.get(value);
    }

    @Override
    public String toString() {
        return value;
    }

    private static Map<String, ProfileField> fields() {
        Map<String, ProfileField> map = new LinkedHashMap<>();
        for (ProfileField field : ProfileField.values()) {
            map.put(field.path(), field);
        }
        return Collections.unmodifiableMap(map);
    }
}
