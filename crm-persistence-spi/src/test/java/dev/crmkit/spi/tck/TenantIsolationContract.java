package dev.crmkit.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.crmkit.core.error.NotFoundException;
import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.activity.Activity;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.StageChange;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.property.PropertyDefinition;
import dev.crmkit.core.model.shared.AccountId;
import dev.crmkit.core.model.shared.ActivityId;
import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.core.model.shared.DealId;
import dev.crmkit.core.model.shared.EmailAddress;
import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.ObjectType;
import dev.crmkit.core.model.shared.PropertyDefinitionId;
import dev.crmkit.core.model.shared.PropertyType;
import dev.crmkit.core.model.shared.TenantId;
import dev.crmkit.core.model.shared.UserId;
import dev.crmkit.spi.AccountQuery;
import dev.crmkit.spi.ActivityQuery;
import dev.crmkit.spi.ContactQuery;
import dev.crmkit.spi.DealAggregate;
import dev.crmkit.spi.DealGrouping;
import dev.crmkit.spi.DealQuery;
import dev.crmkit.spi.DuplicateKeyException;
import dev.crmkit.spi.Pages;
import dev.crmkit.spi.PageRequest;
import dev.crmkit.spi.Page;
import dev.crmkit.spi.TimeOrder;
import dev.crmkit.spi.DealSort;
import dev.crmkit.spi.NameSort;
import dev.crmkit.spi.InvalidCursorException;
import dev.crmkit.spi.StageChangeQuery;
import dev.crmkit.spi.UnitOfWork;
import dev.crmkit.spi.UpsertResult;
import dev.crmkit.spi.VersionConflictException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Nothing crosses tenants. Three tenants write records that share emails, external ids, property keys and
 * sometimes even ids; after every operation a probe in some tenant checks that every read (find, findAll,
 * look-ups by external id and email, every query, counts, aggregates, stage history, pipelines, property
 * definitions) returns exactly what that tenant wrote, that unique keys clash only within a tenant, and
 * that another tenant's ids behave as absent (find is empty, update and delete are version conflicts,
 * appending history is "not found").
 */
public abstract class TenantIsolationContract extends StoreContract {
    /** Random operation sequences tried; {@link #examples()} can lower it for slow stores. */
    public static final int EXAMPLES = 200;
    /** Operations per sequence, each followed by an isolation probe: EXAMPLES x this = checks per run. */
    public static final int OPERATIONS_PER_EXAMPLE = 50;

    private static final List<TenantId> TENANTS = List.of(TenantId.of("iso-1"), TenantId.of("iso-2"), TenantId.of("iso-3"));
    private static final List<String> EMAILS = List.of("ada@example.com", "ADA@example.com", "bob@example.org", "eve@example.net");
    private static final List<ExternalId> EXTERNAL_IDS = List.of(ExternalId.of("crm", "1"), ExternalId.of("crm", "2"),
            ExternalId.of("erp", "1"));
    private static final List<String> NAMES = List.of("Acme", "acme labs", "Globex", "東京", "Zeta 😀");
    private static final List<String> PROPERTY_KEYS = List.of("budget", "region");
    private static final int OPERATIONS = 11;
    private static final int PROBES = 6;

    /** How many random sequences to run. */
    protected int examples() {
        return EXAMPLES;
    }

    /** How many operations each sequence has. */
    protected int operationsPerExample() {
        return OPERATIONS_PER_EXAMPLE;
    }

    /** One random step: an operation in a tenant, then a probe in a tenant. */
    record Step(int tenant, int operation, int a, int b) {
    }

    @Test
    void nothingOfOneTenantEverAppearsToAnother() {
        Gen<Step> step = integers().between(0, TENANTS.size() - 1).zip(integers().between(0, OPERATIONS - 1),
                integers().between(0, 999), integers().between(0, 999), Step::new);
        qt().withFixedSeed(TckSeeds.seed()).withExamples(examples()).withShrinkCycles(20)
                .forAll(lists().of(step).ofSize(operationsPerExample()))
                .checkAssert(this::runExample);
    }

