package dev.crmkit.core.model.contact;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.shared.AccountId;
import dev.crmkit.core.model.shared.Checks;
import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.core.model.shared.CrmStyle;
import dev.crmkit.core.model.shared.EmailAddress;
import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.core.model.shared.PhoneNumber;
import dev.crmkit.core.model.shared.PropertyValue;
import dev.crmkit.core.model.shared.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A person. Build with {@code Contact.builder()}. A contact needs a name or a primary email; it can be
 * linked to several accounts, each with a role.
 */
@Value.Immutable
@CrmStyle
@JsonSerialize(as = Contact.class)
@JsonDeserialize(as = Contact.class)
public abstract class AbstractContact {

    /** The id. */
    public abstract ContactId id();

    /** Given name. */
    public abstract Optional<String> firstName();

    /** Family name. */
    public abstract Optional<String> lastName();

    /** The primary email, unique per tenant (by {@link EmailAddress#matchKey()}). */
    public abstract Optional<EmailAddress> primaryEmail();

    /** Further email addresses. */
    public abstract List<EmailAddress> otherEmails();

    /** Phone numbers in E.164. */
    public abstract List<PhoneNumber> phones();

    /** Job title. */
    public abstract Optional<String> title();

    /** The accounts the contact belongs to, at most one link per account. */
    public abstract List<AccountLink> accounts();

    /** The current lifecycle stage. */
    @Value.Default
    public LifecycleStage lifecycleStage() {
        return LifecycleStage.LEAD;
    }

    /** When each lifecycle stage was (last) entered. */
    public abstract Map<LifecycleStage, Instant> lifecycleEnteredAt();

    /** Where the lead came from (e.g. {@code "Google"}, {@code "Referral"}). */
    public abstract Optional<String> leadSource();

    /** The user who owns the contact. */
    public abstract Optional<UserId> owner();

    /** What the contact agreed to. */
    @Value.Default
    public Consent consent() {
        return Consent.NONE;
    }

    /** Ids of this contact in other systems, at most one per source. */
    public abstract Set<ExternalId> externalIds();

    /** Custom property values by property key. */
    public abstract Map<String, PropertyValue> properties();

    /** When the contact was created. */
    public abstract Instant createdAt();

    /** When the contact was last changed. */
    @Value.Default
    public Instant updatedAt() {
        return createdAt();
    }

    /** Optimistic-locking version: 0 before the first insert, incremented by every update. */
    @Value.Default
    public long version() {
        return 0;
    }

    /** Every email, primary first. */
    @Value.Derived
    @com.fasterxml.jackson.annotation.JsonIgnore
    public List<EmailAddress> emails() {
        List<EmailAddress> all = new ArrayList<>();
        primaryEmail().ifPresent(all::add);
        all.addAll(otherEmails());
        return List.copyOf(all);
    }

    /** "First Last", or the email when the contact has no name. */
    public String displayName() {
        String name = (firstName().orElse("") + " " + lastName().orElse("")).strip();
        return name.isEmpty() ? primaryEmail().map(EmailAddress::value).orElse("") : name;
    }

    /** Whether the contact is linked to the account. */
    public boolean isLinkedTo(AccountId account) {
        return accounts().stream().anyMatch(link -> link.account().equals(account));
    }

    @Value.Check
    protected AbstractContact normalize() {
        Optional<String> first = firstName().map(f -> ValidationException.requireText("firstName", f, 100));
        Optional<String> last = lastName().map(l -> ValidationException.requireText("lastName", l, 100));
        Optional<String> jobTitle = title().map(t -> ValidationException.requireText("title", t, 255));
        Optional<String> source = leadSource().map(s -> ValidationException.requireText("leadSource", s, 255));
        if (first.equals(firstName()) && last.equals(lastName()) && jobTitle.equals(title()) && source.equals(leadSource())) {
            return this;
        }
        return Contact.copyOf(this).withFirstName(first).withLastName(last).withTitle(jobTitle).withLeadSource(source);
    }

    @Value.Check
    protected void check() {
        ValidationException.check(firstName().isPresent() || lastName().isPresent() || primaryEmail().isPresent(),
                "name", null, "a contact needs a first name, a last name or a primary email");
        Set<String> seenEmails = new HashSet<>();
        for (EmailAddress email : emails()) {
            ValidationException.check(seenEmails.add(email.matchKey()), "emails", email, "is listed twice");
        }
        ValidationException.check(Set.copyOf(phones()).size() == phones().size(), "phones", phones(), "lists a number twice");
        Set<AccountId> linked = new HashSet<>();
        for (AccountLink link : accounts()) {
            ValidationException.check(linked.add(link.account()), "accounts", link.account(), "is linked twice");
        }
        Checks.externalIds(externalIds());
        Checks.propertyKeys(properties());
        ValidationException.check(version() >= 0, "version", version(), "must not be negative");
        ValidationException.check(!updatedAt().isBefore(createdAt()), "updatedAt", updatedAt(), "must not be before createdAt");
    }
}
