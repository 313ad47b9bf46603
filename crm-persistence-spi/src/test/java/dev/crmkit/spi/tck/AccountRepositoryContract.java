package dev.crmkit.spi.tck;

import static dev.crmkit.spi.tck.PageAssertions.assertPagesEqual;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.shared.AccountId;
import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.core.model.shared.UserId;
import dev.crmkit.spi.AccountQuery;
import dev.crmkit.spi.AccountRepository;
import dev.crmkit.spi.NameSort;
import dev.crmkit.spi.Page;
import dev.crmkit.spi.PageRequest;
import dev.crmkit.spi.UnitOfWork;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The contract of {@link AccountRepository}: CRUD, external ids, and every query filter, order and page. */
public abstract class AccountRepositoryContract extends ExternallyIdentifiedRepositoryContract<Account, AccountId> {
    private int counter;

    @Override
    protected AccountRepository repository(UnitOfWork uow) {
        return uow.accounts();
    }

    @Override
    protected Account newRecord() {
        counter++;
        return data.accountBuilder("Account " + counter).industry("Software").build();
    }

    @Override
    protected Account changed(Account record) {
        return record.withName(record.name() + " (renamed)").withEmployeeCount(record.employeeCount().orElse(0) + 10)
                .withUpdatedAt(record.updatedAt().plusSeconds(60));
    }

    @Override
    protected AccountId idOf(Account record) {
        return record.id();
    }

    @Override
    protected long versionOf(Account record) {
        return record.version();
    }

    @Override
    protected Account withVersion(Account record, long version) {
        return record.withVersion(version);
    }

    @Override
    protected String expectedKind() {
        return "Account";
    }

    @Override
    protected Account withExternalIds(Account record, Set<ExternalId> externalIds) {
        return record.withExternalIds(externalIds);
    }

    @Override
    protected Set<ExternalId> externalIdsOf(Account record) {
        return record.externalIds();
    }

    @Override
    protected Account asUpserted(Account incoming, Account stored, Set<ExternalId> externalIds, long version) {
        return incoming.withId(stored.id()).withCreatedAt(stored.createdAt()).withExternalIds(externalIds).withVersion(version);
    }

    private Page<Account> find(AccountQuery query, PageRequest page) {
        return tx(uow -> uow.accounts().find(query, page));
    }

    private void assertQuery(AccountQuery query, List<Account> all, Predicate<Account> expected) {
        Comparator<Account> order = query.sort() == NameSort.NAME
                ? Comparator.comparing(Account::name, TckOrders.CODE_POINTS).thenComparing(a -> a.id().value(), TckOrders.UUIDS)
                : Comparator.comparing(a -> a.id().value(), TckOrders.UUIDS);
        List<Account> matching = all.stream().filter(expected).sorted(order).toList();
        assertPagesEqual(page -> find(query, page), matching);
        assertThat(tx((UnitOfWork uow) -> uow.accounts().count(query))).as("count of %s", query).isEqualTo(matching.size());
    }

    private List<Account> sampleAccounts() {
        UserId ann = UserId.of("ann");
        UserId bob = UserId.of("bob");
        Account parent = data.accountBuilder("Globex Holding").domain("globex.com").owner(ann).build();
        return insert(List.of(
                parent,
                data.accountBuilder("globex Europe").domain("globex.eu").owner(bob).parent(parent.id()).build(),
                data.accountBuilder("Globex Asia").domain("globex.asia").owner(ann).parent(parent.id()).build(),
                data.accountBuilder("Acme").domain("acme.com").owner(bob).build(),
                data.accountBuilder("ACME Labs").domain("https://www.acme-labs.io/about").build(),
                data.accountBuilder("Initech").owner(ann).build(),
                data.accountBuilder("100% Organic").domain("organic.com").build(),
                data.accountBuilder("100 Percent").build(),
                data.accountBuilder("a_b Trading").build(),
                data.accountBuilder("axb Trading").build(),
                data.accountBuilder("Zeta").domain("zeta.org").owner(bob).build(),
                data.accountBuilder("zeta").domain("zeta.net").build()));
    }

    @Test
    void everyAccountInCreationOrderAndInNameOrder() {
        List<Account> all = sampleAccounts();

        assertQuery(AccountQuery.all(), all, a -> true);
        assertQuery(AccountQuery.builder().sort(NameSort.NAME).build(), all, a -> true);
    }

    @Test
    void filtersByNormalizedDomain() {
        List<Account> all = sampleAccounts();

        assertQuery(AccountQuery.builder().domain("globex.com").build(), all, a -> a.domain().orElse("").equals("globex.com"));
        assertQuery(AccountQuery.builder().domain("HTTPS://WWW.Acme-Labs.io/contact").build(), all,
                a -> a.domain().orElse("").equals("acme-labs.io"));
        assertQuery(AccountQuery.builder().domain("nowhere.com").build(), all, a -> false);
    }

