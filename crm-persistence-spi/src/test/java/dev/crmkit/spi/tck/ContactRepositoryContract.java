package dev.crmkit.spi.tck;

import static dev.crmkit.spi.tck.PageAssertions.assertPagesEqual;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.contact.AccountLink;
import dev.crmkit.core.model.contact.Consent;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.contact.LifecycleStage;
import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.core.model.shared.EmailAddress;
import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.core.model.shared.PhoneNumber;
import dev.crmkit.core.model.shared.PropertyValue;
import dev.crmkit.core.model.shared.UserId;
import dev.crmkit.spi.ContactQuery;
import dev.crmkit.spi.ContactRepository;
import dev.crmkit.spi.DuplicateKeyException;
import dev.crmkit.spi.NameSort;
import dev.crmkit.spi.Page;
import dev.crmkit.spi.PageRequest;
import dev.crmkit.spi.UnitOfWork;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ContactRepository}: CRUD, the unique primary email (by match key), external ids,
 * and every query filter, order and page.
 */
public abstract class ContactRepositoryContract extends ExternallyIdentifiedRepositoryContract<Contact, ContactId> {
    private int counter;

    @Override
    protected ContactRepository repository(UnitOfWork uow) {
        return uow.contacts();
    }

    @Override
    protected Contact newRecord() {
        counter++;
        return data.contactBuilder("First" + counter, "Last" + counter)
                .primaryEmail(EmailAddress.of("person" + counter + "@example.com")).build();
    }

    @Override
    protected Contact changed(Contact record) {
        counter++;
        return record.withTitle("Title " + counter).withLifecycleStage(LifecycleStage.MARKETING_QUALIFIED)
                .withPrimaryEmail(EmailAddress.of("changed" + counter + "@example.com"))
                .withUpdatedAt(record.updatedAt().plusSeconds(30));
    }

    @Override
    protected ContactId idOf(Contact record) {
        return record.id();
    }

    @Override
    protected long versionOf(Contact record) {
        return record.version();
    }

    @Override
    protected Contact withVersion(Contact record, long version) {
        return record.withVersion(version);
    }

    @Override
    protected String expectedKind() {
        return "Contact";
    }

    @Override
    protected Contact withExternalIds(Contact record, Set<ExternalId> externalIds) {
        return record.withExternalIds(externalIds);
    }

    @Override
    protected Set<ExternalId> externalIdsOf(Contact record) {
        return record.externalIds();
    }

    @Override
    protected Contact asUpserted(Contact incoming, Contact stored, Set<ExternalId> externalIds, long version) {
        return incoming.withId(stored.id()).withCreatedAt(stored.createdAt()).withExternalIds(externalIds).withVersion(version);
    }

    private static EmailAddress email(String text) {
        return EmailAddress.of(text);
    }

    @Test
    void thePrimaryEmailIsUniqueIgnoringCase() {
        Contact ada = insert(data.contactWithEmail("ada@example.com"));

        assertThatThrownBy(() -> insert(data.contactWithEmail("ADA@Example.COM"))).isInstanceOf(DuplicateKeyException.class);
        Contact bob = insert(data.contactWithEmail("bob@example.com"));
        assertThatThrownBy(() -> tx(uow -> uow.contacts().update(bob.withPrimaryEmail(email("Ada@example.com")))))
                .isInstanceOf(DuplicateKeyException.class);
        assertThatThrownBy(() -> tx(uow -> uow.contacts().insertAll(List.of(data.contactWithEmail("x@example.com"),
                data.contactWithEmail("X@example.com"))))).isInstanceOf(DuplicateKeyException.class);

        assertThat(tx((UnitOfWork uow) -> uow.contacts().findByPrimaryEmail(email("aDa@EXAMPLE.com")))).contains(ada);
        assertThat(tx((UnitOfWork uow) -> uow.contacts().findByPrimaryEmail(email("x@example.com")))).isEmpty();
    }

