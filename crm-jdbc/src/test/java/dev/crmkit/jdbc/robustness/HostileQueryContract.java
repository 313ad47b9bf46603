package dev.crmkit.jdbc.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.activity.Activity;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.shared.EmailAddress;
import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.core.model.shared.ObjectType;
import dev.crmkit.core.model.shared.TenantId;
import dev.crmkit.core.model.shared.UserId;
import dev.crmkit.jdbc.JdbcCrmStore;
import dev.crmkit.jdbc.internal.ForgedCursors;
import dev.crmkit.spi.AccountQuery;
import dev.crmkit.spi.ActivityQuery;
import dev.crmkit.spi.ContactQuery;
import dev.crmkit.spi.CrmStore;
import dev.crmkit.spi.DealGrouping;
import dev.crmkit.spi.DealQuery;
import dev.crmkit.spi.DealSort;
import dev.crmkit.spi.DealStatus;
import dev.crmkit.spi.InvalidCursorException;
import dev.crmkit.spi.NameSort;
import dev.crmkit.spi.Page;
import dev.crmkit.spi.PageRequest;
import dev.crmkit.spi.StageChangeQuery;
import dev.crmkit.spi.TimeOrder;
import dev.crmkit.spi.UnitOfWork;
import dev.crmkit.spi.UpsertResult;
import dev.crmkit.spi.memory.InMemoryCrmStore;
import dev.crmkit.spi.tck.AggregateAssertions;
import dev.crmkit.spi.tck.PageAssertions;
import dev.crmkit.spi.tck.TckOrders;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile query input against a JDBC store: every text a repository query takes (name prefixes, search text,
 * emails, owners, domains, stage keys, external-id sources and ids, property keys, page cursors) is fed each
 * payload of {@link HostileText}, over records whose own texts are those payloads and their decoys
 * ({@link HostileData}). Every query must return exactly what {@link InMemoryCrmStore} returns on the same data
 * (results, order, page boundaries, counts and aggregations), text filters must also match what plain Java
 * string matching selects, every failure must be the exception the reference store throws, altered and forged
 * cursors must be {@link InvalidCursorException}s, and afterwards the schema and every table's row count must be
 * as seeding left them. The same records live in a second tenant whose id the first one's would match as a
 * {@code LIKE} pattern, so a leak across tenants shows as a difference too.
 *
 * <p>A database's test only says which database ({@link #kind()}); the class uses a database of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class HostileQueryContract {
    static final TenantId TENANT = TenantId.of("hostile_1");
    /** The same records as {@link #TENANT}, in a tenant whose id {@code hostile_1} matches as a LIKE pattern. */
    static final TenantId LOOKALIKE = TenantId.of("hostileX1");
    /** Pages of three, so most filters' results span pages and their cursors carry hostile sort keys. */
    static final int SMALL_PAGE = 3;
    /** Pages for orders whose cursors hold only moments, dates and ids (they need not be as small). */
    static final int MEDIUM_PAGE = 20;
    /** Pages for walking every record of a kind. */
    static final int LARGE_PAGE = 97;
    /** A stage of the seeded pipeline, for filters that mix a hostile key with a real one. */
    static final String REAL_STAGE = "qualification";

    private final InMemoryCrmStore memory = new InMemoryCrmStore();
    private final HostileData data = HostileData.build();
    private ScratchDatabase database;
    private JdbcCrmStore jdbc;
    private SchemaSnapshot seeded;

    /** The database under test. */
    protected abstract ScratchDatabase.Kind kind();

    @BeforeAll
    final void seed() {
        database = ScratchDatabase.create(kind(), 2);
        jdbc = database.migratedStore();
        for (CrmStore store : List.of(jdbc, memory)) {
            data.seed(store, TENANT, true);
            data.seed(store, LOOKALIKE, false);
        }
        seeded = database.snapshot();
    }

    @AfterAll
    final void dropDatabase() {
        if (jdbc != null) {
            jdbc.close();
        }
        if (database != null) {
            database.close();
        }
    }

    /** One payload as a test argument, named in printable ASCII (test reports are XML). */
    record Payload(String text) {
        @Override
        public String toString() {
            return HostileText.printable(text);
        }
    }

    Stream<Payload> payloads() {
        return HostileText.PAYLOADS.stream().map(Payload::new);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void accountFiltersMatchTheTextLiterally(Payload payload) {
        String text = payload.text();
        sameInBothNameOrders("accounts whose name starts with it", data.accounts(), a -> startsWithIgnoringCase(a.name(), text),
                Account::id, (uow, sort) -> page -> uow.accounts().find(AccountQuery.builder().namePrefix(text).sort(sort)
                        .build(), page));
        same("count of accounts whose name starts with it",
                uow -> uow.accounts().count(AccountQuery.builder().namePrefix(text).build()));
        same("accounts it owns",
                uow -> walk(page -> uow.accounts().find(AccountQuery.builder().owner(UserId.of(text)).build(), page)));
        same("accounts of it as a domain",
                uow -> walk(page -> uow.accounts().find(AccountQuery.builder().domain(text).build(), page)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void contactFiltersMatchTheTextLiterally(Payload payload) {
        String text = payload.text();
        sameInBothNameOrders("contacts whose name starts with it", data.contacts(), c -> nameStartsWith(c, text), Contact::id,
                (uow, sort) -> page -> uow.contacts().find(ContactQuery.builder().namePrefix(text).sort(sort).build(), page));
        same("count of contacts whose name starts with it",
                uow -> uow.contacts().count(ContactQuery.builder().namePrefix(text).build()));
        same("contacts it owns",
                uow -> walk(page -> uow.contacts().find(ContactQuery.builder().owner(UserId.of(text)).build(), page)));
        same("contacts with it as an email", uow -> walk(page -> uow.contacts().find(
                ContactQuery.builder().email(EmailAddress.of(text)).build(), page)));
        HostileData.emailOf(text).ifPresent(email -> {
            same("contacts with an email made of its characters",
                    uow -> walk(page -> uow.contacts().find(ContactQuery.builder().email(email).build(), page)));
            same("count of contacts with that email", uow -> uow.contacts().count(ContactQuery.builder().email(email).build()));
            same("contact whose primary email that is", uow -> uow.contacts().findByPrimaryEmail(email));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void dealFiltersAndAggregationsMatchTheTextLiterally(Payload payload) {
        String text = payload.text();
        for (DealSort sort : DealSort.values()) {
            List<Deal> found = same("deals in it as a stage, " + sort, uow -> walk(page -> uow.deals()
                    .find(DealQuery.builder().addStages(text).sort(sort).build(), page), pageFor(sort == DealSort.NAME)));
            assertPlainText(found, data.deals(), d -> d.stage().equals(text), Deal::id);
        }
        same("deals in it or a real stage", uow -> walk(page -> uow.deals().find(
                DealQuery.builder().addStages(text, REAL_STAGE).sort(DealSort.NAME).build(), page), LARGE_PAGE));
        same("count of deals in it as a stage", uow -> uow.deals().count(DealQuery.builder().addStages(text).build()));
        same("deals it owns", uow -> walk(page -> uow.deals().find(DealQuery.builder().owner(UserId.of(text)).build(), page)));
        same("aggregation by stage of deals in it or a real stage", uow -> groups(uow.deals().aggregate(
                DealQuery.builder().addStages(text, REAL_STAGE).build(), EnumSet.of(DealGrouping.STAGE))));
        same("board of deals in it as a stage", uow -> groups(uow.deals().aggregate(DealQuery.builder()
                .pipeline(data.pipeline().id()).addStages(text).build(), EnumSet.of(DealGrouping.STAGE, DealGrouping.OWNER))));
        same("aggregation by owner and month of deals it owns", uow -> groups(uow.deals().aggregate(
                DealQuery.builder().owner(UserId.of(text)).build(), EnumSet.of(DealGrouping.OWNER, DealGrouping.CLOSE_MONTH))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void activityFiltersMatchTheTextLiterally(Payload payload) {
        String text = payload.text();
        for (TimeOrder order : TimeOrder.values()) {
            List<Activity> found = same("activities containing it, " + order, uow -> walk(page -> uow.activities().find(
                    ActivityQuery.builder().textContains(text).order(order).build(), page), MEDIUM_PAGE));
            assertPlainText(found, data.activities(),
                    a -> containsIgnoringCase(a.subject(), text) || containsIgnoringCase(a.body().orElse(""), text), Activity::id);
        }
        same("count of activities containing it",
                uow -> uow.activities().count(ActivityQuery.builder().textContains(text).build()));
        same("activities it owns containing it", uow -> walk(page -> uow.activities().find(
                ActivityQuery.builder().owner(UserId.of(text)).textContains(text).build(), page)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void externalIdsAndPropertyKeysAreLookedUpExactly(Payload payload) {
        String text = payload.text();
        String source = HostileData.sourceOf(text);
        for (ExternalId id : new ExternalId[] {externalId(source, text), externalId(text, text)}) {
            if (id == null) {
                continue;
            }
            same("account, contact, deal and activity with external id " + id, uow -> List.of(
                    uow.accounts().findByExternalId(id), uow.contacts().findByExternalId(id),
                    uow.deals().findByExternalId(id), uow.activities().findByExternalId(id)));
        }
        same("property definition of every object type with it as key", uow -> Stream.of(ObjectType.values())
                .map(type -> uow.propertyDefinitions().findByKey(type, text)).toList());
    }

    /** Upserting the records of a hostile source again matches every one of them and inserts nothing. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void upsertsByAHostileSourceMatchTheirOwnRecords(Payload payload) {
        String source = HostileData.sourceOf(payload.text());
        List<Account> accounts = HostileData.bySource(data.accounts(), Account::externalIds).getOrDefault(source, List.of());
        List<Contact> contacts = HostileData.bySource(data.contacts(), Contact::externalIds).getOrDefault(source, List.of());
        List<Deal> deals = HostileData.bySource(data.deals(), Deal::externalIds).getOrDefault(source, List.of());
        List<Activity> activities = HostileData.bySource(data.activities(), Activity::externalIds).getOrDefault(source,
                List.of());
        List<UpsertResult<?>> upserted = same("upsert of the accounts, contacts, deals and activities of source " + source,
                uow -> List.of(uow.accounts().upsertAllByExternalId(source, accounts),
                        uow.contacts().upsertAllByExternalId(source, contacts), uow.deals().upsertAllByExternalId(source, deals),
                        uow.activities().upsertAllByExternalId(source, activities)));
        assertThat(upserted).as("upserts").isNotNull().allSatisfy(result -> assertThat(result.inserted())
                .as("records inserted by a repeated upsert").isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void hostileTextIsNoCursor(Payload payload) {
        for (PagedQuery query : PagedQuery.ALL) {
            assertThatThrownBy(() -> jdbc.inTransaction(TENANT, uow -> query.find(uow, PageRequest.after(payload.text(), 5))))
                    .as("%s after cursor %s", query, payload).isInstanceOf(InvalidCursorException.class);
        }
    }

    /** Every order, including names sorted by code point across the whole corpus. */
    @Test
    void everyOrderOfEveryRecordAgreesWithTheReferenceStore() {
        for (PagedQuery query : PagedQuery.ALL) {
            same(query.toString(), uow -> PageAssertions.walk(page -> query.find(uow, page), LARGE_PAGE));
        }
        List<String> names = jdbc.inTransaction(TENANT, uow -> PageAssertions.walk(page -> uow.accounts()
                .find(AccountQuery.builder().sort(NameSort.NAME).build(), page), LARGE_PAGE)).stream().map(Account::name).toList();
        assertThat(names).as("account names in NAME order").isSortedAccordingTo(TckOrders.CODE_POINTS);
        for (DealStatus status : DealStatus.values()) {
            same("count of " + status + " deals", uow -> uow.deals().count(DealQuery.builder().status(status).build()));
        }
    }

    /** Every combination of group keys, over hostile owners and stage keys, with and without a pipeline. */
    @Test
    void everyGroupingAgreesWithTheReferenceStore() {
        for (Set<DealGrouping> grouping : subsets(DealGrouping.values())) {
            same("aggregation by " + grouping, uow -> groups(uow.deals().aggregate(DealQuery.all(), grouping)));
            same("aggregation of the pipeline by " + grouping, uow -> groups(uow.deals().aggregate(
                    DealQuery.builder().pipeline(data.pipeline().id()).status(DealStatus.OPEN).build(), grouping)));
        }
    }

    @Test
    void alteredCursorsAreRejected() {
        for (PagedQuery query : PagedQuery.ALL) {
            String cursor = firstCursor(query, TENANT);
            for (String altered : TamperedCursors.alterations(cursor)) {
                assertThatThrownBy(() -> jdbc.inTransaction(TENANT, uow -> query.find(uow, PageRequest.after(altered, 5))))
                        .as("%s after altered cursor %s", query, altered).isInstanceOf(InvalidCursorException.class);
            }
        }
    }

    @Test
    void cursorsOfAnotherQueryOrTenantAreRejected() {
        for (PagedQuery made : PagedQuery.ALL) {
            String own = firstCursor(made, TENANT);
            String lookalike = firstCursor(made, LOOKALIKE);
            assertThatThrownBy(() -> jdbc.inTransaction(TENANT, uow -> made.find(uow, PageRequest.after(lookalike, 5))))
                    .as("%s after a cursor of tenant %s", made, LOOKALIKE).isInstanceOf(InvalidCursorException.class);
            for (PagedQuery other : PagedQuery.ALL) {
                if (other != made) {
                    assertThatThrownBy(() -> jdbc.inTransaction(TENANT, uow -> other.find(uow, PageRequest.after(own, 5))))
                            .as("%s after a cursor of %s", other, made).isInstanceOf(InvalidCursorException.class);
                }
            }
        }
    }

    /**
     * Cursors sealed with the store's default key but holding hostile sort keys: a name that is a payload must
     * position the page exactly where that text would sort; keys that are no name, moment, date or id must be
     * {@link InvalidCursorException}s, never a parse error or a SQL error.
     */
    @Test
    void forgedCursorsArePositionsOrInvalid() {
        String nil = new UUID(0, 0).toString();
        PagedQuery accounts = PagedQuery.accounts(NameSort.NAME);
        PagedQuery contacts = PagedQuery.contactsNamed();
        List<Account> allAccounts = referenceWalk(accounts);
        List<Contact> allContacts = referenceWalk(contacts);
        String accountCursor = firstCursor(accounts, TENANT);
        String contactCursor = firstCursor(contacts, TENANT);
        for (String text : HostileText.PAYLOADS) {
            String forgedAccount = ForgedCursors.forge(accountCursor, Arrays.asList(text, nil));
            assertThat(jdbcPage(accounts, forgedAccount, 3)).as("accounts after the name %s", HostileText.printable(text))
                    .isEqualTo(firstAfter(allAccounts, a -> TckOrders.CODE_POINTS.compare(a.name(), text) >= 0, 3));
            String forgedContact = ForgedCursors.forge(contactCursor, Arrays.asList(text, text, nil));
            assertThat(jdbcPage(contacts, forgedContact, 3)).as("contacts after the name %s", HostileText.printable(text))
                    .isEqualTo(firstAfter(allContacts, c -> compareName(c, text) >= 0, 3));
        }
        for (PagedQuery query : PagedQuery.ALL) {
            int keys = query.keys();
            List<List<String>> forgeries = new ArrayList<>();
            forgeries.add(repeat(null, keys));                       // no keys at all
            // every third payload: what matters here is that none parses as a moment, a date or an id
            for (int i = 0; i < HostileText.PAYLOADS.size(); i += 3) {
                String text = HostileText.PAYLOADS.get(i);
                forgeries.add(repeat(text, keys));                   // the payload as every key, the id included
                List<String> payloadAsId = repeat(nil, keys);
                payloadAsId.set(keys - 1, text);
                forgeries.add(payloadAsId);
            }
            String genuine = firstCursor(query, TENANT);
            for (List<String> values : forgeries) {
                String forged = ForgedCursors.forge(genuine, values);
                Outcome<Page<Object>> outcome = Outcome.of(() -> jdbc.inTransaction(TENANT,
                        uow -> query.find(uow, PageRequest.after(forged, 3))));
                assertThat(outcome.error()).as("%s after forged keys %s", query, values)
                        .isInstanceOf(InvalidCursorException.class);
            }
        }
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void theSchemaAndEveryTableAreAsSeeded() {
        assertThat(database.snapshot()).isEqualTo(seeded);
    }

    /**
     * Runs {@code query} in {@link #TENANT} on the JDBC store and on the reference store, checks that they agree
     * and returns the JDBC store's value ({@code null} when both threw).
     */
    private <T> T same(String what, Function<UnitOfWork, T> query) {
        Outcome<T> expected = Outcome.of(() -> memory.inTransaction(TENANT, query));
        Outcome<T> actual = Outcome.of(() -> jdbc.inTransaction(TENANT, query));
        actual.assertAgreesWith(expected, what);
        return actual.value();
    }

    /**
     * A name filter in both name orders ({@code query} makes its pages): the stores agree, and the reference store
     * selected what plain string matching selects.
     */
    private <T, I> void sameInBothNameOrders(String what, List<T> seeded, Predicate<T> matches, Function<T, I> id,
                                             BiFunction<UnitOfWork, NameSort, Function<PageRequest, Page<T>>> query) {
        for (NameSort sort : NameSort.values()) {
            List<T> found = same(what + ", " + sort, uow -> walk(query.apply(uow, sort), pageFor(sort == NameSort.NAME)));
            assertPlainText(found, seeded, matches, id);
        }
    }

    /**
     * Checks the reference store itself: a text filter selected exactly the seeded records plain Java string
     * matching selects ({@code found} is null when the query was invalid, which both stores agreed on).
     */
    private static <T, I> void assertPlainText(List<T> found, List<T> seeded, Predicate<T> matches, Function<T, I> id) {
        if (found != null) {
            assertThat(found.stream().map(id).toList()).as("records the text matches as plain text")
                    .containsExactlyInAnyOrderElementsOf(seeded.stream().filter(matches).map(id).toList());
        }
    }

    private static <T> List<T> walk(Function<PageRequest, Page<T>> query) {
        return walk(query, SMALL_PAGE);
    }

    private static <T> List<T> walk(Function<PageRequest, Page<T>> query, int size) {
        return PageAssertions.walk(query, size);
    }

    /** Small pages where the cursors hold names, so they carry the hostile text; larger ones elsewhere. */
    private static int pageFor(boolean byName) {
        return byName ? SMALL_PAGE : MEDIUM_PAGE;
    }

    /** The groups of an aggregation in a fixed order (stores return them in none). */
    private static List<AggregateAssertions.Group> groups(List<dev.crmkit.spi.DealAggregate> aggregates) {
        return AggregateAssertions.groups(aggregates).stream().sorted(Comparator.comparing(Object::toString)).toList();
    }

    private String firstCursor(PagedQuery query, TenantId tenant) {
        return jdbc.inTransaction(tenant, uow -> query.find(uow, PageRequest.first(1))).nextCursor().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> referenceWalk(PagedQuery query) {
        return (List<T>) memory.inTransaction(TENANT, uow -> PageAssertions.walk(page -> query.find(uow, page), 1000));
    }

    private List<?> jdbcPage(PagedQuery query, String cursor, int limit) {
        return jdbc.inTransaction(TENANT, uow -> query.find(uow, PageRequest.after(cursor, limit))).items();
    }

    private static <T> List<T> firstAfter(List<T> ordered, Predicate<T> after, int limit) {
        return ordered.stream().filter(after).limit(limit).toList();
    }

    /** A contact's name against a (last, first) position of {@code text, text}, in NAME order. */
    private static int compareName(Contact contact, String text) {
        int last = TckOrders.CODE_POINTS.compare(contact.lastName().orElse(""), text);
        return last != 0 ? last : TckOrders.CODE_POINTS.compare(contact.firstName().orElse(""), text);
    }

    private static List<String> repeat(String value, int n) {
        List<String> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add(value);
        }
        return values;
    }

    private static ExternalId externalId(String source, String id) {
        return HostileData.valid(() -> ExternalId.of(HostileText.clip(source, 64), HostileText.clip(id, 255))).orElse(null);
    }

    private static boolean startsWithIgnoringCase(String text, String prefix) {
        return text.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT));
    }

    private static boolean containsIgnoringCase(String text, String part) {
        return text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }

    private static boolean nameStartsWith(Contact contact, String prefix) {
        String first = contact.firstName().orElse("");
        String last = contact.lastName().orElse("");
        return contact.firstName().isPresent() && startsWithIgnoringCase(first, prefix)
                || contact.lastName().isPresent() && startsWithIgnoringCase(last, prefix)
                || contact.firstName().isPresent() && contact.lastName().isPresent()
                && startsWithIgnoringCase(first + " " + last, prefix);
    }

    private static <E extends Enum<E>> List<Set<E>> subsets(E[] values) {
        List<Set<E>> subsets = new ArrayList<>();
        for (int mask = 0; mask < 1 << values.length; mask++) {
            Set<E> subset = EnumSet.noneOf(values[0].getDeclaringClass());
            for (int i = 0; i < values.length; i++) {
                if ((mask & 1 << i) != 0) {
                    subset.add(values[i]);
                }
            }
            subsets.add(subset);
        }
        return subsets;
    }

    /**
     * A paged query of every record of a kind in one of its orders, with the number of sort keys its cursor
     * holds (the id included).
     */
    record PagedQuery(String name, int keys, BiFunction<UnitOfWork, PageRequest, Page<?>> find) {
        static final List<PagedQuery> ALL = List.of(accounts(NameSort.CREATED), accounts(NameSort.NAME),
                new PagedQuery("contacts CREATED", 1, (uow, page) -> uow.contacts().find(ContactQuery.all(), page)),
                contactsNamed(),
                deals(DealSort.CREATED, 1), deals(DealSort.NAME, 2), deals(DealSort.EXPECTED_CLOSE_DATE, 2),
                activities(TimeOrder.OLDEST_FIRST), activities(TimeOrder.NEWEST_FIRST),
                new PagedQuery("stage history", 2, (uow, page) -> uow.stageHistory().find(StageChangeQuery.all(), page)));

        static PagedQuery accounts(NameSort sort) {
            return new PagedQuery("accounts " + sort, sort == NameSort.NAME ? 2 : 1,
                    (uow, page) -> uow.accounts().find(AccountQuery.builder().sort(sort).build(), page));
        }

        static PagedQuery contactsNamed() {
            return new PagedQuery("contacts NAME", 3,
                    (uow, page) -> uow.contacts().find(ContactQuery.builder().sort(NameSort.NAME).build(), page));
        }

        private static PagedQuery deals(DealSort sort, int keys) {
            return new PagedQuery("deals " + sort, keys, (uow, page) -> uow.deals().find(DealQuery.builder().sort(sort).build(), page));
        }

        private static PagedQuery activities(TimeOrder order) {
            return new PagedQuery("activities " + order, 2,
                    (uow, page) -> uow.activities().find(ActivityQuery.builder().order(order).build(), page));
        }

        @SuppressWarnings("unchecked")
        Page<Object> find(UnitOfWork uow, PageRequest page) {
            return (Page<Object>) find.apply(uow, page);
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