    @Test
    void theSameIdsEmailsAndExternalIdsLiveIndependentlyInEachTenant() {
        Account account = data.account("Shared").withExternalIds(ExternalId.of("crm", "1"));
        Contact contact = data.contactWithEmail("shared@example.com");
        store.run(TENANT, uow -> {
            uow.accounts().insert(account);
            uow.contacts().insert(contact);
        });
        Account theirs = account.withName("Theirs");
        store.run(OTHER_TENANT, uow -> {
            uow.accounts().insert(theirs);
            uow.contacts().insert(contact.withPrimaryEmail(EmailAddress.of("SHARED@example.com")));
        });
        store.run(OTHER_TENANT, uow -> uow.accounts().update(theirs.withVersion(1).withName("Theirs v2")));

        assertThat(store.inTransaction(TENANT, (UnitOfWork uow) -> uow.accounts().find(account.id()))).contains(account.withVersion(1));
        assertThat(store.inTransaction(OTHER_TENANT, (UnitOfWork uow) -> uow.accounts().findByExternalId(ExternalId.of("crm", "1"))))
                .map(Account::name).contains("Theirs v2");
        assertThat(store.inTransaction(TENANT, (UnitOfWork uow) -> uow.contacts().findByPrimaryEmail(EmailAddress.of("shared@example.com"))))
                .contains(contact.withVersion(1));
        store.run(TENANT, uow -> uow.accounts().delete(account.id(), 1));
        assertThat(store.inTransaction(OTHER_TENANT, (UnitOfWork uow) -> uow.accounts().find(account.id()))).isPresent();
    }

    @Test
    void anotherTenantsRecordsBehaveAsAbsent() {
        Pipeline sales = data.pipeline("Sales");
        Deal deal = data.deal(sales, "Theirs");
        store.run(OTHER_TENANT, uow -> {
            uow.pipelines().insert(sales);
            uow.deals().insert(deal);
        });

        assertThat(store.inTransaction(TENANT, (UnitOfWork uow) -> uow.deals().find(deal.id()))).isEmpty();
        assertThat(store.inTransaction(TENANT, (UnitOfWork uow) -> uow.pipelines().findAll())).isEmpty();
        assertThatThrownBy(() -> store.run(TENANT, uow -> uow.deals().update(deal.withVersion(1).withName("Mine"))))
                .isInstanceOf(VersionConflictException.class);
        assertThatThrownBy(() -> store.run(TENANT, uow -> uow.deals().delete(deal.id(), 1)))
                .isInstanceOf(VersionConflictException.class);
        assertThatThrownBy(() -> store.run(TENANT, uow -> uow.pipelines().delete(sales.id(), 1)))
                .isInstanceOf(VersionConflictException.class);
        assertThatThrownBy(() -> store.run(TENANT, uow -> uow.stageHistory().append(data.stageChange(deal, null, "prospecting", TckData.NOW, 10))))
                .isInstanceOf(NotFoundException.class);
        assertThat(store.inTransaction(OTHER_TENANT, (UnitOfWork uow) -> uow.deals().find(deal.id()))).contains(deal.withVersion(1));
    }

