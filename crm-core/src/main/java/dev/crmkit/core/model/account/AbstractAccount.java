package dev.crmkit.core.model.account;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.shared.AccountId;
import dev.crmkit.core.model.shared.Checks;
import dev.crmkit.core.model.shared.CrmStyle;
import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.PropertyValue;
import dev.crmkit.core.model.shared.UserId;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A company the tenant sells to. Build with {@code Account.builder()}.
 */
@Value.Immutable
@CrmStyle
@JsonSerialize(as = Account.class)
@JsonDeserialize(as = Account.class)
public abstract class AbstractAccount {

    /** The id. */
    public abstract AccountId id();

    /** The company name, 1-255 characters, trimmed. */
    public abstract String name();

    /** The web domain ({@code example.com}), lower-cased, without scheme, {@code www.} or path. */
    public abstract Optional<String> domain();

    /** The industry, free text up to 255 characters, trimmed. */
    public abstract Optional<String> industry();

    /** Number of employees, not negative. */
    public abstract Optional<Integer> employeeCount();

    /** Annual revenue, not negative. */
    public abstract Optional<Money> annualRevenue();

    /** ISO 3166-1 alpha-2 country code, upper-case. */
    public abstract Optional<String> country();

    /** The user who owns the account. */
    public abstract Optional<UserId> owner();

    /** The parent company, when this account is a subsidiary. */
    public abstract Optional<AccountId> parent();

    /** Ids of this account in other systems, at most one per source. */
    public abstract Set<ExternalId> externalIds();

    /** Custom property values by property key. */
    public abstract Map<String, PropertyValue> properties();

    /** When the account was created. */
    public abstract Instant createdAt();

    /** When the account was last changed. */
    @Value.Default
    public Instant updatedAt() {
        return createdAt();
    }

    /** Optimistic-locking version: 0 before the first insert, incremented by every update. */
    @Value.Default
    public long version() {
        return 0;
    }

    @Value.Check
    protected AbstractAccount normalize() {
        String trimmedName = ValidationException.requireText("name", name(), 255);
        Optional<String> normalizedDomain = domain().map(AbstractAccount::normalizeDomain);
        Optional<String> normalizedCountry = country().map(AbstractAccount::normalizeCountry);
        Optional<String> trimmedIndustry = industry().map(String::strip);
        if (trimmedName.equals(name()) && normalizedDomain.equals(domain()) && normalizedCountry.equals(country())
                && trimmedIndustry.equals(industry())) {
            return this;
        }
        return Account.copyOf(this).withName(trimmedName).withDomain(normalizedDomain).withCountry(normalizedCountry)
                .withIndustry(trimmedIndustry);
    }

    @Value.Check
    protected void check() {
        Checks.optionalText("industry", industry(), 255);
        employeeCount().ifPresent(n -> ValidationException.check(n >= 0, "employeeCount", n, "must not be negative"));
        Checks.nonNegative("annualRevenue", annualRevenue());
        // Checks run before normalization, so the code is checked in the form normalize() will store.
        country().ifPresent(c -> ValidationException.check(Countries.isIsoAlpha2(normalizeCountry(c)), "country", c,
                "must be an ISO 3166-1 alpha-2 code such as US or DE"));
        parent().ifPresent(p -> ValidationException.check(!p.equals(id()), "parent", p, "an account cannot be its own parent"));
        Checks.externalIds(externalIds());
        Checks.propertyKeys(properties());
        ValidationException.check(version() >= 0, "version", version(), "must not be negative");
        ValidationException.check(!updatedAt().isBefore(createdAt()), "updatedAt", updatedAt(), "must not be before createdAt");
    }

    private static String normalizeCountry(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * Normalizes what people paste as a web domain ({@code https://www.Example.com/about}) to
     * {@code example.com}; throws {@link ValidationException} when no domain remains.
     */
    public static String normalizeDomain(String raw) {
        String text = ValidationException.requireText("domain", raw, 253).toLowerCase(Locale.ROOT);
        text = text.replaceFirst("^[a-z][a-z0-9+.-]*://", "");
        int end = text.length();
        for (char stop : new char[] {'/', '?', '#', ':'}) {
            int i = text.indexOf(stop);
            if (i >= 0) {
                end = Math.min(end, i);
            }
        }
        text = text.substring(0, end);
        // Strip "www." only while a registrable name remains: "www.com" is a domain, "com" is not.
        while (text.startsWith("www.") && text.indexOf('.', 4) > 0) {
            text = text.substring(4);
        }
        if (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        ValidationException.check(text.matches("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9-]{2,63}"), "domain", raw,
                "is not a web domain such as example.com");
        return text;
    }
}
