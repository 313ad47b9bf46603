package dev.crmkit.core.scoring;

import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.contact.AccountLink;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.shared.AccountId;
import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.core.model.shared.EmailAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test fixtures: contacts, accounts and events with fixed ids and moments. */
final class Leads {
    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    static final Instant CREATED = Instant.parse("2025-01-01T00:00:00Z");
    static final AccountId ACME_ID = new AccountId(new UUID(1, 1));
    static final ContactId ADA_ID = new ContactId(new UUID(2, 1));

    private Leads() {
    }

    /** A contact builder with a name, email and link to the Acme account. */
    static Contact.Builder contact() {
        return Contact.builder().id(ADA_ID).firstName("Ada").lastName("Lovelace")
                .primaryEmail(EmailAddress.of("ada@acme.example.com"))
                .addAccounts(AccountLink.of(ACME_ID, "CTO")).createdAt(CREATED);
    }

    /** An account builder for Acme. */
    static Account.Builder account() {
        return Account.builder().id(ACME_ID).name("Acme").createdAt(CREATED);
    }

    static LeadProfile lead(Contact contact, Account account, EngagementEvent... events) {
        return LeadProfile.of(contact, account, List.of(events));
    }

    static LeadProfile lead(Contact contact, EngagementEvent... events) {
        return LeadProfile.of(contact, List.of(events));
    }

    /** An event {@code age} before {@link #NOW}. */
    static EngagementEvent event(String kind, Duration age) {
        return EngagementEvent.of(kind, NOW.minus(age));
    }

    /** An event {@code age} before {@link #NOW} with attributes. */
    static EngagementEvent event(String kind, Duration age, Map<String, String> attributes) {
        return EngagementEvent.of(kind, NOW.minus(age), attributes);
    }

    static Duration days(long n) {
        return Duration.ofDays(n);
    }
}