    @Test
    void otherEmailsAreNotUniqueAndNotFoundAsPrimary() {
        Contact ada = insert(data.contactWithEmail("ada@example.com"));
        Contact first = insert(data.contactBuilder("Eve", null).addOtherEmails(email("shared@example.com"), email("Ada@Example.com")).build());
        Contact second = insert(data.contactBuilder("Mallory", null).addOtherEmails(email("SHARED@example.com")).build());

        assertThat(tx((UnitOfWork uow) -> uow.contacts().findByPrimaryEmail(email("shared@example.com")))).isEmpty();
        assertThat(tx((UnitOfWork uow) -> uow.contacts().findByPrimaryEmail(email("ada@example.com")))).contains(ada);
        assertThat(tx((UnitOfWork uow) -> uow.contacts().findAll(List.of(first.id(), second.id())))).hasSize(2);
    }

    @Test
    void findsTheContactsOfManyPrimaryEmailsAtOnce() {
        Contact ada = insert(data.contactWithEmail("ada@example.com"));
        Contact bob = insert(data.contactWithEmail("Bob@Example.com"));
        insert(data.contactBuilder("Eve", null).addOtherEmails(email("eve@example.com")).build());
        List<EmailAddress> emails = new ArrayList<>(List.of(email("BOB@example.com"), email("ada@example.com"),
                email("eve@example.com"), email("Ada@Example.com"), email("nobody@example.com")));
        for (int i = 0; i < 1200; i++) {
            emails.add(email("absent" + i + "@example.com")); // more than one key list of a SQL store
        }

        assertThat(tx((UnitOfWork uow) -> uow.contacts().findAllByPrimaryEmails(emails)))
                .containsOnly(Map.entry("ada@example.com", ada), Map.entry("bob@example.com", bob));
        assertThat(tx((UnitOfWork uow) -> uow.contacts().findAllByPrimaryEmails(List.of()))).isEmpty();
    }

    @Test
    void aPrimaryEmailIsFreedByUpdateAndDelete() {
        Contact ada = insert(data.contactWithEmail("ada@example.com"));
        Contact bob = insert(data.contactWithEmail("bob@example.com"));

        Contact renamed = tx(uow -> uow.contacts().update(ada.withPrimaryEmail(email("ada.new@example.com"))));
        run(uow -> uow.contacts().delete(bob.id(), 1));
        Contact newAda = insert(data.contactWithEmail("Ada@example.com"));
        Contact newBob = insert(data.contactWithEmail("bob@example.com"));

        assertThat(tx((UnitOfWork uow) -> uow.contacts().findByPrimaryEmail(email("ada@example.com")))).contains(newAda);
        assertThat(tx((UnitOfWork uow) -> uow.contacts().findByPrimaryEmail(email("bob@example.com")))).contains(newBob);
        assertThat(tx((UnitOfWork uow) -> uow.contacts().findByPrimaryEmail(email("ADA.NEW@example.com")))).contains(renamed);
        Contact caseOnly = tx(uow -> uow.contacts().update(newAda.withPrimaryEmail(email("ADA@example.com"))));
        assertThat(caseOnly.primaryEmail()).contains(email("ADA@example.com"));
    }

    private record Sample(List<Contact> contacts, Account acme, Account globex) {
    }