    /**
     * A page cursor is a position in one tenant's rows. Both tenants hold the same records (same ids, names and
     * moments), so a cursor from the other tenant would even be a plausible position; it must still be rejected,
     * by every paged query, as a cursor the query did not make.
     */
    @Test
    void aCursorMadeInAnotherTenantIsRejected() {
        Pipeline sales = data.pipeline("Sales");
        Account first = data.account("Acme");
        Account second = data.account("Globex");
        Contact ada = data.contact("Ada", "Lovelace");
        Contact bob = data.contact("Bob", "Babbage");
        Deal one = data.deal(sales, "One");
        Deal two = data.deal(sales, "Two");
        List<Activity> notes = List.of(data.note(first.id(), "first", TckData.NOW), data.note(first.id(), "second", TckData.NOW.plusSeconds(1)));
        for (TenantId tenant : List.of(TENANT, OTHER_TENANT)) {
            store.run(tenant, uow -> {
                uow.pipelines().insert(sales);
                uow.accounts().insertAll(List.of(first, second));
                uow.contacts().insertAll(List.of(ada, bob));
                uow.deals().insertAll(List.of(one, two));
                uow.activities().insertAll(notes);
                uow.stageHistory().append(data.stageChange(one, null, "prospecting", TckData.NOW, 10));
                uow.stageHistory().append(data.stageChange(two, null, "prospecting", TckData.NOW.plusSeconds(1), 10));
            });
        }
        Map<String, Function<UnitOfWork, Function<PageRequest, Page<?>>>> queries = new LinkedHashMap<>();
        for (NameSort sort : NameSort.values()) {
            queries.put("accounts by " + sort, uow -> p -> uow.accounts().find(AccountQuery.builder().sort(sort).build(), p));
            queries.put("contacts by " + sort, uow -> p -> uow.contacts().find(ContactQuery.builder().sort(sort).build(), p));
        }
        for (DealSort sort : DealSort.values()) {
            queries.put("deals by " + sort, uow -> p -> uow.deals().find(DealQuery.builder().sort(sort).build(), p));
        }
        for (TimeOrder order : TimeOrder.values()) {
            queries.put("activities " + order, uow -> p -> uow.activities().find(ActivityQuery.builder().order(order).build(), p));
        }
        queries.put("stage history", uow -> p -> uow.stageHistory().find(StageChangeQuery.all(), p));

        queries.forEach((name, query) -> {
            String theirs = store.inTransaction(OTHER_TENANT, (UnitOfWork uow) -> query.apply(uow).apply(PageRequest.first(1)))
                    .nextCursor().orElseThrow();
            assertThatThrownBy(() -> store.inTransaction(TENANT, (UnitOfWork uow) -> query.apply(uow).apply(PageRequest.after(theirs, 10))))
                    .as("%s after a cursor of tenant %s", name, OTHER_TENANT).isInstanceOf(InvalidCursorException.class);
            String own = store.inTransaction(TENANT, (UnitOfWork uow) -> query.apply(uow).apply(PageRequest.first(1)))
                    .nextCursor().orElseThrow();
            assertThat(store.inTransaction(TENANT, (UnitOfWork uow) -> query.apply(uow).apply(PageRequest.after(own, 10))).items())
                    .as("%s after its own cursor", name).hasSize(1);
        });
    }

    /** What one tenant has, as the test wrote it: the model every read is compared with. */
    private static final class Model {
        final TenantId tenant;
        final UserId owner;
        final Pipeline pipeline;
        final Map<AccountId, Account> accounts = new LinkedHashMap<>();
        final Map<ContactId, Contact> contacts = new LinkedHashMap<>();
        final Map<DealId, Deal> deals = new LinkedHashMap<>();
        final Map<ActivityId, Activity> activities = new LinkedHashMap<>();
        final Map<PropertyDefinitionId, PropertyDefinition> properties = new LinkedHashMap<>();
        final List<StageChange> history = new ArrayList<>();

        Model(TenantId tenant, Pipeline pipeline) {
            this.tenant = tenant;
            this.owner = UserId.of("owner-" + tenant.value());
            this.pipeline = pipeline;
        }

        Optional<Account> accountByExternalId(ExternalId id) {
            return accounts.values().stream().filter(a -> a.externalIds().contains(id)).findFirst();
        }

        Optional<Deal> dealByExternalId(ExternalId id) {
            return deals.values().stream().filter(d -> d.externalIds().contains(id)).findFirst();
        }

