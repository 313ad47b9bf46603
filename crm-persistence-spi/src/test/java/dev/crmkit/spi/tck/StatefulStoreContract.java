package dev.crmkit.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.crmkit.core.error.NotFoundException;
import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.activity.Activity;
import dev.crmkit.core.model.activity.ActivityType;
import dev.crmkit.core.model.contact.AccountLink;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.contact.LifecycleStage;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.DealContact;
import dev.crmkit.core.model.deal.StageChange;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.pipeline.Stage;
import dev.crmkit.core.model.pipeline.StageKind;
import dev.crmkit.core.model.shared.EmailAddress;
import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.ObjectType;
import dev.crmkit.core.model.shared.Percentage;
import dev.crmkit.core.model.shared.PropertyType;
import dev.crmkit.core.model.shared.UserId;
import dev.crmkit.spi.AccountQuery;
import dev.crmkit.spi.ActivityQuery;
import dev.crmkit.spi.ContactQuery;
import dev.crmkit.spi.CrmStore;
import dev.crmkit.spi.DealGrouping;
import dev.crmkit.spi.DealQuery;
import dev.crmkit.spi.DealSort;
import dev.crmkit.spi.DealStatus;
import dev.crmkit.spi.DuplicateKeyException;
import dev.crmkit.spi.InvalidCursorException;
import dev.crmkit.spi.NameSort;
import dev.crmkit.spi.Pages;
import dev.crmkit.spi.StageChangeQuery;
import dev.crmkit.spi.TimeOrder;
import dev.crmkit.spi.UnitOfWork;
import dev.crmkit.spi.VersionConflictException;
import dev.crmkit.spi.memory.InMemoryCrmStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Random sequences of operations (inserts, updates, deletes, upserts, bulk inserts, history appends,
 * rollbacks, queries with every filter and order, counts, aggregates, look-ups), including invalid ones
 * (stale versions, duplicate keys, unknown records, bad upserts), run against the store under test and a
 * fresh {@link InMemoryCrmStore}: every operation must give equal results or fail the same way, and the
 * final states must be equal. Entities are compared with {@code equals} (every field); aggregates by value.
 */
public abstract class StatefulStoreContract extends StoreContract {
    /** Random sequences tried; {@link #examples()} can lower it for slow stores. */
    public static final int EXAMPLES = 150;
    /** The longest sequence. */
    public static final int MAX_STEPS = 40;

    private static final List<String> NAMES = List.of("Acme", "acme", "Ácme", "Zeta", "北京商事", "Ωmega", "😀 Smile",
            "O'Brien", "a%b", "a_b", "Acme Corp", "E\u0301mile");
    private static final List<String> EMAILS = List.of("ada@example.com", "ADA@example.com", "bob@example.org",
            "carol@example.net", "Dave@Example.com");
    private static final List<Optional<UserId>> OWNERS = List.of(Optional.empty(), Optional.of(UserId.of("u1")),
            Optional.of(UserId.of("u2")));
    private static final List<Optional<Money>> AMOUNTS = List.of(Optional.empty(), Optional.of(Money.of("100.00", "USD")),
            Optional.of(Money.of("0.01", "USD")), Optional.of(Money.of("999999999999999", "USD")), Optional.of(Money.of("12345", "JPY")),
            Optional.of(Money.of("1.234", "BHD")), Optional.of(Money.of("50.50", "EUR")), Optional.of(Money.of("333.33", "USD")));
    private static final List<Optional<LocalDate>> DATES = List.of(Optional.empty(), Optional.of(LocalDate.of(2024, 5, 31)),
            Optional.of(LocalDate.of(2024, 6, 1)), Optional.of(LocalDate.of(2024, 6, 30)), Optional.of(LocalDate.of(2025, 1, 15)));
    private static final List<Optional<ExternalId>> EXTERNAL_IDS = List.of(Optional.empty(), Optional.of(ExternalId.of("crm", "1")),
            Optional.of(ExternalId.of("crm", "2")), Optional.of(ExternalId.of("crm", "3")), Optional.of(ExternalId.of("erp", "1")));
    private static final List<Optional<String>> DOMAINS = List.of(Optional.empty(), Optional.of("acme.com"), Optional.of("globex.com"));
    private static final List<Optional<Percentage>> OVERRIDES = List.of(Optional.empty(), Optional.of(Percentage.parse("12.5")),
            Optional.of(Percentage.ZERO), Optional.of(Percentage.HUNDRED_PERCENT));
    private static final int[] PAGE_SIZES = {1, 2, 7, 1000};

