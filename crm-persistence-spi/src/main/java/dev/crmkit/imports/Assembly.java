package dev.crmkit.imports;

import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.contact.AccountLink;
import dev.crmkit.core.model.contact.Consent;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.contact.LifecycleStage;
import dev.crmkit.core.model.shared.AccountId;
import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.core.model.shared.EmailAddress;
import dev.crmkit.core.model.shared.PropertyValue;
import dev.crmkit.core.rules.LifecycleTransitions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the record a row stands for: a new one, or the stored one with the mapped fields replaced (fields the
 * mapping does not name keep their stored values). Building runs the model's own checks, so an invalid
 * combination throws {@link dev.crmkit.core.error.ValidationException} here, before anything is written.
 */
final class Assembly {
    private Assembly() {
    }

    static Contact contact(ContactDraft d, Optional<Contact> existing, ContactId newId, Instant now,
                           Optional<AccountLink> link) {
        Contact base = existing.orElse(null);
        Instant createdAt = base != null ? base.createdAt() : d.createdAt().orElse(now);
        Contact.Builder b = base != null ? Contact.builder().from(base)
                : Contact.builder().id(newId).createdAt(createdAt).addExternalIds(d.externalId());
        if (d.maps("firstName") || d.maps("fullName")) {
            b.firstName(d.firstName());
        }
        if (d.maps("lastName") || d.maps("fullName")) {
            b.lastName(d.lastName());
        }
        Optional<EmailAddress> primary = d.maps("email") ? d.primaryEmail()
                : base == null ? Optional.<EmailAddress>empty() : base.primaryEmail();
        List<EmailAddress> others = d.maps("otherEmails") ? d.otherEmails()
                : base == null ? List.<EmailAddress>of() : base.otherEmails();
        b.primaryEmail(primary);
        b.otherEmails(withoutRepeats(primary, others));
        if (d.maps("phones")) {
            b.phones(d.phones());
        }
        if (d.maps("title")) {
            b.title(d.title());
        }
        if (d.maps("leadSource")) {
            b.leadSource(d.leadSource());
        }
        if (d.maps("owner")) {
            b.owner(d.owner());
        }
        Consent consent = base == null ? Consent.NONE : base.consent();
        b.consent(new Consent(
                d.maps("marketingEmailOptIn") ? d.marketingEmailOptIn().orElse(false) : consent.marketingEmailOptIn(),
                d.maps("doNotEmail") ? d.doNotEmail().orElse(false) : consent.doNotEmail(),
                d.maps("doNotCall") ? d.doNotCall().orElse(false) : consent.doNotCall()));
        link.ifPresent(l -> {
            if (base == null || !base.isLinkedTo(l.account())) {
                b.addAccounts(l);
            }
        });
        b.properties(properties(base == null ? Map.of() : base.properties(), d.properties()));
        Instant updatedAt = latest(now, createdAt, base == null ? createdAt : base.updatedAt());
        b.updatedAt(updatedAt);
        if (base == null) {
            LifecycleStage stage = d.lifecycleStage().orElse(LifecycleStage.LEAD);
            b.lifecycleStage(stage).lifecycleEnteredAt(Map.of(stage, createdAt));
            return b.build();
        }
        Contact updated = b.build();
        if (d.maps("lifecycleStage") && d.lifecycleStage().isPresent()) {
            updated = LifecycleTransitions.moveTo(updated, d.lifecycleStage().get(), updatedAt);
        }
        return updated;
    }

    static Account account(AccountDraft d, Optional<Account> existing, AccountId newId, Instant now,
                           Optional<AccountId> parent) {
        Account base = existing.orElse(null);
        Instant createdAt = base != null ? base.createdAt() : d.createdAt().orElse(now);
        Account.Builder b = base != null ? Account.builder().from(base)
                : Account.builder().id(newId).createdAt(createdAt).addExternalIds(d.externalId());
        b.name(d.name());
        if (d.maps("domain")) {
            b.domain(d.domain());
        }
        if (d.maps("industry")) {
            b.industry(d.industry());
        }
        if (d.maps("employeeCount")) {
            b.employeeCount(d.employeeCount());
        }
        if (d.maps("annualRevenue")) {
            b.annualRevenue(d.annualRevenue());
        }
        if (d.maps("country")) {
            b.country(d.country());
        }
        if (d.maps("owner")) {
            b.owner(d.owner());
        }
        if (d.maps("parent")) {
            b.parent(parent);
        }
        b.properties(properties(base == null ? Map.of() : base.properties(), d.properties()));
        b.updatedAt(latest(now, createdAt, base == null ? createdAt : base.updatedAt()));
        return b.build();
    }

    /** The stored properties with the mapped ones set or removed. */
    static Map<String, PropertyValue> properties(Map<String, PropertyValue> stored,
                                                 Map<String, Optional<PropertyValue>> mapped) {
        Map<String, PropertyValue> result = new LinkedHashMap<>(stored);
        mapped.forEach((key, value) -> {
            if (value.isPresent()) {
                result.put(key, value.get());
            } else {
                result.remove(key);
            }
        });
        return result;
    }

    static Instant latest(Instant first, Instant... others) {
        Instant latest = first;
        for (Instant other : others) {
            if (other.isAfter(latest)) {
                latest = other;
            }
        }
        return latest;
    }

    /** Other emails without the primary and without repeats (compared by match key), in order. */
    private static List<EmailAddress> withoutRepeats(Optional<EmailAddress> primary, List<EmailAddress> others) {
        Set<String> seen = new HashSet<>();
        primary.ifPresent(p -> seen.add(p.matchKey()));
        List<EmailAddress> result = new ArrayList<>();
        for (EmailAddress email : others) {
            if (seen.add(email.matchKey())) {
                result.add(email);
            }
        }
        return result;
    }
}