        Optional<Contact> contactByEmail(String email) {
            String key = EmailAddress.of(email).matchKey();
            return contacts.values().stream().filter(c -> c.primaryEmail().map(e -> e.matchKey().equals(key)).orElse(false)).findFirst();
        }

        List<StageChange> historyOf(DealId deal) {
            return history.stream().filter(c -> c.deal().equals(deal)).sorted(java.util.Comparator.comparing(StageChange::changedAt)
                    .thenComparing(c -> c.id().value(), TckOrders.UUIDS)).toList();
        }
    }

    private Map<TenantId, Model> models;
    private int clock;

    private void runExample(List<Step> steps) {
        fixture().reset();
        store = fixture().store();
        data = new TckData();
        models = new HashMap<>();
        clock = 0;
        for (TenantId tenant : TENANTS) {
            Pipeline pipeline = data.pipeline("Pipeline of " + tenant.value());
            store.run(tenant, uow -> uow.pipelines().insert(pipeline));
            models.put(tenant, new Model(tenant, pipeline.withVersion(1)));
        }
        for (Step step : steps) {
            Model model = models.get(TENANTS.get(step.tenant()));
            operate(model, step);
            probe(models.get(TENANTS.get(step.b() % TENANTS.size())), step.a() % PROBES, step);
        }
        for (Model model : models.values()) {
            for (int probe = 0; probe < PROBES; probe++) {
                probe(model, probe, new Step(0, 0, probe, probe));
            }
        }
    }

    private <T> T in(Model model, Function<UnitOfWork, T> work) {
        return store.inTransaction(model.tenant, work);
    }

    private Model foreign(Model model, int pick) {
        List<Model> others = models.values().stream().filter(m -> m != model).toList();
        return others.get(pick % others.size());
    }

    private static <T> T pick(List<T> values, int index) {
        return values.get(index % values.size());
    }

    private static <K, V> Optional<V> pickValue(Map<K, V> map, int index) {
        return map.isEmpty() ? Optional.empty() : Optional.of(new ArrayList<>(map.values()).get(index % map.size()));
    }