    /** How many random sequences to run. */
    protected int examples() {
        return EXAMPLES;
    }

    /** The operations. */
    enum Op {
        INSERT_ACCOUNT, UPDATE_ACCOUNT, DELETE_ACCOUNT, UPSERT_ACCOUNTS,
        INSERT_CONTACT, UPDATE_CONTACT, DELETE_CONTACT, UPSERT_CONTACTS,
        INSERT_DEAL, INSERT_DEALS, UPDATE_DEAL, DELETE_DEAL, UPSERT_DEALS, APPEND_HISTORY,
        INSERT_ACTIVITY, UPDATE_ACTIVITY, DELETE_ACTIVITY, INSERT_PROPERTY, ROLLBACK,
        QUERY_ACCOUNTS, QUERY_CONTACTS, QUERY_DEALS, QUERY_ACTIVITIES, QUERY_HISTORY, AGGREGATE, LOOKUPS
    }

    /** One random operation with the numbers that choose its arguments. */
    record Step(Op op, int a, int b, int c) {
    }

    /** How an operation ended: its (normalized) result, or the kind of error. */
    record Outcome(Object value, String error) {
    }

    @Test
    void behavesLikeTheReferenceStoreUnderRandomOperations() {
        Gen<Step> step = Generate.enumValues(Op.class).zip(integers().between(0, 999), integers().between(0, 999),
                integers().between(0, 999), Step::new);
        qt().withFixedSeed(TckSeeds.seed()).withExamples(examples()).withShrinkCycles(50)
                .forAll(lists().of(step).ofSizeBetween(1, MAX_STEPS))
                .checkAssert(this::runExample);
    }

    private CrmStore reference;
    private Pipeline sales;
    private Pipeline partners;
    private Account anchorAccount;
    private Contact anchorContact;
    private Deal anchorDeal;
    private final List<Object> graveyard = new ArrayList<>();

    private void runExample(List<Step> steps) {
        fixture().reset();
        store = fixture().store();
        data = new TckData();
        graveyard.clear();
        try (CrmStore ref = new InMemoryCrmStore()) {
            reference = ref;
            sales = data.pipeline("Sales");
            partners = data.hubspotPipeline("Partners");
            anchorAccount = data.account("Anchor Account");
            anchorContact = data.contact("Anchor", "Contact");
            anchorDeal = data.deal(sales, "Anchor Deal");
            both(uow -> {
                uow.pipelines().insert(sales);
                uow.pipelines().insert(partners);
                uow.accounts().insert(anchorAccount);
                uow.contacts().insert(anchorContact);
                uow.deals().insert(anchorDeal);
                return null;
            }, "setup");
            for (int i = 0; i < steps.size(); i++) {
                Step step = steps.get(i);
                Function<UnitOfWork, Object> action = plan(step);
                Outcome expected = outcome(reference, action);
                Outcome actual = outcome(store, action);
                assertThat(actual).as("step %d of %d: %s", i + 1, steps.size(), step).isEqualTo(expected);
                if (expected.error() == null && (step.op() == Op.DELETE_ACCOUNT || step.op() == Op.DELETE_CONTACT
                        || step.op() == Op.DELETE_DEAL || step.op() == Op.DELETE_ACTIVITY)) {
                    graveyard.add(expected.value());
                }
            }
            Outcome expectedState = outcome(reference, this::everything);
            assertThat(outcome(store, this::everything)).as("final state").isEqualTo(expectedState);
        } finally {
            reference = null;
        }
    }

    private void both(Function<UnitOfWork, Object> work, String what) {
        assertThat(outcome(store, work)).as(what).isEqualTo(outcome(reference, work));
    }

    private static Outcome outcome(CrmStore target, Function<UnitOfWork, Object> action) {
        try {
            return new Outcome(target.inTransaction(TENANT, action), null);
        } catch (VersionConflictException e) {
            return new Outcome(null, "version conflict");
        } catch (DuplicateKeyException e) {
            return new Outcome(null, "duplicate key");
        } catch (NotFoundException e) {
            return new Outcome(null, "not found");
        } catch (InvalidCursorException e) {
            return new Outcome(null, "invalid cursor");
        } catch (ValidationException e) {
            return new Outcome(null, "validation");
        } catch (IllegalArgumentException e) {
            return new Outcome(null, "illegal argument");
        } catch (RolledBack e) {
            return new Outcome(null, "rolled back");
        }
    }