    private Sample sample() {
        Account acme = tx(uow -> uow.accounts().insert(data.account("Acme")));
        Account globex = tx(uow -> uow.accounts().insert(data.account("Globex")));
        UserId ann = UserId.of("ann");
        List<Contact> contacts = insert(List.of(
                data.contactBuilder("Ada", "Lovelace").primaryEmail(email("ada@acme.com"))
                        .addOtherEmails(email("Ada.Private@example.com")).addPhones(PhoneNumber.of("+14155550123"))
                        .addAccounts(AccountLink.of(acme.id(), "CTO")).owner(ann).build(),
                data.contactBuilder("Ada", "Byron").primaryEmail(email("byron@globex.com"))
                        .addAccounts(AccountLink.of(globex.id(), "CEO"), AccountLink.of(acme.id(), "Advisor"))
                        .lifecycleStage(LifecycleStage.CUSTOMER).build(),
                data.contactBuilder("Alan", "Turing").addPhones(PhoneNumber.of("+442079460958"), PhoneNumber.of("+14155550123"))
                        .lifecycleStage(LifecycleStage.CUSTOMER).owner(ann).build(),
                data.contactBuilder(null, "Hopper").primaryEmail(email("grace@navy.mil")).build(),
                data.contactBuilder("Grace", null).addOtherEmails(email("ADA@ACME.COM.example.org")).build(),
                data.contactBuilder("Émile", "Zola").owner(ann).build(),
                data.contactBuilder("émilie", "du Châtelet").build(),
                data.contactBuilder("100%", "Pure").build(),
                data.contactBuilder("1000", "Pure").build(),
                data.contactBuilder("Mary Ann", "Evans").build(),
                data.contactBuilder("mary", "ann Smith").build(),
                data.contactWithEmail("nobody@example.com")));
        return new Sample(contacts, acme, globex);
    }

    private Page<Contact> find(ContactQuery query, PageRequest page) {
        return tx(uow -> uow.contacts().find(query, page));
    }

    private void assertQuery(ContactQuery query, List<Contact> all, Predicate<Contact> expected) {
        Comparator<Contact> byId = Comparator.comparing(c -> c.id().value(), TckOrders.UUIDS);
        Comparator<Contact> order = query.sort() == NameSort.NAME
                ? Comparator.comparing((Contact c) -> c.lastName().orElse(""), TckOrders.CODE_POINTS)
                        .thenComparing(c -> c.firstName().orElse(""), TckOrders.CODE_POINTS).thenComparing(byId)
                : byId;
        List<Contact> matching = all.stream().filter(expected).sorted(order).toList();
        assertPagesEqual(page -> find(query, page), matching);
        assertThat(tx((UnitOfWork uow) -> uow.contacts().count(query))).as("count of %s", query).isEqualTo(matching.size());
    }

    private static boolean nameStarts(Contact c, String prefix) {
        String p = prefix.toLowerCase(Locale.ROOT);
        String first = c.firstName().orElse(null);
        String last = c.lastName().orElse(null);
        return (first != null && first.toLowerCase(Locale.ROOT).startsWith(p))
                || (last != null && last.toLowerCase(Locale.ROOT).startsWith(p))
                || (first != null && last != null && (first + " " + last).toLowerCase(Locale.ROOT).startsWith(p));
    }

    @Test
    void everyContactInCreationOrderAndInNameOrder() {
        List<Contact> all = sample().contacts();

        assertQuery(ContactQuery.all(), all, c -> true);
        assertQuery(ContactQuery.builder().sort(NameSort.NAME).build(), all, c -> true);
    }

    @Test
    void filtersByAnyEmailIgnoringCase() {
        List<Contact> all = sample().contacts();

        assertQuery(ContactQuery.builder().email(email("ADA@acme.com")).build(), all, c -> c.lastName().equals(Optional.of("Lovelace")));
        assertQuery(ContactQuery.builder().email(email("ada.private@EXAMPLE.com")).build(), all,
                c -> c.lastName().equals(Optional.of("Lovelace")));
        assertQuery(ContactQuery.builder().email(email("ada@acme.com.example.org")).build(), all,
                c -> c.firstName().equals(Optional.of("Grace")));
        assertQuery(ContactQuery.builder().email(email("acme.com@example.com")).build(), all, c -> false);
    }