    private void operate(Model model, Step step) {
        int a = step.a();
        int b = step.b();
        switch (step.operation()) {
            case 0 -> {
                ExternalId ext = pick(EXTERNAL_IDS, a);
                Account account = data.accountBuilder(pick(NAMES, b)).owner(model.owner)
                        .externalIds(a % 2 == 0 ? List.of(ext) : List.of()).build();
                boolean clash = a % 2 == 0 && model.accountByExternalId(ext).isPresent();
                expectInsert(model, uow -> uow.accounts().insert(account), clash, stored -> model.accounts.put(stored.id(), stored));
            }
            case 1 -> {
                String email = pick(EMAILS, a);
                Contact contact = data.contactBuilder(pick(NAMES, b), null).primaryEmail(EmailAddress.of(email)).owner(model.owner).build();
                expectInsert(model, uow -> uow.contacts().insert(contact), model.contactByEmail(email).isPresent(),
                        stored -> model.contacts.put(stored.id(), stored));
            }
            case 2 -> {
                ExternalId ext = pick(EXTERNAL_IDS, b);
                Deal deal = data.dealBuilder(model.pipeline, pick(NAMES, a)).owner(model.owner).externalIds(List.of(ext))
                        .amount(Money.of(String.valueOf(a + 1), a % 3 == 0 ? "EUR" : "USD")).build();
                expectInsert(model, uow -> uow.deals().insert(deal), model.dealByExternalId(ext).isPresent(),
                        stored -> model.deals.put(stored.id(), stored));
            }
            case 3 -> pickValue(model.accounts, a).ifPresent(account -> {
                Activity note = data.noteBuilder(pick(NAMES, b) + " note", TckData.at(++clock)).account(account.id())
                        .owner(model.owner).build();
                Activity stored = in(model, uow -> uow.activities().insert(note));
                assertThat(stored).isEqualTo(note.withVersion(1));
                model.activities.put(stored.id(), stored);
            });
            case 4 -> {
                List<Account> batch = new ArrayList<>();
                for (int i = 0; i <= a % 2; i++) {
                    batch.add(data.accountBuilder(pick(NAMES, b + i)).owner(model.owner)
                            .externalIds(List.of(EXTERNAL_IDS.get((a + i) % 2))).build());
                }
                UpsertResult<Account> result = in(model, uow -> uow.accounts().upsertAllByExternalId("crm", batch));
                int expectedUpdates = (int) batch.stream().filter(r -> model.accountByExternalId(r.externalIds().iterator().next()).isPresent()).count();
                assertThat(result.updated()).as("upserted accounts that tenant %s had", model.tenant).hasSize(expectedUpdates);
                result.updated().forEach(u -> assertThat(model.accounts).containsKey(u.id()));
                result.inserted().forEach(i -> assertThat(model.accounts).doesNotContainKey(i.id()));
                result.inserted().forEach(i -> model.accounts.put(i.id(), i));
                result.updated().forEach(u -> model.accounts.put(u.id(), u));
            }
            case 5 -> {
                Optional<Deal> deal = pickValue(model.deals, a);
                if (deal.isPresent() && b % 2 == 0) {
                    Deal updated = in(model, uow -> uow.deals().update(deal.get().withName(pick(NAMES, b) + " v" + (deal.get().version() + 1))));
                    assertThat(updated.version()).isEqualTo(deal.get().version() + 1);
                    model.deals.put(updated.id(), updated);
                } else {
                    pickValue(model.accounts, a).ifPresent(account -> {
                        Account updated = in(model, uow -> uow.accounts().update(account.withIndustry("Industry " + b)));
                        model.accounts.put(updated.id(), updated);
                    });
                }
            }
            case 6 -> {
                if (b % 2 == 0) {
                    pickValue(model.deals, a).ifPresent(deal -> {
                        in(model, uow -> {
                            uow.deals().delete(deal.id(), deal.version());
                            return null;
                        });
                        model.deals.remove(deal.id());
                        model.history.removeIf(c -> c.deal().equals(deal.id()));
                    });
                } else {
                    pickValue(model.contacts, a).ifPresent(contact -> {
                        in(model, uow -> {
                            uow.contacts().delete(contact.id(), contact.version());
                            return null;
                        });
                        model.contacts.remove(contact.id());
                    });
                }
            }
            case 7 -> pickValue(foreign(model, b).accounts, a).filter(theirs -> !model.accounts.containsKey(theirs.id()))
                    .ifPresent(theirs -> {
                        Account mine = data.accountBuilder("Copy " + pick(NAMES, b)).id(theirs.id()).owner(model.owner).build();
                        Account stored = in(model, uow -> uow.accounts().insert(mine));
                        model.accounts.put(stored.id(), stored);
                    });
            case 8 -> {
                Model other = foreign(model, b);
                pickValue(other.deals, a).filter(theirs -> !model.deals.containsKey(theirs.id())).ifPresent(theirs -> {
                    assertThatThrownBy(() -> in(model, uow -> uow.deals().update(theirs.withName("Stolen"))))
                            .isInstanceOf(VersionConflictException.class);
                    assertThatThrownBy(() -> in(model, uow -> {
                        uow.deals().delete(theirs.id(), theirs.version());
                        return null;
                    })).isInstanceOf(VersionConflictException.class);
                    assertThatThrownBy(() -> in(model, uow -> {
                        uow.stageHistory().append(data.stageChange(theirs, null, "prospecting", TckData.at(++clock), 10));
                        return null;
                    })).isInstanceOf(NotFoundException.class);
                });
                pickValue(other.contacts, a).filter(theirs -> !model.contacts.containsKey(theirs.id())).ifPresent(theirs ->
                        assertThatThrownBy(() -> in(model, uow -> uow.contacts().update(theirs.withTitle("Stolen"))))
                                .isInstanceOf(VersionConflictException.class));
            }
            case 9 -> pickValue(model.deals, a).ifPresent(deal -> {
                StageChange change = data.stageChange(deal, null, "prospecting", TckData.at(++clock), 10).withChangedBy(model.owner);
                in(model, uow -> {
                    uow.stageHistory().append(change);
                    return null;
                });
                model.history.add(change);
            });
            case 10 -> {
                ObjectType type = pick(List.of(ObjectType.values()), b);
                String key = pick(PROPERTY_KEYS, a);
                PropertyDefinition definition = data.propertyDefinition(type, key, PropertyType.STRING).withLabel("Label " + model.tenant.value());
                boolean clash = model.properties.values().stream().anyMatch(p -> p.objectType() == type && p.key().equals(key));
                expectInsert(model, uow -> uow.propertyDefinitions().insert(definition), clash,
                        stored -> model.properties.put(stored.id(), stored));
            }
            default -> throw new IllegalStateException("no operation " + step.operation());
        }
    }