    @Test
    void filtersByNamePrefixIgnoringCaseAndLiterally() {
        List<Account> all = sampleAccounts();

        assertQuery(AccountQuery.builder().namePrefix("globex").build(), all, a -> a.name().toLowerCase().startsWith("globex"));
        assertQuery(AccountQuery.builder().namePrefix("ACME").sort(NameSort.NAME).build(), all,
                a -> a.name().toLowerCase().startsWith("acme"));
        assertQuery(AccountQuery.builder().namePrefix("100%").build(), all, a -> a.name().startsWith("100%"));
        assertQuery(AccountQuery.builder().namePrefix("a_b").build(), all, a -> a.name().startsWith("a_b"));
        assertQuery(AccountQuery.builder().namePrefix("Zeta").build(), all, a -> a.name().equalsIgnoreCase("zeta"));
        assertQuery(AccountQuery.builder().namePrefix("lobex").build(), all, a -> false);
    }

    @Test
    void filtersByWholeNameIgnoringCaseAndLiterally() {
        List<Account> all = sampleAccounts();

        assertQuery(AccountQuery.builder().nameIgnoringCase("zeta").build(), all, a -> a.name().equalsIgnoreCase("zeta"));
        assertQuery(AccountQuery.builder().nameIgnoringCase("ACME").sort(NameSort.NAME).build(), all,
                a -> a.name().equals("Acme"));
        assertQuery(AccountQuery.builder().nameIgnoringCase("globex").build(), all, a -> false);
        assertQuery(AccountQuery.builder().nameIgnoringCase("100% organic").build(), all, a -> a.name().equals("100% Organic"));
        assertQuery(AccountQuery.builder().nameIgnoringCase("a_b trading").build(), all, a -> a.name().equals("a_b Trading"));
        assertQuery(AccountQuery.builder().nameIgnoringCase("a%b trading").build(), all, a -> false);
        assertQuery(AccountQuery.builder().nameIgnoringCase("Zeta").domain("zeta.org").build(), all,
                a -> a.name().equals("Zeta"));
    }

    @Test
    void filtersByOwnerAndParentAndCombinesFiltersWithAnd() {
        List<Account> all = sampleAccounts();
        AccountId parent = all.get(0).id();

        assertQuery(AccountQuery.builder().owner(UserId.of("ann")).build(), all,
                a -> a.owner().equals(java.util.Optional.of(UserId.of("ann"))));
        assertQuery(AccountQuery.builder().parent(parent).sort(NameSort.NAME).build(), all,
                a -> a.parent().equals(java.util.Optional.of(parent)));
        assertQuery(AccountQuery.builder().parent(parent).owner(UserId.of("ann")).namePrefix("GLOBEX").build(), all,
                a -> a.name().equals("Globex Asia"));
        assertQuery(AccountQuery.builder().owner(UserId.of("carol")).build(), all, a -> false);
    }

    @Test
    void cursorsKeepTheirPositionWhenRecordsAreAddedBeforeAndAfterIt() {
        List<Account> all = sampleAccounts();
        AccountQuery byName = AccountQuery.builder().sort(NameSort.NAME).build();
        Page<Account> first = find(byName, PageRequest.first(3));
        Account lastSeen = first.items().get(2);

        Account before = data.accountBuilder("0 First Of All").build();
        Account after = data.accountBuilder("zzz Last Of All").build();
        insert(List.of(before, after));
        run(uow -> uow.accounts().delete(lastSeen.id(), 1));

        List<Account> rest = PageAssertions.walkFrom(page -> find(byName, page), first.nextRequest(4));
        List<Account> expected = all.stream().filter(a -> TckOrders.CODE_POINTS.compare(a.name(), lastSeen.name()) > 0)
                .sorted(Comparator.comparing(Account::name, TckOrders.CODE_POINTS)).toList();
        assertThat(rest).containsExactlyElementsOf(
                java.util.stream.Stream.concat(expected.stream(), java.util.stream.Stream.of(after.withVersion(1))).toList());
    }

    @Test
    void rejectsCursorsItDidNotMake() {
        sampleAccounts();

        CursorAssertions.assertRejectsForeignCursors(page -> find(AccountQuery.all(), page),
                page -> find(AccountQuery.builder().sort(NameSort.NAME).build(), page));
    }

    @Test
    void keepsEveryField() {
        Account parent = insert(newRecord());
        Account full = data.accountBuilder("Full Account GmbH").domain("full.de").industry("Manufacturing")
                .employeeCount(1200).annualRevenue(dev.crmkit.core.model.shared.Money.of("123456789.99", "EUR"))
                .country("DE").owner(UserId.of("owner-1")).parent(parent.id())
                .addExternalIds(ExternalId.of("hubspot", "77"), ExternalId.of("erp", "K-1"))
                .putProperties("tier", dev.crmkit.core.model.shared.PropertyValue.choice("gold"))
                .putProperties("since", dev.crmkit.core.model.shared.PropertyValue.date(java.time.LocalDate.of(2019, 2, 28)))
                .updatedAt(Instant.parse("2024-05-02T10:00:00.000001Z")).build();

        Account stored = insert(full);

        assertThat(stored).isEqualTo(full.withVersion(1));
        assertThat(reread(full.id())).contains(full.withVersion(1));
    }
}