    @Test
    void filtersByPhoneAccountLifecycleStageAndOwner() {
        Sample sample = sample();
        List<Contact> all = sample.contacts();
        PhoneNumber phone = PhoneNumber.of("+14155550123");

        assertQuery(ContactQuery.builder().phone(phone).sort(NameSort.NAME).build(), all, c -> c.phones().contains(phone));
        assertQuery(ContactQuery.builder().account(sample.acme().id()).build(), all, c -> c.isLinkedTo(sample.acme().id()));
        assertQuery(ContactQuery.builder().lifecycleStage(LifecycleStage.CUSTOMER).build(), all,
                c -> c.lifecycleStage() == LifecycleStage.CUSTOMER);
        assertQuery(ContactQuery.builder().owner(UserId.of("ann")).sort(NameSort.NAME).build(), all,
                c -> c.owner().equals(Optional.of(UserId.of("ann"))));
        assertQuery(ContactQuery.builder().account(sample.acme().id()).lifecycleStage(LifecycleStage.CUSTOMER)
                .owner(UserId.of("ann")).build(), all, c -> false);
        assertQuery(ContactQuery.builder().account(sample.acme().id()).lifecycleStage(LifecycleStage.CUSTOMER).build(), all,
                c -> c.lastName().equals(Optional.of("Byron")));
    }

    @Test
    void filtersByNamePrefixOnFirstLastOrFullNameIgnoringCaseAndLiterally() {
        List<Contact> all = sample().contacts();

        for (String prefix : List.of("ada", "ADA L", "ada b", "lovel", "Hop", "grace", "émi", "ÉMILE Z", "du ch", "100%",
                "100", "1%", "mary ann", "Mary Ann E", "ann smi", "Turing", "x", "Ada  Lovelace")) {
            assertQuery(ContactQuery.builder().namePrefix(prefix).sort(NameSort.NAME).build(), all, c -> nameStarts(c, prefix));
        }
    }

    @Test
    void cursorsKeepTheirPositionWhenRecordsAreAddedBeforeAndAfterIt() {
        List<Contact> all = sample().contacts();
        Page<Contact> first = find(ContactQuery.all(), PageRequest.first(5));

        Contact later = insert(data.contact("Late", "Comer"));
        List<Contact> rest = PageAssertions.walkFrom(page -> find(ContactQuery.all(), page), first.nextRequest(3));

        List<Contact> expected = new java.util.ArrayList<>(all.subList(5, all.size()));
        expected.add(later);
        assertThat(rest).containsExactlyElementsOf(expected);
    }

    @Test
    void rejectsCursorsItDidNotMake() {
        sample();

        CursorAssertions.assertRejectsForeignCursors(page -> find(ContactQuery.all(), page),
                page -> find(ContactQuery.builder().sort(NameSort.NAME).build(), page));
    }

    @Test
    void keepsEveryField() {
        Account acme = tx(uow -> uow.accounts().insert(data.account("Acme")));
        Contact full = data.contactBuilder("Ada", "Lovelace").primaryEmail(email("Ada.Lovelace@Example.com"))
                .addOtherEmails(email("ada@home.example.org"), email("countess@example.net"))
                .addPhones(PhoneNumber.of("+442079460958"), PhoneNumber.of("+14155550123"))
                .title("Analyst").addAccounts(AccountLink.of(acme.id(), "Board member"))
                .lifecycleStage(LifecycleStage.SALES_QUALIFIED)
                .putLifecycleEnteredAt(LifecycleStage.LEAD, TckData.at(-3_000_000))
                .putLifecycleEnteredAt(LifecycleStage.SALES_QUALIFIED, TckData.at(-1))
                .leadSource("Referral").owner(UserId.of("owner@host")).consent(new Consent(true, false, true))
                .addExternalIds(ExternalId.of("hubspot", "c-1"))
                .putProperties("score", PropertyValue.number(new BigDecimal("12.500")))
                .putProperties("vip", PropertyValue.bool(true))
                .putProperties("notes", PropertyValue.text("multi\nline \"quoted\" text"))
                .updatedAt(TckData.at(1)).build();

        assertThat(insert(full)).isEqualTo(full.withVersion(1));
        assertThat(reread(full.id())).contains(full.withVersion(1));
    }
}