    /** The exception a {@link Op#ROLLBACK} step throws after writing. */
    private static final class RolledBack extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RolledBack() {
            super("rolled back on purpose");
        }
    }

    private Object everything(UnitOfWork uow) {
        List<Object> all = new ArrayList<>();
        all.add(Pages.all(p -> uow.accounts().find(AccountQuery.all(), p), 1000));
        all.add(Pages.all(p -> uow.contacts().find(ContactQuery.all(), p), 1000));
        all.add(Pages.all(p -> uow.deals().find(DealQuery.all(), p), 1000));
        all.add(Pages.all(p -> uow.activities().find(ActivityQuery.all(), p), 1000));
        all.add(Pages.all(p -> uow.stageHistory().find(StageChangeQuery.all(), p), 1000));
        all.add(uow.pipelines().findAll());
        for (ObjectType type : ObjectType.values()) {
            all.add(uow.propertyDefinitions().findAll(type));
        }
        return all;
    }

    // ----- choosing arguments from the reference store's current state -----

    private <T> List<T> current(Function<UnitOfWork, List<T>> read) {
        return reference.inTransaction(TENANT, read);
    }

    private List<Account> accounts() {
        return current(uow -> Pages.all(p -> uow.accounts().find(AccountQuery.all(), p), 1000));
    }

    private List<Contact> contacts() {
        return current(uow -> Pages.all(p -> uow.contacts().find(ContactQuery.all(), p), 1000));
    }

    private List<Deal> deals() {
        return current(uow -> Pages.all(p -> uow.deals().find(DealQuery.all(), p), 1000));
    }

    private List<Activity> activities() {
        return current(uow -> Pages.all(p -> uow.activities().find(ActivityQuery.all(), p), 1000));
    }

    private static <T> T pick(List<T> values, int index) {
        return values.get(index % values.size());
    }

    /** A stored record, or (for one index in several) a record that was deleted or never stored. */
    @SuppressWarnings("unchecked")
    private <T> T pickRecord(List<T> stored, int index, Class<T> type, T neverStored) {
        List<T> dead = graveyard.stream().filter(type::isInstance).map(o -> (T) o).toList();
        int choice = index % (stored.size() + 2);
        if (choice < stored.size()) {
            return stored.get(choice);
        }
        return choice == stored.size() && !dead.isEmpty() ? pick(dead, index) : neverStored;
    }

    /** The version a write names: usually the record's, sometimes a stale or future one. */
    private static long version(long current, int choice) {
        return switch (choice % 7) {
            case 0 -> current - 1;
            case 1 -> current + 1;
            default -> current;
        };
    }

    private Account newAccount(int a, int b) {
        return data.accountBuilder(pick(NAMES, a)).domain(pick(DOMAINS, b)).owner(pick(OWNERS, a + b))
                .externalIds(pick(EXTERNAL_IDS, b / 3).stream().toList()).build();
    }

    private Contact newContact(int a, int b) {
        boolean withEmail = b % 3 != 0;
        boolean withFirst = b % 4 != 0 || !withEmail;
        Contact.Builder builder = data.contactBuilder(withFirst ? pick(NAMES, a) : null, b % 5 == 0 ? null : pick(NAMES, b))
                .primaryEmail(withEmail ? Optional.of(EmailAddress.of(pick(EMAILS, a))) : Optional.empty())
                .owner(pick(OWNERS, b)).lifecycleStage(pick(List.of(LifecycleStage.values()), a + b))
                .externalIds(pick(EXTERNAL_IDS, a / 7).stream().toList());
        if (a % 2 == 0) {
            builder.addAccounts(AccountLink.of(anchorAccount.id(), "member"));
        }
        if (b % 2 == 0) {
            builder.addOtherEmails(EmailAddress.of("other" + (a % 3) + "@example.com"));
        }
        return builder.build();
    }

    private Deal newDeal(int a, int b, int c) {
        Pipeline pipeline = a % 3 == 0 ? partners : sales;
        Stage stage = pick(pipeline.stages(), b);
        Deal.Builder builder = data.dealBuilder(pipeline, pick(NAMES, c)).stage(stage.key()).amount(pick(AMOUNTS, a))
                .expectedCloseDate(pick(DATES, b + c)).owner(pick(OWNERS, c)).probabilityOverride(pick(OVERRIDES, a + c))
                .externalIds(pick(EXTERNAL_IDS, c / 5).stream().toList());
        if (stage.kind() != StageKind.OPEN) {
            builder.closedAt(TckData.at(c));
        }
        if (stage.kind() == StageKind.LOST) {
            builder.lostReason("Lost " + (c % 3));
        }
        if (b % 2 == 0) {
            builder.account(anchorAccount.id()).addContacts(DealContact.of(anchorContact.id(), "buyer"));
        }
        return builder.build();
    }

    private Activity newActivity(int a, int b, int c) {
        ActivityType type = pick(List.of(ActivityType.values()), a);
        Activity.Builder builder = Activity.builder().id(data.activityId()).type(type).subject(pick(NAMES, b) + " " + type)
                .body(c % 2 == 0 ? Optional.of("Body " + pick(NAMES, c)) : Optional.empty()).owner(pick(OWNERS, c))
                .createdAt(TckData.NOW).externalIds(pick(EXTERNAL_IDS, b / 11).stream().toList());
        if (type == ActivityType.TASK) {
            builder.dueAt(TckData.at((c % 20) * 1_000_000L - 5_000_000L)).done(b % 3 == 0);
        } else {
            builder.occurredAt(TckData.at((c % 20) * 1_000_000L - 5_000_000L));
        }
        switch (b % 3) {
            case 0 -> builder.account(anchorAccount.id());
            case 1 -> builder.contact(anchorContact.id());
            default -> builder.deal(anchorDeal.id()).account(anchorAccount.id());
        }
        return builder.build();
    }

    private boolean isAnchor(Object record) {
        return record instanceof Account a && a.id().equals(anchorAccount.id())
                || record instanceof Contact c && c.id().equals(anchorContact.id())
                || record instanceof Deal d && d.id().equals(anchorDeal.id());
    }

    // ----- the operations -----

    private Function<UnitOfWork, Object> plan(Step step) {
        int a = step.a();
        int b = step.b();
        int c = step.c();
        return switch (step.op()) {
            case INSERT_ACCOUNT -> {
                List<Account> stored = accounts();
                Account account = c % 9 == 0 ? pick(stored, a).withVersion(0).withName("Same id") : newAccount(a, b);
                yield uow -> uow.accounts().insert(account);
            }
            case UPDATE_ACCOUNT -> {
                Account target = pickRecord(accounts(), a, Account.class, newAccount(a, b).withVersion(1));
                Account change = target.withName(pick(NAMES, b)).withOwner(pick(OWNERS, c)).withDomain(pick(DOMAINS, c))
                        .withExternalIds(pick(EXTERNAL_IDS, b).stream().toList()).withUpdatedAt(TckData.at(c))
                        .withVersion(version(target.version(), c));
                yield uow -> uow.accounts().update(change);
            }
            case DELETE_ACCOUNT -> {
                List<Account> deletable = accounts().stream().filter(x -> !isAnchor(x)).toList();
                Account target = pickRecord(deletable, a, Account.class, newAccount(a, b).withVersion(1));
                long expected = version(target.version(), c);
                yield uow -> {
                    uow.accounts().delete(target.id(), expected);
                    return target;
                };
            }
            case UPSERT_ACCOUNTS -> {
                List<Account> batch = new ArrayList<>();
                for (int i = 0; i <= a % 3; i++) {
                    batch.add(newAccount(a + i, b + 3 * i).withExternalIds(pick(EXTERNAL_IDS, c + i).stream().toList()));
                }
                yield uow -> uow.accounts().upsertAllByExternalId("crm", batch);
            }
            case INSERT_CONTACT -> {
                Contact contact = newContact(a, b);
                yield uow -> uow.contacts().insert(contact);
            }
            case UPDATE_CONTACT -> {
                Contact target = pickRecord(contacts(), a, Contact.class, newContact(a, b).withVersion(1));
                Contact change = target.withPrimaryEmail(c % 4 == 0 ? Optional.of(EmailAddress.of(pick(EMAILS, b))) : target.primaryEmail())
                        .withTitle("Title " + (c % 5)).withLifecycleStage(pick(List.of(LifecycleStage.values()), b))
                        .withUpdatedAt(TckData.at(c)).withVersion(version(target.version(), c));
                yield uow -> uow.contacts().update(change);
            }
            case DELETE_CONTACT -> {
                List<Contact> deletable = contacts().stream().filter(x -> !isAnchor(x)).toList();
                Contact target = pickRecord(deletable, a, Contact.class, newContact(a, b).withVersion(1));
                long expected = version(target.version(), c);
                yield uow -> {
                    uow.contacts().delete(target.id(), expected);
                    return target;
                };
            }
            case UPSERT_CONTACTS -> {
                List<Contact> batch = new ArrayList<>();
                for (int i = 0; i <= a % 3; i++) {
                    batch.add(newContact(a + i, b + i).withExternalIds(pick(EXTERNAL_IDS, c + 2 * i).stream().toList()));
                }
                yield uow -> uow.contacts().upsertAllByExternalId("crm", batch);
            }
            case INSERT_DEAL -> {
                Deal deal = newDeal(a, b, c);
                yield uow -> uow.deals().insert(deal);
            }
            case INSERT_DEALS -> {
                List<Deal> batch = new ArrayList<>();
                for (int i = 0; i <= a % 3; i++) {
                    batch.add(newDeal(a + i, b + i, c + 5 * i));
                }
                yield uow -> uow.deals().insertAll(batch);
            }
            case UPDATE_DEAL -> {
                Deal target = pickRecord(deals(), a, Deal.class, newDeal(a, b, c).withVersion(1));
                Deal moved = newDeal(b, c, a);
                Deal change = Deal.copyOf(moved).withId(target.id()).withCreatedAt(target.createdAt())
                        .withExternalIds(c % 3 == 0 ? moved.externalIds() : target.externalIds())
                        .withUpdatedAt(TckData.at(c)).withVersion(version(target.version(), c));
                yield uow -> uow.deals().update(change);
            }
            case DELETE_DEAL -> {
                List<Deal> deletable = deals().stream().filter(x -> !isAnchor(x)).toList();
                Deal target = pickRecord(deletable, a, Deal.class, newDeal(a, b, c).withVersion(1));
                long expected = version(target.version(), c);
                yield uow -> {
                    uow.deals().delete(target.id(), expected);
                    return target;
                };
            }
            case UPSERT_DEALS -> {
                List<Deal> batch = new ArrayList<>();
                for (int i = 0; i <= a % 2; i++) {
                    batch.add(newDeal(a + i, b, c).withExternalIds(pick(EXTERNAL_IDS, b + i).stream().toList()));
                }
                yield uow -> uow.deals().upsertAllByExternalId("crm", batch);
            }
            case APPEND_HISTORY -> {
                Deal deal = pickRecord(deals(), a, Deal.class, newDeal(a, b, c));
                List<StageChange> existing = current(uow -> Pages.all(p -> uow.stageHistory().find(StageChangeQuery.all(), p), 1000));
                List<StageChange> changes = new ArrayList<>();
                for (int i = 0; i <= b % 3; i++) {
                    changes.add(data.stageChange(deal, i == 0 ? null : "prospecting", pick(sales.stageKeys(), c + i),
                            TckData.at((c % 10) * 1000L + (i % 2)), (c + i) % 101));
                }
                if (c % 8 == 0 && !existing.isEmpty() && deals().contains(deal)) {
                    changes.add(pick(existing, a).withDeal(deal.id()));
                }
                yield uow -> {
                    uow.stageHistory().appendAll(changes);
                    return uow.stageHistory().forDeal(deal.id());
                };
            }
            case INSERT_ACTIVITY -> {
                Activity activity = newActivity(a, b, c);
                yield uow -> uow.activities().insert(activity);
            }
            case UPDATE_ACTIVITY -> {
                Activity target = pickRecord(activities(), a, Activity.class, newActivity(a, b, c).withVersion(1));
                Activity change = target.withSubject(pick(NAMES, b) + " edited").withOutcome("outcome " + (c % 4))
                        .withUpdatedAt(TckData.at(c)).withVersion(version(target.version(), c));
                yield uow -> uow.activities().update(change);
            }
            case DELETE_ACTIVITY -> {
                Activity target = pickRecord(activities(), a, Activity.class, newActivity(a, b, c).withVersion(1));
                long expected = version(target.version(), c);
                yield uow -> {
                    uow.activities().delete(target.id(), expected);
                    return target;
                };
            }
            case INSERT_PROPERTY -> {
                var definition = data.propertyDefinition(pick(List.of(ObjectType.values()), a), pick(List.of("budget", "region", "tier"), b),
                        pick(List.of(PropertyType.STRING, PropertyType.NUMBER, PropertyType.DATE), c));
                yield uow -> uow.propertyDefinitions().insert(definition);
            }
            case ROLLBACK -> {
                Account account = newAccount(a, b);
                Deal deal = newDeal(a, b, c);
                yield uow -> {
                    uow.accounts().insert(account);
                    uow.deals().insertAll(List.of(deal));
                    uow.stageHistory().append(data.stageChange(deal, null, deal.stage(), TckData.NOW, 10));
                    throw new RolledBack();
                };
            }
            case QUERY_ACCOUNTS -> {
                AccountQuery.Builder query = AccountQuery.builder().sort(pick(List.of(NameSort.values()), a));
                if (b % 3 == 0) {
                    pick(DOMAINS, c).ifPresent(query::domain);
                }
                if (b % 4 == 1) {
                    query.namePrefix(prefix(pick(NAMES, c), 1 + c % 2));
                }
                if (b % 5 == 2) {
                    pick(OWNERS, c).ifPresent(query::owner);
                }
                if (b % 7 == 3) {
                    query.parent(anchorAccount.id());
                }
                AccountQuery built = query.build();
                int size = PAGE_SIZES[c % PAGE_SIZES.length];
                yield uow -> List.of(Pages.all(p -> uow.accounts().find(built, p), size), uow.accounts().count(built));
            }
            case QUERY_CONTACTS -> {
                ContactQuery.Builder query = ContactQuery.builder().sort(pick(List.of(NameSort.values()), a));
                if (b % 3 == 0) {
                    query.email(EmailAddress.of(c % 2 == 0 ? pick(EMAILS, c) : "OTHER" + (c % 3) + "@example.com"));
                }
                if (b % 4 == 1) {
                    query.namePrefix(c % 3 == 0 ? pick(NAMES, c) + " " + prefix(pick(NAMES, a), 1) : prefix(pick(NAMES, c), 1));
                }
                if (b % 5 == 2) {
                    query.lifecycleStage(pick(List.of(LifecycleStage.values()), c));
                }
                if (b % 6 == 3) {
                    query.account(anchorAccount.id());
                }
                if (b % 7 == 4) {
                    pick(OWNERS, c).ifPresent(query::owner);
                }
                ContactQuery built = query.build();
                int size = PAGE_SIZES[c % PAGE_SIZES.length];
                yield uow -> List.of(Pages.all(p -> uow.contacts().find(built, p), size), uow.contacts().count(built));
            }
            case QUERY_DEALS -> {
                DealQuery built = dealFilter(a, b, c).sort(pick(List.of(DealSort.values()), a)).build();
                int size = PAGE_SIZES[c % PAGE_SIZES.length];
                yield uow -> List.of(Pages.all(p -> uow.deals().find(built, p), size), uow.deals().count(built));
            }
            case QUERY_ACTIVITIES -> {
                ActivityQuery.Builder query = ActivityQuery.builder().order(pick(List.of(TimeOrder.values()), a));
                if (b % 2 == 0) {
                    query.addAccounts(anchorAccount.id());
                }
                if (b % 3 == 0) {
                    query.addContacts(anchorContact.id());
                }
                if (b % 5 == 0) {
                    query.addDeals(anchorDeal.id());
                }
                if (c % 4 == 0) {
                    query.type(pick(List.of(ActivityType.values()), a));
                }
                if (c % 5 == 1) {
                    query.openTasksOnly(true);
                }
                if (c % 6 == 2) {
                    query.dueBefore(TckData.at((a % 20) * 1_000_000L - 5_000_000L));
                }
                if (c % 7 == 3) {
                    query.textContains(pick(List.of("acme", "BODY", "%", "_", "😀", "task"), a));
                }
                if (c % 9 == 4) {
                    pick(OWNERS, a).ifPresent(query::owner);
                }
                ActivityQuery built = query.build();
                int size = PAGE_SIZES[b % PAGE_SIZES.length];
                yield uow -> List.of(Pages.all(p -> uow.activities().find(built, p), size), uow.activities().count(built));
            }
            case QUERY_HISTORY -> {
                List<Deal> deals = deals();
                StageChangeQuery.Builder query = StageChangeQuery.builder();
                if (b % 2 == 0) {
                    query.pipeline(a % 2 == 0 ? sales.id() : partners.id());
                }
                if (b % 3 == 0) {
                    query.changedFrom(TckData.at((c % 10) * 1000L));
                }
                if (b % 5 == 0) {
                    query.changedBefore(TckData.at((c % 10) * 1000L + 2500L));
                }
                StageChangeQuery built = query.build();
                List<dev.crmkit.core.model.shared.DealId> ids = deals.stream().map(Deal::id).filter(id -> Math.floorMod(id.hashCode(), 2) == a % 2).toList();
                int size = PAGE_SIZES[c % PAGE_SIZES.length];
                yield uow -> List.of(Pages.all(p -> uow.stageHistory().find(built, p), size), uow.stageHistory().forDeals(ids),
                        deals.isEmpty() ? List.of() : uow.stageHistory().forDeal(pick(deals, c).id()));
            }
            case AGGREGATE -> {
                DealQuery filter = dealFilter(a, b, c).build();
                EnumSet<DealGrouping> groupBy = EnumSet.noneOf(DealGrouping.class);
                for (DealGrouping grouping : DealGrouping.values()) {
                    if ((a >> grouping.ordinal() & 1) == 1) {
                        groupBy.add(grouping);
                    }
                }
                yield uow -> sortedGroups(uow.deals().aggregate(filter, groupBy));
            }
            case LOOKUPS -> {
                List<Account> accounts = accounts();
                List<Deal> deals = deals();
                Optional<ExternalId> ext = pick(EXTERNAL_IDS, a);
                String email = pick(EMAILS, b);
                yield uow -> {
                    List<Object> found = new ArrayList<>();
                    ext.ifPresent(e -> {
                        found.add(uow.accounts().findByExternalId(e));
                        found.add(uow.contacts().findByExternalId(e));
                        found.add(uow.deals().findByExternalId(e));
                        found.add(uow.activities().findByExternalId(e));
                    });
                    found.add(uow.contacts().findByPrimaryEmail(EmailAddress.of(email)));
                    found.add(sortedById(uow.accounts().findAll(accounts.stream().map(Account::id).filter(id -> Math.floorMod(id.hashCode(), 3) != c % 3).toList()),
                            x -> x.id().toString()));
                    found.add(sortedById(uow.deals().findAll(deals.stream().map(Deal::id).toList()), x -> x.id().toString()));
                    if (!accounts.isEmpty()) {
                        found.add(uow.accounts().find(pick(accounts, c).id()));
                    }
                    return found;
                };
            }
        };
    }

    private DealQuery.Builder dealFilter(int a, int b, int c) {
        DealQuery.Builder query = DealQuery.builder();
        if (b % 2 == 0) {
            query.pipeline(c % 2 == 0 ? sales.id() : partners.id());
        }
        if (b % 3 == 0) {
            query.addStages(pick(sales.stageKeys(), c), pick(partners.stageKeys(), a));
        }
        if (b % 5 == 0) {
            pick(OWNERS, c).ifPresent(query::owner);
        }
        if (b % 7 == 0) {
            query.account(anchorAccount.id());
        }
        if (b % 11 == 0) {
            query.contact(anchorContact.id());
        }
        Optional<LocalDate> from = c % 3 == 0 ? pick(DATES, a) : Optional.empty();
        Optional<LocalDate> before = c % 4 == 0 ? Optional.of(LocalDate.of(2024, 6, 1).plusDays(a % 300)) : Optional.empty();
        if (from.isPresent() && before.isPresent() && !from.get().isBefore(before.get())) {
            before = Optional.empty();
        }
        query.expectedCloseFrom(from).expectedCloseBefore(before);
        query.status(pick(List.of(DealStatus.values()), c / 5));
        return query;
    }

    private static List<AggregateAssertions.Group> sortedGroups(List<dev.crmkit.spi.DealAggregate> aggregates) {
        return AggregateAssertions.groups(aggregates).stream().sorted(Comparator.comparing(Object::toString)).toList();
    }

    private static <T> List<T> sortedById(List<T> records, Function<T, String> id) {
        return records.stream().sorted(Comparator.comparing(id)).toList();
    }

    /** The first {@code n} code points of {@code text} (never half of a surrogate pair). */
    private static String prefix(String text, int n) {
        return text.substring(0, text.offsetByCodePoints(0, Math.min(n, text.codePointCount(0, text.length()))));
    }
}
