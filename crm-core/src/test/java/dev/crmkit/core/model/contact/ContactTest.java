package dev.crmkit.core.model.contact;

import static dev.crmkit.core.testing.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.model.shared.EmailAddress;
import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.core.model.shared.PhoneNumber;
import dev.crmkit.core.model.shared.PropertyValue;
import dev.crmkit.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

class ContactTest {

    @Test
    void buildsWithPrivacySafeDefaults() {
        Contact contact = Fixtures.contact().build();
        assertThat(contact.lifecycleStage()).isEqualTo(LifecycleStage.LEAD);
        assertThat(contact.consent()).isEqualTo(Consent.NONE);
        assertThat(contact.consent().mayEmailMarketing()).isFalse();
        assertThat(contact.version()).isZero();
    }

    @Test
    void needsANameOrAPrimaryEmail() {
        assertRejected("name", () -> Contact.builder().id(Fixtures.contactId(1)).createdAt(Fixtures.T0).build());
        assertRejected("name", () -> Contact.builder().id(Fixtures.contactId(1)).createdAt(Fixtures.T0)
                .addOtherEmails(EmailAddress.of("a@example.com")).build());
        assertThat(Contact.builder().id(Fixtures.contactId(1)).createdAt(Fixtures.T0).lastName("Lovelace").build().displayName())
                .isEqualTo("Lovelace");
        Contact byEmail = Contact.builder().id(Fixtures.contactId(1)).createdAt(Fixtures.T0)
                .primaryEmail(EmailAddress.of("Ada@Example.com")).build();
        assertThat(byEmail.displayName()).isEqualTo("Ada@example.com");
    }

    @Test
    void trimsTextFields() {
        Contact contact = Fixtures.contact().firstName(" Ada ").lastName(" Lovelace ").title(" CTO ").leadSource(" Referral ").build();
        assertThat(contact.firstName()).contains("Ada");
        assertThat(contact.lastName()).contains("Lovelace");
        assertThat(contact.title()).contains("CTO");
        assertThat(contact.leadSource()).contains("Referral");
        assertThat(contact.displayName()).isEqualTo("Ada Lovelace");
    }

    @Test
    void rejectsInvalidFields() {
        assertRejected("firstName", () -> Fixtures.contact().firstName(" ").build());
        assertRejected("lastName", () -> Fixtures.contact().lastName("x".repeat(101)).build());
        assertRejected("title", () -> Fixtures.contact().title("").build());
        assertRejected("leadSource", () -> Fixtures.contact().leadSource(" ").build());
        assertRejected("emails", () -> Fixtures.contact().primaryEmail(EmailAddress.of("ada@example.com"))
                .addOtherEmails(EmailAddress.of("ADA@example.com")).build());
        assertRejected("phones", () -> Fixtures.contact().addPhones(PhoneNumber.of("+14155552671"),
                PhoneNumber.parse("(415) 555-2671", "US")).build());
        assertRejected("accounts", () -> Fixtures.contact().addAccounts(AccountLink.of(Fixtures.accountId(1), "CFO"),
                AccountLink.of(Fixtures.accountId(1), "Board member")).build());
        assertRejected("externalIds", () -> Fixtures.contact()
                .addExternalIds(ExternalId.of("csv", "1"), ExternalId.of("csv", "2")).build());
        assertRejected("properties.Score", () -> Fixtures.contact().putProperties("Score", PropertyValue.bool(true)).build());
        assertRejected("version", () -> Fixtures.contact().version(-2).build());
        assertRejected("updatedAt", () -> Fixtures.contact().updatedAt(Fixtures.T0.minusMillis(1)).build());
    }

    @Test
    void accountLinksNeedAnAccountAndARole() {
        assertThat(AccountLink.of(Fixtures.accountId(1), " CFO ").role()).isEqualTo("CFO");
        assertRejected("accounts.role", () -> AccountLink.of(Fixtures.accountId(1), " "));
        assertRejected("accounts.role", () -> AccountLink.of(Fixtures.accountId(1), "r".repeat(101)));
        assertRejected("accounts.account", () -> AccountLink.of(null, "CFO"));
    }

    @Test
    void listsEmailsPrimaryFirstAndKnowsItsAccounts() {
        Contact contact = Fixtures.contact().primaryEmail(EmailAddress.of("a@example.com"))
                .addOtherEmails(EmailAddress.of("b@example.com"))
                .addAccounts(AccountLink.of(Fixtures.accountId(7), "CFO")).build();
        assertThat(contact.emails()).extracting(EmailAddress::value).containsExactly("a@example.com", "b@example.com");
        assertThat(contact.isLinkedTo(Fixtures.accountId(7))).isTrue();
        assertThat(contact.isLinkedTo(Fixtures.accountId(8))).isFalse();
    }

    @Test
    void consentNeverEmailsAContactWhoSaidNo() {
        assertThat(new Consent(true, false, false).mayEmailMarketing()).isTrue();
        assertThat(new Consent(true, true, false).mayEmailMarketing()).isFalse();
        assertThat(new Consent(false, false, true).mayEmailMarketing()).isFalse();
    }

    @Test
    void lifecycleStagesAreOrderedExceptOther() {
        assertThat(LifecycleStage.CUSTOMER.isAfter(LifecycleStage.LEAD)).isTrue();
        assertThat(LifecycleStage.LEAD.isAfter(LifecycleStage.CUSTOMER)).isFalse();
        assertThat(LifecycleStage.LEAD.isAfter(LifecycleStage.LEAD)).isFalse();
        assertThat(LifecycleStage.OTHER.isAfter(LifecycleStage.SUBSCRIBER)).isFalse();
        assertThat(LifecycleStage.EVANGELIST.isAfter(LifecycleStage.OTHER)).isFalse();
    }
}