    /** Runs an insert that must clash exactly when the tenant itself holds the key. */
    private <T> void expectInsert(Model model, Function<UnitOfWork, T> insert, boolean clashInTenant, java.util.function.Consumer<T> onSuccess) {
        if (clashInTenant) {
            assertThatThrownBy(() -> in(model, insert)).as("a key tenant %s holds", model.tenant).isInstanceOf(DuplicateKeyException.class);
        } else {
            onSuccess.accept(in(model, insert));
        }
    }

    private void probe(Model model, int probe, Step step) {
        List<Model> all = List.copyOf(models.values());
        switch (probe) {
            case 0 -> {
                List<AccountId> accountIds = all.stream().flatMap(m -> m.accounts.keySet().stream()).distinct().toList();
                List<DealId> dealIds = all.stream().flatMap(m -> m.deals.keySet().stream()).distinct().toList();
                List<ContactId> contactIds = all.stream().flatMap(m -> m.contacts.keySet().stream()).distinct().toList();
                in(model, uow -> {
                    assertThat(uow.accounts().findAll(accountIds)).containsExactlyInAnyOrderElementsOf(model.accounts.values());
                    assertThat(uow.deals().findAll(dealIds)).containsExactlyInAnyOrderElementsOf(model.deals.values());
                    assertThat(uow.contacts().findAll(contactIds)).containsExactlyInAnyOrderElementsOf(model.contacts.values());
                    for (AccountId id : accountIds.subList(0, Math.min(5, accountIds.size()))) {
                        assertThat(uow.accounts().find(id)).isEqualTo(Optional.ofNullable(model.accounts.get(id)));
                    }
                    for (DealId id : dealIds.subList(0, Math.min(5, dealIds.size()))) {
                        assertThat(uow.deals().find(id)).isEqualTo(Optional.ofNullable(model.deals.get(id)));
                    }
                    return null;
                });
            }
            case 1 -> in(model, uow -> {
                for (ExternalId ext : EXTERNAL_IDS) {
                    assertThat(uow.accounts().findByExternalId(ext)).as("account %s", ext).isEqualTo(model.accountByExternalId(ext));
                    assertThat(uow.deals().findByExternalId(ext)).as("deal %s", ext).isEqualTo(model.dealByExternalId(ext));
                    assertThat(uow.contacts().findByExternalId(ext)).isEmpty();
                }
                for (String email : EMAILS) {
                    assertThat(uow.contacts().findByPrimaryEmail(EmailAddress.of(email))).as(email).isEqualTo(model.contactByEmail(email));
                }
                return null;
            });
            case 2 -> in(model, uow -> {
                assertThat(Pages.all(p -> uow.accounts().find(AccountQuery.all(), p), 7)).containsExactlyInAnyOrderElementsOf(model.accounts.values());
                assertThat(Pages.all(p -> uow.contacts().find(ContactQuery.builder().email(EmailAddress.of(pick(EMAILS, step.b()))).build(), p), 7))
                        .allSatisfy(c -> assertThat(c.owner()).contains(model.owner)).hasSize(model.contactByEmail(pick(EMAILS, step.b())).isPresent() ? 1 : 0);
                assertThat(Pages.all(p -> uow.deals().find(DealQuery.builder().pipeline(pick(all, step.a()).pipeline.id()).build(), p), 7))
                        .containsExactlyInAnyOrderElementsOf(pick(all, step.a()) == model ? model.deals.values() : List.of());
                assertThat(Pages.all(p -> uow.activities().find(ActivityQuery.all(), p), 7)).containsExactlyInAnyOrderElementsOf(model.activities.values());
                assertThat(Pages.all(p -> uow.contacts().find(ContactQuery.builder().namePrefix(pick(NAMES, step.b()).substring(0, 2)).build(), p), 7))
                        .allSatisfy(c -> assertThat(model.contacts).containsValue(c));
                UserId someOwner = pick(all, step.b()).owner;
                assertThat(Pages.all(p -> uow.deals().find(DealQuery.builder().owner(someOwner).build(), p), 7))
                        .hasSize(someOwner.equals(model.owner) ? model.deals.size() : 0);
                return null;
            });
            case 3 -> in(model, uow -> {
                assertThat(uow.accounts().count(AccountQuery.all())).isEqualTo(model.accounts.size());
                assertThat(uow.contacts().count(ContactQuery.all())).isEqualTo(model.contacts.size());
                assertThat(uow.deals().count(DealQuery.all())).isEqualTo(model.deals.size());
                assertThat(uow.activities().count(ActivityQuery.all())).isEqualTo(model.activities.size());
                List<DealAggregate> groups = uow.deals().aggregate(DealQuery.all(), EnumSet.of(DealGrouping.OWNER, DealGrouping.PIPELINE));
                assertThat(groups).allSatisfy(g -> {
                    assertThat(g.owner()).contains(model.owner);
                    assertThat(g.pipeline()).contains(model.pipeline.id());
                });
                assertThat(groups.stream().mapToLong(DealAggregate::count).sum()).isEqualTo(model.deals.size());
                return null;
            });
            case 4 -> in(model, uow -> {
                assertThat(uow.pipelines().findAll()).containsExactly(model.pipeline);
                for (ObjectType type : ObjectType.values()) {
                    assertThat(uow.propertyDefinitions().findAll(type))
                            .containsExactlyInAnyOrderElementsOf(model.properties.values().stream().filter(p -> p.objectType() == type).toList());
                    for (String key : PROPERTY_KEYS) {
                        assertThat(uow.propertyDefinitions().findByKey(type, key)).isEqualTo(model.properties.values().stream()
                                .filter(p -> p.objectType() == type && p.key().equals(key)).findFirst());
                    }
                }
                return null;
            });
            case 5 -> {
                List<DealId> everyDeal = all.stream().flatMap(m -> m.deals.keySet().stream()).distinct().toList();
                in(model, uow -> {
                    assertThat(uow.stageHistory().forDeals(everyDeal)).containsExactlyInAnyOrderElementsOf(model.history);
                    assertThat(Pages.all(p -> uow.stageHistory().find(StageChangeQuery.all(), p), 7))
                            .containsExactlyInAnyOrderElementsOf(model.history);
                    for (DealId deal : everyDeal.subList(0, Math.min(5, everyDeal.size()))) {
                        assertThat(uow.stageHistory().forDeal(deal)).isEqualTo(model.historyOf(deal));
                    }
                    return null;
                });
            }
            default -> throw new IllegalStateException("no probe " + probe);
        }
    }
}
