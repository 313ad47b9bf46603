package dev.crmkit.core.model.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.crmkit.core.error.ValidationException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A validated email address, normalized on construction: surrounding white space trimmed and the domain
 * lower-cased (the local part keeps its case, as RFC 5321 lets servers treat it case-sensitively).
 * {@link #matchKey()} is the fully lower-cased form used for look-ups and duplicate detection, because
 * virtually every real mail server treats the local part case-insensitively.
 *
 * @param value the normalized address
 */
public record EmailAddress(String value) {
    // Pragmatic, not RFC 5322 complete: one @, a local part of printable non-space characters without
    // quoting, and a domain of dot-separated labels ending in a label of 2+ letters (or an IDN in punycode).
    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern TLD = Pattern.compile("(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})");

    public EmailAddress {
        value = normalize(value);
    }

    /** Parses and normalizes; throws {@link ValidationException} (field {@code email}) when malformed. */
    @JsonCreator
    public static EmailAddress of(String text) {
        return new EmailAddress(text);
    }

    /** The lower-cased form used to find and match addresses. */
    public String matchKey() {
        return value.toLowerCase(Locale.ROOT);
    }

    /** The part after the {@code @}. */
    public String domain() {
        return value.substring(value.lastIndexOf('@') + 1);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }

    private static String normalize(String raw) {
        ValidationException.check(raw != null, "email", null, "is required");
        String text = raw.strip();
        ValidationException.check(!text.isEmpty(), "email", raw, "must not be blank");
        ValidationException.check(text.length() <= 254, "email", raw, "must be at most 254 characters");
        int at = text.lastIndexOf('@');
        ValidationException.check(at > 0 && at == text.indexOf('@'), "email", raw, "must contain exactly one @ after a local part");
        String local = text.substring(0, at);
        String domain = text.substring(at + 1).toLowerCase(Locale.ROOT);
        ValidationException.check(local.length() <= 64, "email", raw, "local part must be at most 64 characters");
        ValidationException.check(LOCAL.matcher(local).matches() && !local.startsWith(".") && !local.endsWith(".")
                && !local.contains(".."), "email", raw, "has an invalid local part");
        String[] labels = domain.split("\\.", -1);
        ValidationException.check(labels.length >= 2, "email", raw, "domain must have at least two labels");
        for (String label : labels) {
            ValidationException.check(LABEL.matcher(label).matches(), "email", raw, "has an invalid domain");
        }
        ValidationException.check(TLD.matcher(labels[labels.length - 1]).matches(), "email", raw,
                "has an invalid top-level domain");
        return local + "@" + domain;
    }
}
