package dev.crmkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.activity.Activity;
import dev.crmkit.core.model.activity.ActivityType;
import dev.crmkit.core.model.contact.AccountLink;
import dev.crmkit.core.model.contact.Consent;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.contact.LifecycleStage;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.DealContact;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.shared.AccountId;
import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.core.model.shared.EmailAddress;
import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.core.model.shared.PhoneNumber;
import dev.crmkit.event.ContactsMerged;
import dev.crmkit.merge.AccountMergePlan;
import dev.crmkit.merge.ContactMergePlan;
import dev.crmkit.merge.DuplicateGroup;
import dev.crmkit.merge.FieldFill;
import dev.crmkit.merge.MatchReason;
import dev.crmkit.merge.MergeRecord;
import dev.crmkit.merge.VersionedId;
import dev.crmkit.spi.VersionConflictException;
import dev.crmkit.support.CountingStore;
import dev.crmkit.support.CrmFixture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicatesTest {
    private CountingStore counting;
    private final CrmFixture fx = new CrmFixture(store -> counting = new CountingStore(store));
    private final Pipeline sales = fx.hubspot();
    private final Account acme = fx.tenant.accounts().create(a -> a.name("Acme"));
    private final Account globex = fx.tenant.accounts().create(a -> a.name("Globex"));

    @Test
    void contactsMatchByEmailPhoneOrNameWithinTheSameAccount() {
        Contact ada = fx.tenant.contacts().create(c -> c.firstName("Ada").primaryEmail(EmailAddress.of("ada@acme.example")));
        Contact adaAgain = fx.tenant.contacts().create(c -> c.lastName("Lovelace")
                .addOtherEmails(EmailAddress.of("ADA@acme.example")));
        Contact bob = fx.tenant.contacts().create(c -> c.firstName("Bob").addPhones(PhoneNumber.of("+14155550123")));
        Contact bobby = fx.tenant.contacts().create(c -> c.firstName("Bobby").addPhones(PhoneNumber.of("+14155550123")));
        Contact john = fx.tenant.contacts().create(c -> c.firstName("John").lastName("Smith")
                .addAccounts(AccountLink.of(acme.id(), "buyer")));
        Contact johnAgain = fx.tenant.contacts().create(c -> c.firstName("JOHN").lastName("smith")
                .addAccounts(AccountLink.of(acme.id(), "user")));
        fx.tenant.contacts().create(c -> c.firstName("John").lastName("Smith").addAccounts(AccountLink.of(globex.id(), "cfo")));
        fx.tenant.contacts().create(c -> c.firstName("Unique"));

        List<DuplicateGroup<ContactId>> groups = fx.tenant.duplicates().findDuplicateContacts();

        assertThat(groups).containsExactly(
                new DuplicateGroup<>(List.of(ada.id(), adaAgain.id()), java.util.Set.of(MatchReason.EMAIL)),
                new DuplicateGroup<>(List.of(bob.id(), bobby.id()), java.util.Set.of(MatchReason.PHONE)),
                new DuplicateGroup<>(List.of(john.id(), johnAgain.id()), java.util.Set.of(MatchReason.NAME_AT_ACCOUNT)));
        assertThat(groups.get(0).suggestedSurvivor()).isEqualTo(ada.id());
    }

    @Test
    void matchesAreTransitiveAndDetectionPagesThroughLargeTenants() {
        List<Contact> many = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            int n = i;
            many.add(Contact.builder().id(new ContactId(fx.ids.nextUuid())).firstName("P" + n)
                    .primaryEmail(EmailAddress.of("p" + n + "@bulk.example")).createdAt(CrmFixture.START).build());
        }
        Contact first = many.get(3).withPhones(PhoneNumber.of("+442079460958"));
        many.set(3, first);
        Contact bridge = many.get(1200).withOtherEmails(EmailAddress.of("P3@bulk.example"))
                .withPhones(PhoneNumber.of("+14155550100"));
        many.set(1200, bridge);
        Contact last = many.get(2400).withPhones(PhoneNumber.of("+14155550100"));
        many.set(2400, last);
        fx.memory.inTransaction(fx.tenant.tenantId(), uow -> uow.contacts().insertAll(many));
        counting.reset();

        List<DuplicateGroup<ContactId>> groups = fx.tenant.duplicates().findDuplicateContacts();

        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.members()).containsExactly(first.id(), bridge.id(), last.id());
            assertThat(g.reasons()).containsExactlyInAnyOrder(MatchReason.EMAIL, MatchReason.PHONE);
        });
        assertThat(counting.calls("ContactRepository.find")).isEqualTo(3);
    }

    @Test
    void accountsMatchByDomain() {
        Account acmeAgain = fx.tenant.accounts().create(a -> a.name("ACME Inc").domain("https://www.acme.example"));
        Account acmeDomain = fx.tenant.accounts().update(acme.withDomain("acme.example"));
        fx.tenant.accounts().create(a -> a.name("Globex 2").domain("globex.example"));

        assertThat(fx.tenant.duplicates().findDuplicateAccounts()).containsExactly(
                new DuplicateGroup<>(List.of(acmeDomain.id(), acmeAgain.id()), java.util.Set.of(MatchReason.DOMAIN)));
    }

    @Test
    void aDryRunChangesNothingAndTheMergeDoesExactlyThePlan() {
        Contact ada = fx.tenant.contacts().create(c -> c.firstName("Ada").primaryEmail(EmailAddress.of("ada@acme.example"))
                .addAccounts(AccountLink.of(acme.id(), "CTO")).lifecycleStage(LifecycleStage.LEAD));
        fx.clock.advance(Duration.ofDays(1));
        Contact dup = fx.tenant.contacts().create(c -> c.firstName("Ada").lastName("Lovelace")
                .addOtherEmails(EmailAddress.of("ada@acme.example"), EmailAddress.of("ada@home.example"))
                .addPhones(PhoneNumber.of("+14155550123"))
                .addAccounts(AccountLink.of(acme.id(), "engineer"), AccountLink.of(globex.id(), "advisor"))
                .lifecycleStage(LifecycleStage.OPPORTUNITY).consent(new Consent(false, true, false))
                .addExternalIds(ExternalId.of("hubspot", "42")));
        Contact bob = fx.tenant.contacts().create(c -> c.firstName("Bob"));
        Deal both = fx.tenant.deals().create(sales.id(), d -> d.name("Both")
                .addContacts(DealContact.of(ada.id(), "champion"), DealContact.of(dup.id(), "user")));
        Deal onlyDup = fx.tenant.deals().create(sales.id(), d -> d.name("Dup's")
                .addContacts(DealContact.of(bob.id(), "buyer"), DealContact.of(dup.id(), "sponsor")));
        Activity call = fx.tenant.activities().log(a -> a.type(ActivityType.CALL).subject("Call")
                .occurredAt(fx.clock.instant()).contact(dup.id()));
        DuplicateGroup<ContactId> group = fx.tenant.duplicates().findDuplicateContacts().get(0);
        String before = fx.dump();
        fx.events.clear();

        ContactMergePlan plan = fx.tenant.duplicates().planContactMerge(group);

        assertThat(fx.dump()).isEqualTo(before);
        assertThat(fx.events.events()).isEmpty();
        assertThat(plan.survivor()).isEqualTo(new VersionedId<>(ada.id(), 1));
        assertThat(plan.merged()).containsExactly(new VersionedId<>(dup.id(), 1));
        assertThat(plan.deals()).extracting(VersionedId::id).containsExactlyInAnyOrder(both.id(), onlyDup.id());
        assertThat(plan.activities()).extracting(VersionedId::id).containsExactly(call.id());
        assertThat(plan.accountLinksAdded()).containsExactly(AccountLink.of(globex.id(), "advisor"));
        assertThat(plan.filledFields()).extracting(FieldFill::field).containsExactly(
                "lastName", "otherEmails", "phones", "accounts", "lifecycleStage", "lifecycleEnteredAt", "consent",
                "externalIds");
        assertThat(plan.result().lastName()).contains("Lovelace");
        assertThat(plan.result().otherEmails()).containsExactly(EmailAddress.of("ada@home.example"));
        assertThat(plan.result().lifecycleStage()).isEqualTo(LifecycleStage.OPPORTUNITY);
        assertThat(plan.result().consent().doNotEmail()).isTrue();

        fx.clock.advance(Duration.ofHours(1));
        MergeRecord record = fx.tenant.duplicates().mergeContacts(plan);

        assertThat(record.plan()).isEqualTo(plan);
        Contact survivor = fx.tenant.contacts().get(ada.id());
        assertThat(survivor).isEqualTo(Contact.copyOf(plan.result()).withVersion(2).withUpdatedAt(fx.clock.instant()));
        assertThat(fx.tenant.contacts().find(dup.id())).isEmpty();
        assertThat(fx.tenant.deals().get(both.id()).contacts()).containsExactly(DealContact.of(ada.id(), "champion"));
        assertThat(fx.tenant.deals().get(onlyDup.id()).contacts())
                .containsExactly(DealContact.of(bob.id(), "buyer"), DealContact.of(ada.id(), "sponsor"));
        assertThat(fx.tenant.activities().get(call.id()).contact()).contains(ada.id());
        assertThat(fx.tenant.contacts().findByExternalId(ExternalId.of("hubspot", "42"))).map(Contact::id).contains(ada.id());
        assertThat(fx.tenant.duplicates().findContactMergedInto(dup.id())).contains(ada.id());
        assertThat(fx.tenant.activities().get(record.traceNote()).body().orElseThrow())
                .contains("merged: " + dup.id()).doesNotContain("Lovelace", "ada@");
        assertThat(fx.events.of(ContactsMerged.class)).singleElement().satisfies(e -> assertThat(e.record()).isEqualTo(record));
        assertThat(fx.events.names()).containsSubsequence("ContactDeleted", "ContactUpdated", "ContactLifecycleChanged",
                "ActivityLogged", "ContactsMerged");
        assertThat(fx.tenant.duplicates().findDuplicateContacts()).isEmpty();
    }

    @Test
    void aStalePlanIsRefusedAndChangesNothing() {
        Contact ada = fx.tenant.contacts().create(c -> c.firstName("Ada").primaryEmail(EmailAddress.of("ada@acme.example")));
        Contact dup = fx.tenant.contacts().create(c -> c.lastName("Lovelace").addOtherEmails(EmailAddress.of("ada@acme.example")));
        ContactMergePlan plan = fx.tenant.duplicates().planContactMerge(ada.id(), List.of(dup.id()));
        fx.tenant.contacts().update(dup.withTitle("CTO"));
        String before = fx.dump();

        assertThatThrownBy(() -> fx.tenant.duplicates().mergeContacts(plan))
                .isInstanceOfSatisfying(VersionConflictException.class, e -> {
                    assertThat(e.kind()).isEqualTo("Contact");
                    assertThat(e.id()).isEqualTo(dup.id().toString());
                });
        assertThat(fx.dump()).isEqualTo(before);

        ContactMergePlan fresh = fx.tenant.duplicates().planContactMerge(ada.id(), List.of(dup.id()));
        Deal linkedLater = fx.tenant.deals().create(sales.id(), d -> d.name("Later").addContacts(DealContact.of(dup.id(), "user")));
        assertThatThrownBy(() -> fx.tenant.duplicates().mergeContacts(fresh))
                .isInstanceOfSatisfying(VersionConflictException.class, e -> assertThat(e.id()).isEqualTo(linkedLater.id().toString()));

        fx.tenant.contacts().delete(dup.id(), 2);
        assertThatThrownBy(() -> fx.tenant.duplicates().mergeContacts(fresh)).isInstanceOf(VersionConflictException.class);
    }

    @Test
    void planInputIsChecked() {
        Contact ada = fx.tenant.contacts().create(c -> c.firstName("Ada"));

        assertThatThrownBy(() -> fx.tenant.duplicates().planContactMerge(ada.id(), List.of(ada.id())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("merged"));
        assertThatThrownBy(() -> fx.tenant.duplicates().planContactMerge(ada.id(), List.of()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("merged"));
    }

    @Test
    void accountMergeMovesDealsActivitiesContactsAndSubsidiaries() {
        Account dup = fx.tenant.accounts().create(a -> a.name("ACME Inc").domain("acme.example").industry("Rockets")
                .addExternalIds(ExternalId.of("salesforce", "001")));
        Account child = fx.tenant.accounts().create(a -> a.name("Acme Labs").parent(dup.id()));
        Account survivorCurrent = fx.tenant.accounts().update(acme.withDomain("acme.example").withParent(dup.id()));
        Contact ada = fx.tenant.contacts().create(c -> c.firstName("Ada").addAccounts(AccountLink.of(dup.id(), "CTO")));
        Contact both = fx.tenant.contacts().create(c -> c.firstName("Bo")
                .addAccounts(AccountLink.of(acme.id(), "buyer"), AccountLink.of(dup.id(), "user")));
        Deal deal = fx.tenant.deals().create(sales.id(), d -> d.name("Deal").account(dup.id()));
        Activity note = fx.tenant.activities().log(a -> a.type(ActivityType.NOTE).subject("Note")
                .occurredAt(fx.clock.instant()).account(dup.id()));
        DuplicateGroup<AccountId> group = fx.tenant.duplicates().findDuplicateAccounts().get(0);
        assertThat(group.members()).containsExactly(acme.id(), dup.id());
        String before = fx.dump();

        AccountMergePlan plan = fx.tenant.duplicates().planAccountMerge(group);
        assertThat(fx.dump()).isEqualTo(before);
        assertThat(plan.result().parent()).isEmpty();
        assertThat(plan.filledFields()).extracting(FieldFill::field).containsExactly("industry", "externalIds");
        assertThat(plan.subsidiaries()).extracting(VersionedId::id).containsExactly(child.id());

        MergeRecord record = fx.tenant.duplicates().mergeAccounts(plan);

        Account survivor = fx.tenant.accounts().get(acme.id());
        assertThat(Account.copyOf(survivor).withVersion(0).withUpdatedAt(plan.result().updatedAt()))
                .isEqualTo(Account.copyOf(plan.result()).withVersion(0));
        assertThat(survivor.version()).isEqualTo(survivorCurrent.version() + 2);
        assertThat(fx.tenant.accounts().find(dup.id())).isEmpty();
        assertThat(fx.tenant.accounts().get(child.id()).parent()).contains(acme.id());
        assertThat(fx.tenant.contacts().get(ada.id()).accounts()).containsExactly(AccountLink.of(acme.id(), "CTO"));
        assertThat(fx.tenant.contacts().get(both.id()).accounts()).containsExactly(AccountLink.of(acme.id(), "buyer"));
        assertThat(fx.tenant.deals().get(deal.id()).account()).contains(acme.id());
        assertThat(fx.tenant.activities().get(note.id()).account()).contains(acme.id());
        assertThat(fx.tenant.duplicates().findAccountMergedInto(dup.id())).contains(acme.id());
        assertThat(fx.tenant.activities().get(record.traceNote()).account()).contains(acme.id());
        assertThat(fx.events.names()).last().isEqualTo("AccountsMerged");
    }
}
