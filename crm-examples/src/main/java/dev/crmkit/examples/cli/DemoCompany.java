package dev.crmkit.examples.cli;

import dev.crmkit.Crm;
import dev.crmkit.CrmTenant;
import dev.crmkit.CrmTransaction;
import dev.crmkit.PipelineTemplate;
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
import dev.crmkit.core.model.deal.StageChange;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.pipeline.PipelineTemplates;
import dev.crmkit.core.model.pipeline.Stage;
import dev.crmkit.core.model.pipeline.StageKind;
import dev.crmkit.core.model.property.PropertyDefinition;
import dev.crmkit.core.model.shared.AccountId;
import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.core.model.shared.DealId;
import dev.crmkit.core.model.shared.EmailAddress;
import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.ObjectType;
import dev.crmkit.core.model.shared.PhoneNumber;
import dev.crmkit.core.model.shared.PipelineId;
import dev.crmkit.core.model.shared.PropertyType;
import dev.crmkit.core.model.shared.PropertyValue;
import dev.crmkit.core.model.shared.TenantId;
import dev.crmkit.core.model.shared.UserId;
import dev.crmkit.core.model.shared.UuidV7Generator;
import dev.crmkit.spi.AccountQuery;
import dev.crmkit.spi.ActivityQuery;
import dev.crmkit.spi.ContactQuery;
import dev.crmkit.spi.CrmStore;
import dev.crmkit.spi.DealQuery;
import dev.crmkit.spi.Pages;
import dev.crmkit.spi.StageChangeQuery;
import dev.crmkit.spi.UnitOfWork;
import dev.crmkit.spi.memory.InMemoryCrmStore;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Generates the demo's sample company: 20 accounts, 80 contacts, two pipelines (Salesforce-style "New Business"
 * and HubSpot-style "Expansion"), 150 deals whose stage history spreads over the 12 months before now (some won,
 * some lost, some open and some of those gone stale), calls, emails, meetings and tasks, and custom properties
 * (contact {@code seniority}, account {@code tier}, deal {@code product}).
 *
 * <p>Everything is planned first from a fixed seed, relative to "now", as a list of timed steps; the steps then
 * run in time order through the façade's use cases, with a {@link DemoClock} set to each step's moment, so the
 * façade records the history exactly as if it had happened then (stage history, closing moments, last
 * activities, lifecycle stages). They run on an in-memory store; the result is then copied to the database in
 * one transaction with batched bulk inserts, which takes a fraction of the time of thousands of small
 * transactions against a database. The same seed and the same "now" give the same company, ids included. Every
 * record carries an external id of source {@value #SOURCE}, which is how the demo recognises its data.
 */
final class DemoCompany {
    /** The external-id source of every demo record. */
    static final String SOURCE = "crmkit-demo";
    /** The seed of the sample company. */
    static final long SEED = 20_240_607L;
    /** The Salesforce-style pipeline. */
    static final String NEW_BUSINESS = "New Business";
    /** The HubSpot-style pipeline. */
    static final String EXPANSION = "Expansion";

    private static final int CONTACTS_PER_ACCOUNT = 4;
    private static final int DEALS = 150;
    private static final Duration DAY = Duration.ofDays(1);
    private static final Currency USD = Currency.getInstance("USD");

    private final Random random = new Random(SEED);
    private final Instant now;
    private final Instant start;
    private final List<Step> steps = new ArrayList<>();
    private final List<PlannedContact> contacts = new ArrayList<>();
    private final AccountId[] accountIds;
    private final ContactId[] contactIds;
    private final DealId[] dealIds = new DealId[DEALS];
    private PipelineId newBusiness;
    private PipelineId expansion;
    private int activities;

    /**
     * What was loaded.
     *
     * @param accounts   accounts created
     * @param contacts   contacts created
     * @param deals      deals created
     * @param activities activities logged (tasks included)
     */
    record Summary(int accounts, int contacts, int deals, int activities) {
    }

    /** One planned use case at one moment; steps run ordered by moment, then by planning order. */
    private record Step(Instant at, int order, Consumer<CrmTransaction> action) {
    }

    /** A planned contact: its account, creation moment and whether it is a recent inbound lead. */
    private record PlannedContact(int index, int account, Instant createdAt, boolean recentLead) {
    }

    private DemoCompany(Instant now) {
        this.now = now.truncatedTo(ChronoUnit.SECONDS);
        this.start = this.now.minus(Duration.ofDays(365));
        this.accountIds = new AccountId[DemoNames.COMPANIES.size()];
        this.contactIds = new ContactId[DemoNames.COMPANIES.size() * CONTACTS_PER_ACCOUNT];
    }

    /** Whether the tenant holds the demo company (its first account is found by external id). */
    static boolean isLoaded(CrmTenant tenant) {
        return tenant.accounts().findByExternalId(ExternalId.of(SOURCE, accountKey(0))).isPresent();
    }

    /**
     * Generates the company into the tenant, relative to {@code now}, in one transaction.
     *
     * @throws dev.crmkit.core.error.CrmException when the store refuses a record (nothing is then stored)
     */
    static Summary load(CrmStore store, TenantId tenant, Instant now) {
        DemoCompany company = new DemoCompany(now);
        company.plan();
        return company.run(store, tenant);
    }

    /**
     * Deletes the demo company from the tenant, in one transaction: its deals (with their stage history), contacts
     * and accounts (activities linked only to them go too), then the demo pipelines if no other deal uses them.
     * Property definitions stay.
     *
     * @return how many deals, contacts and accounts were deleted
     */
    static int reset(CrmTenant tenant) {
        return tenant.inTransaction(tx -> {
            int deleted = 0;
            for (int i = 0; i < DEALS; i++) {
                Optional<Deal> deal = tx.deals().findByExternalId(ExternalId.of(SOURCE, dealKey(i)));
                if (deal.isPresent()) {
                    tx.deals().delete(deal.get().id(), deal.get().version());
                    deleted++;
                }
            }
            for (int i = 0; i < DemoNames.COMPANIES.size() * CONTACTS_PER_ACCOUNT; i++) {
                Optional<Contact> contact = tx.contacts().findByExternalId(ExternalId.of(SOURCE, contactKey(i)));
                if (contact.isPresent()) {
                    tx.contacts().delete(contact.get().id(), contact.get().version());
                    deleted++;
                }
            }
            for (int i = 0; i < DemoNames.COMPANIES.size(); i++) {
                Optional<Account> account = tx.accounts().findByExternalId(ExternalId.of(SOURCE, accountKey(i)));
                if (account.isPresent()) {
                    tx.accounts().delete(account.get().id(), account.get().version());
                    deleted++;
                }
            }
            for (Pipeline pipeline : tx.pipelines().list()) {
                boolean demoPipeline = pipeline.name().equals(NEW_BUSINESS) || pipeline.name().equals(EXPANSION);
                if (demoPipeline && tx.deals().count(DealQuery.builder().pipeline(pipeline.id()).build()) == 0) {
                    tx.pipelines().delete(pipeline.id(), pipeline.version());
                }
            }
            return deleted;
        });
    }

    private Summary run(CrmStore store, TenantId tenantId) {
        // The history is played through the façade on an in-memory store (thousands of small use cases run in
        // milliseconds there), then copied to the database with the repositories' batched bulk writes.
        InMemoryCrmStore scratch = new InMemoryCrmStore();
        DemoClock clock = new DemoClock(start);
        Crm crm = Crm.builder().store(scratch).clock(clock).idGenerator(new UuidV7Generator(clock, new Random(SEED))).build();
        List<Step> ordered = new ArrayList<>(steps);
        ordered.sort(Comparator.comparing(Step::at).thenComparingInt(Step::order));
        crm.tenant(tenantId).run(tx -> {
            for (Step step : ordered) {
                clock.set(step.at());
                step.action().accept(tx);
            }
        });
        Company company = scratch.inTransaction(tenantId, DemoCompany::read);
        store.run(tenantId, uow -> company.copyTo(uow));
        return new Summary(company.accounts().size(), company.contacts().size(), company.deals().size(), company.activities().size());
    }

    /** Every record of the generated company, as the façade stored it. */
    private record Company(List<PropertyDefinition> definitions, List<Pipeline> pipelines, List<Account> accounts,
                           List<Contact> contacts, List<Deal> deals, List<StageChange> history, List<Activity> activities) {

        /**
         * Inserts the records (new versions) into {@code uow}; property definitions the tenant already has are
         * kept when their type matches.
         *
         * @throws ValidationException when the tenant defines one of the demo's properties with another type
         */
        void copyTo(UnitOfWork uow) {
            for (PropertyDefinition definition : definitions) {
                Optional<PropertyDefinition> existing = uow.propertyDefinitions().findByKey(definition.objectType(), definition.key());
                if (existing.isEmpty()) {
                    uow.propertyDefinitions().insert(definition.withVersion(0));
                } else {
                    ValidationException.check(existing.get().type() == definition.type(), "properties." + definition.key(),
                            existing.get().type(), "is defined with another type than the demo's " + definition.type());
                }
            }
            pipelines.forEach(p -> uow.pipelines().insert(p.withVersion(0)));
            uow.accounts().insertAll(accounts.stream().map(a -> a.withVersion(0)).toList());
            uow.contacts().insertAll(contacts.stream().map(c -> c.withVersion(0)).toList());
            uow.deals().insertAll(deals.stream().map(d -> d.withVersion(0)).toList());
            uow.stageHistory().appendAll(history);
            uow.activities().insertAll(activities.stream().map(a -> a.withVersion(0)).toList());
        }
    }

    private static Company read(UnitOfWork uow) {
        List<PropertyDefinition> definitions = new ArrayList<>();
        for (ObjectType type : List.of(ObjectType.ACCOUNT, ObjectType.CONTACT, ObjectType.DEAL)) {
            definitions.addAll(uow.propertyDefinitions().findAll(type));
        }
        int page = 1000;
        return new Company(definitions, uow.pipelines().findAll(),
                Pages.all(p -> uow.accounts().find(AccountQuery.all(), p), page),
                Pages.all(p -> uow.contacts().find(ContactQuery.all(), p), page),
                Pages.all(p -> uow.deals().find(DealQuery.all(), p), page),
                Pages.all(p -> uow.stageHistory().find(StageChangeQuery.all(), p), page),
                Pages.all(p -> uow.activities().find(ActivityQuery.all(), p), page));
    }

    private void at(Instant moment, Consumer<CrmTransaction> action) {
        steps.add(new Step(moment, steps.size(), action));
    }

    // ---- planning ----

    private void plan() {
        planSetup();
        for (int i = 0; i < accountIds.length; i++) {
            planAccount(i);
        }
        for (int i = 0; i < contactIds.length; i++) {
            planContact(i);
        }
        for (int i = 0; i < DEALS; i++) {
            planDeal(i);
        }
        for (PlannedContact contact : contacts) {
            if (contact.recentLead()) {
                planLeadEngagement(contact);
            }
        }
    }

    private void planSetup() {
        Instant setup = start.minus(Duration.ofDays(45));
        at(setup, tx -> {
            defineIfMissing(tx, ObjectType.CONTACT, "seniority", "Seniority", DemoNames.SENIORITIES);
            defineIfMissing(tx, ObjectType.ACCOUNT, "tier", "Tier", DemoNames.TIERS);
            defineIfMissing(tx, ObjectType.DEAL, "product", "Product", DemoNames.PRODUCTS);
            newBusiness = pipeline(tx, PipelineTemplates::salesforceStyle, NEW_BUSINESS);
            expansion = pipeline(tx, PipelineTemplates::hubspotStyle, EXPANSION);
        });
    }

    private static void defineIfMissing(CrmTransaction tx, ObjectType type, String key, String label, List<String> values) {
        Optional<PropertyDefinition> existing = tx.propertyDefinitions().findByKey(type, key);
        if (existing.isEmpty()) {
            tx.propertyDefinitions().define(p -> p.objectType(type).key(key).label(label).type(PropertyType.ENUMERATION)
                    .addAllAllowedValues(values));
        }
    }

    private static PipelineId pipeline(CrmTransaction tx, PipelineTemplate template, String name) {
        return tx.pipelines().list().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseGet(() -> tx.pipelines().create(template, name)).id();
    }

    private void planAccount(int i) {
        String name = DemoNames.COMPANIES.get(i);
        int employees = (int) Math.round(Math.exp(Math.log(6) + random.nextDouble() * (Math.log(25_000) - Math.log(6))));
        long revenue = Math.round(employees * (60_000 + random.nextInt(190_000)) / 1000.0) * 1000;
        String industry = pick(DemoNames.INDUSTRIES);
        String country = pick(DemoNames.COUNTRIES);
        String owner = pick(DemoNames.REPS);
        String tier = employees >= 1000 ? "strategic" : employees >= 100 ? "growth" : "standard";
        Instant created = start.minus(Duration.ofDays(40)).plus(Duration.ofHours(3L * i));
        at(created, tx -> accountIds[i] = tx.accounts().create(a -> a.name(name).domain(domain(name)).industry(industry)
                .employeeCount(employees).annualRevenue(Money.of(BigDecimal.valueOf(revenue), USD))
                .country(country).owner(UserId.of(owner)).putProperties("tier", PropertyValue.choice(tier))
                .addExternalIds(ExternalId.of(SOURCE, accountKey(i)))).id());
    }

    private void planContact(int i) {
        int account = i / CONTACTS_PER_ACCOUNT;
        boolean recentLead = i % CONTACTS_PER_ACCOUNT == CONTACTS_PER_ACCOUNT - 1;
        Instant created = recentLead ? between(now.minus(Duration.ofDays(100)), now.minus(Duration.ofDays(12)))
                : between(start.minus(Duration.ofDays(30)), start.plus(Duration.ofDays(60)));
        contacts.add(new PlannedContact(i, account, created, recentLead));
        String first = DemoNames.FIRST_NAMES.get(i % DemoNames.FIRST_NAMES.size());
        String last = DemoNames.LAST_NAMES.get((i * 7 + i / DemoNames.FIRST_NAMES.size()) % DemoNames.LAST_NAMES.size());
        DemoNames.Role role = pick(DemoNames.ROLES);
        boolean freeMail = random.nextInt(100) < 15;
        String email = slug(first) + "." + slug(last) + (freeMail ? random.nextInt(90) + 10 + "@" + pick(DemoNames.FREE_MAIL)
                : "@" + domain(DemoNames.COMPANIES.get(account)));
        Optional<String> phone = random.nextInt(100) < 60
                ? Optional.of(String.format(Locale.ROOT, "+1 %d 555 01%02d", pick(List.of(206, 312, 415, 617, 646)), i % 100))
                : Optional.empty();
        String source = pick(DemoNames.LEAD_SOURCES);
        LifecycleStage stage = recentLead && random.nextBoolean() ? LifecycleStage.SUBSCRIBER : LifecycleStage.LEAD;
        boolean optIn = random.nextInt(100) < 55;
        String owner = pick(DemoNames.REPS);
        at(created, tx -> contactIds[i] = tx.contacts().create(c -> {
            c.firstName(first).lastName(last).primaryEmail(EmailAddress.of(email)).title(role.title())
                    .addAccounts(AccountLink.of(accountIds[account], "employee")).leadSource(source).lifecycleStage(stage)
                    .owner(UserId.of(owner)).consent(new Consent(optIn, false, false))
                    .putProperties("seniority", PropertyValue.choice(role.seniority()))
                    .addExternalIds(ExternalId.of(SOURCE, contactKey(i)));
            phone.ifPresent(p -> c.addPhones(PhoneNumber.parse(p, null)));
        }).id());
    }

    private void planDeal(int i) {
        boolean isExpansion = random.nextInt(100) < 35;
        // The template's stages, read from a throwaway instance whose id is never stored: planning comes before the
        // pipelines exist.
        Pipeline template = isExpansion ? PipelineTemplates.hubspotStyle(new PipelineId(new UUID(0, 1)), EXPANSION, start)
                : PipelineTemplates.salesforceStyle(new PipelineId(new UUID(0, 2)), NEW_BUSINESS, start);
        List<Stage> open = template.stages().stream().filter(s -> s.kind() == StageKind.OPEN).toList();
        Instant created = between(start, now.minus(Duration.ofDays(4)));
        int account = random.nextInt(accountIds.length);
        List<PlannedContact> eligible = eligibleContacts(account, created);
        for (int tries = 0; eligible.isEmpty() && tries < 50; tries++) {
            account = random.nextInt(accountIds.length);
            eligible = eligibleContacts(account, created);
        }
        if (eligible.isEmpty()) {
            created = start.plus(Duration.ofDays(62));
            eligible = eligibleContacts(account, created);
        }
        List<PlannedContact> onDeal = eligible.size() > 1 && random.nextInt(100) < 40 ? eligible.subList(0, 2) : eligible.subList(0, 1);
        String product = isExpansion ? pick(List.of("Insights Starter", "Data Pipeline")) : pick(DemoNames.PRODUCTS);
        long amount = isExpansion ? roundTo(logUniform(2_000, 40_000), 250) : roundTo(logUniform(6_000, 150_000), 500);
        String owner = pick(DemoNames.REPS);
        int accountIndex = account;
        String name = DemoNames.COMPANIES.get(account) + ": " + product + (isExpansion ? " expansion" : "");
        LocalDate expectedClose = Formats.date(created).plusDays(45 + random.nextInt(75));
        String source = pick(DemoNames.LEAD_SOURCES);
        Instant createdAt = created;
        at(createdAt, tx -> {
            dealIds[i] = tx.deals().create(isExpansion ? expansion : newBusiness, d -> {
                d.name(name).account(accountIds[accountIndex]).amount(Money.of(BigDecimal.valueOf(amount), USD))
                        .expectedCloseDate(expectedClose).owner(UserId.of(owner)).source(source)
                        .putProperties("product", PropertyValue.choice(product))
                        .addExternalIds(ExternalId.of(SOURCE, dealKey(i)));
                for (int c = 0; c < onDeal.size(); c++) {
                    d.addContacts(DealContact.of(contactIds[onDeal.get(c).index()], c == 0 ? "champion" : "influencer"));
                }
            }).id();
            for (PlannedContact c : onDeal) {
                tx.contacts().applyLifecycleSuggestion(contactIds[c.index()], LifecycleStage.OPPORTUNITY);
            }
        });
        planDealHistory(i, open, created, onDeal, accountIndex, owner);
    }

    private void planDealHistory(int i, List<Stage> open, Instant created, List<PlannedContact> onDeal, int account, String owner) {
        int outcome = random.nextInt(100);
        boolean won = outcome < 42;
        boolean lost = !won && outcome < 70;
        int depth = won ? 2 + random.nextInt(open.size() - 1) : 1 + random.nextInt(open.size());
        boolean stale = !won && !lost && random.nextInt(100) < 35;
        String lostReason = pick(DemoNames.LOST_REASONS);
        ContactId[] ids = contactIds;
        int champion = onDeal.get(0).index();

        Instant t = created;
        Instant lastTouch = created;
        boolean closed = false;
        for (int s = 1; s <= depth && !closed; s++) {
            Instant next = t.plus(gap(4, 24));
            boolean closes = s == depth && (won || lost);
            if (!next.isBefore(now.minus(DAY))) {
                break;
            }
            planActivities(i, t, next, champion, account, owner, open.get(Math.min(s - 1, open.size() - 1)));
            String stage = s < open.size() ? open.get(s).key() : null;
            if (closes) {
                at(next, tx -> {
                    if (won) {
                        tx.deals().closeWon(dealIds[i]);
                        for (PlannedContact c : onDeal) {
                            tx.contacts().applyLifecycleSuggestion(ids[c.index()], LifecycleStage.CUSTOMER);
                        }
                    } else {
                        tx.deals().closeLost(dealIds[i], lostReason);
                    }
                });
                closed = true;
            } else if (stage != null) {
                at(next, tx -> tx.deals().move(dealIds[i], stage));
            }
            t = next;
            lastTouch = next;
        }
        if (closed || stale) {
            return;
        }
        // A deal still being worked: recent calls and emails, a pushed close date, and a follow-up task.
        Instant recent = between(now.minus(Duration.ofDays(9)), now.minus(Duration.ofHours(6)));
        if (recent.isAfter(lastTouch)) {
            planActivities(i, lastTouch, recent, champion, account, owner, open.get(0));
            LocalDate pushed = Formats.date(now).plusDays(5 + random.nextInt(70));
            Instant push = recent;
            at(push, tx -> tx.deals().update(tx.deals().get(dealIds[i]).withExpectedCloseDate(pushed)));
            at(push, tx -> logActivity(tx, ActivityType.CALL, "Check-in call", Optional.of("connected"), push, i, champion, account, owner));
        }
        Instant due = now.plus(Duration.ofHours(24 + random.nextInt(24 * 10)));
        at(between(now.minus(Duration.ofDays(3)), now.minus(Duration.ofHours(1))), tx -> {
            activities++;
            tx.activities().log(a -> a.type(ActivityType.TASK).subject("Follow up on next steps").dueAt(due)
                    .deal(dealIds[i]).contact(contactIds[champion]).owner(UserId.of(owner))
                    .addExternalIds(ExternalId.of(SOURCE, "task-" + dealKey(i))));
        });
    }

    /** Zero to two activities strictly inside (from, to), about the stage the deal is in. */
    private void planActivities(int deal, Instant from, Instant to, int contact, int account, String owner, Stage stage) {
        long span = Duration.between(from, to).toMinutes();
        if (span < 180) {
            return;
        }
        int count = random.nextInt(3);
        for (int k = 0; k < count; k++) {
            Instant when = from.plus(Duration.ofMinutes(60 + (long) (random.nextDouble() * (span - 120))));
            int kind = random.nextInt(10);
            ActivityType type = kind < 4 ? ActivityType.EMAIL : kind < 7 ? ActivityType.CALL : ActivityType.MEETING;
            String subject = switch (type) {
                case EMAIL -> "Email: " + stage.name().toLowerCase(Locale.ROOT);
                case CALL -> "Call: " + stage.name().toLowerCase(Locale.ROOT);
                default -> "Meeting: " + stage.name().toLowerCase(Locale.ROOT);
            };
            Optional<String> outcome = type == ActivityType.CALL
                    ? Optional.of(random.nextInt(100) < 65 ? "connected" : "no answer") : Optional.empty();
            at(when, tx -> logActivity(tx, type, subject, outcome, when, deal, contact, account, owner));
        }
    }

    /** Inbound leads without a deal yet: a few emails, calls and meetings since they arrived. */
    private void planLeadEngagement(PlannedContact contact) {
        int count = random.nextInt(5);
        String owner = pick(DemoNames.REPS);
        for (int k = 0; k < count; k++) {
            Instant when = between(contact.createdAt().plus(Duration.ofHours(2)), now.minus(Duration.ofHours(2)));
            int kind = random.nextInt(10);
            ActivityType type = kind < 4 ? ActivityType.EMAIL : kind < 8 ? ActivityType.CALL : ActivityType.MEETING;
            String subject = switch (type) {
                case EMAIL -> "Email: product information";
                case CALL -> "Call: discovery";
                default -> "Meeting: product demo";
            };
            Optional<String> outcome = type == ActivityType.CALL
                    ? Optional.of(random.nextInt(100) < 70 ? "connected" : "no answer") : Optional.empty();
            at(when, tx -> logActivity(tx, type, subject, outcome, when, -1, contact.index(), contact.account(), owner));
        }
    }

    private void logActivity(CrmTransaction tx, ActivityType type, String subject, Optional<String> outcome, Instant when,
                             int deal, int contact, int account, String owner) {
        int number = ++activities;
        tx.activities().log(a -> {
            a.type(type).subject(subject).occurredAt(when).contact(contactIds[contact]).account(accountIds[account])
                    .owner(UserId.of(owner)).outcome(outcome)
                    .addExternalIds(ExternalId.of(SOURCE, String.format(Locale.ROOT, "act-%04d", number)));
            if (type == ActivityType.CALL || type == ActivityType.MEETING) {
                a.duration(Duration.ofMinutes(type == ActivityType.CALL ? 15 : 45));
            }
            if (deal >= 0) {
                a.deal(dealIds[deal]);
            }
        });
    }

    // ---- helpers ----

    private List<PlannedContact> eligibleContacts(int account, Instant dealCreated) {
        List<PlannedContact> eligible = new ArrayList<>();
        for (PlannedContact c : contacts) {
            if (c.account() == account && c.createdAt().isBefore(dealCreated.minus(DAY))) {
                eligible.add(c);
            }
        }
        return eligible;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private Instant between(Instant from, Instant to) {
        long seconds = Duration.between(from, to).getSeconds();
        return from.plusSeconds((long) (random.nextDouble() * seconds));
    }

    private Duration gap(int minDays, int maxDays) {
        return Duration.ofMinutes((long) ((minDays + random.nextDouble() * (maxDays - minDays)) * 24 * 60));
    }

    private double logUniform(double min, double max) {
        return Math.exp(Math.log(min) + random.nextDouble() * (Math.log(max) - Math.log(min)));
    }

    private static long roundTo(double value, long step) {
        return Math.max(step, Math.round(value / step) * step);
    }

    private static String domain(String company) {
        return slug(company.replace("'", "")).replace('.', '-') + ".example";
    }

    /** Lower-case ASCII letters and digits, words joined by hyphens: "Margie's Travel" gives "margies-travel". */
    private static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static String accountKey(int i) {
        return String.format(Locale.ROOT, "acc-%02d", i + 1);
    }

    private static String contactKey(int i) {
        return String.format(Locale.ROOT, "con-%03d", i + 1);
    }

    private static String dealKey(int i) {
        return String.format(Locale.ROOT, "deal-%03d", i + 1);
    }

    /** The UTC start of the day the demo treats as today (for messages). */
    static LocalDate today(Instant now) {
        return now.atZone(ZoneOffset.UTC).toLocalDate();
    }
}
