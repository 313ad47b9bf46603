package dev.crmkit.core.scoring;

import static dev.crmkit.core.scoring.Leads.account;
import static dev.crmkit.core.scoring.Leads.contact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.contact.AccountLink;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.shared.AccountId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LeadProfileTest {
    private static final AccountId OTHER_ID = new AccountId(new UUID(1, 2));

    @Test
    void thePrimaryAccountIsTheFirstOneTheContactLinks() {
        Contact contact = contact().addAccounts(AccountLink.of(OTHER_ID, "advisor")).build();
        Account acme = account().industry("Software").build();
        Account other = Account.builder().id(OTHER_ID).name("Other").industry("Retail").createdAt(Leads.CREATED).build();
        LeadProfile lead = LeadProfile.of(contact, List.of(other, acme), List.of());
        assertThat(lead.account()).contains(acme);
        assertThat(lead.accounts()).containsExactly(other, acme);
        assertThat(LeadProfile.of(contact, List.of(other), List.of()).account()).contains(other);
    }

    @Test
    void rejectsAccountsTheContactIsNotLinkedTo() {
        Account other = Account.builder().id(OTHER_ID).name("Other").createdAt(Leads.CREATED).build();
        assertThatThrownBy(() -> LeadProfile.of(contact().build(), other, List.of()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("accounts[0]"));
        assertThatThrownBy(() -> LeadProfile.of(contact().build(), List.of(account().build(), account().build()), List.of()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("accounts[1]"));
        assertThatThrownBy(() -> LeadProfile.of(contact().build(), Arrays.asList((EngagementEvent) null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("events[0]"));
        assertThatThrownBy(() -> LeadProfile.of(null, List.of()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("contact"));
    }

    @Test
    void withEventsKeepsTheContactAndAccount() {
        LeadProfile lead = LeadProfile.of(contact().build(), account().build(), List.of());
        LeadProfile later = lead.withEvents(List.of(EngagementEvent.of("email_open", Leads.NOW)));
        assertThat(later.contact()).isEqualTo(lead.contact());
        assertThat(later.account()).isEqualTo(lead.account());
        assertThat(later.events()).hasSize(1);
    }
}
