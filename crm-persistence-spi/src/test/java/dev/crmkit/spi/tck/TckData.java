package dev.crmkit.spi.tck;

import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.activity.Activity;
import dev.crmkit.core.model.activity.ActivityType;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.StageChange;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.pipeline.PipelineTemplates;
import dev.crmkit.core.model.property.PropertyDefinition;
import dev.crmkit.core.model.shared.AccountId;
import dev.crmkit.core.model.shared.ActivityId;
import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.core.model.shared.DealId;
import dev.crmkit.core.model.shared.EmailAddress;
import dev.crmkit.core.model.shared.IdGenerator;
import dev.crmkit.core.model.shared.ObjectType;
import dev.crmkit.core.model.shared.Percentage;
import dev.crmkit.core.model.shared.PipelineId;
import dev.crmkit.core.model.shared.PropertyDefinitionId;
import dev.crmkit.core.model.shared.PropertyType;
import dev.crmkit.core.model.shared.StageChangeId;
import dev.crmkit.core.model.shared.UuidV7Generator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Random;

/**
 * Test data for store tests: a fixed clock, a seeded id generator (ids increase in creation order) and
 * builders pre-filled with valid values, so a test states only what it is about. Every moment it makes has
 * microsecond precision, the least a store must keep. Not thread-safe; make one per test or thread.
 */
public final class TckData {
    /** The fixed "now" of the TCK, with microseconds. */
    public static final Instant NOW = Instant.parse("2024-05-01T09:30:00.123456Z");
    /** The seed used by {@link #TckData()}. */
    public static final long DEFAULT_SEED = 20240501L;

    private final Clock clock;
    private final IdGenerator ids;

    /** Data with {@link #DEFAULT_SEED}. */
    public TckData() {
        this(DEFAULT_SEED);
    }

    /** Data whose ids come from a generator seeded with {@code seed}. */
    public TckData(long seed) {
        this.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        this.ids = new UuidV7Generator(clock, new Random(seed));
    }

    /** The fixed clock. */
    public Clock clock() {
        return clock;
    }

    /** The id generator: each id is greater than the previous one. */
    public IdGenerator ids() {
        return ids;
    }

    /** {@link #NOW} plus {@code micros} microseconds (negative: before). */
    public static Instant at(long micros) {
        return NOW.plus(micros, ChronoUnit.MICROS);
    }

    /** {@link #NOW} plus whole days. */
    public static Instant days(long days) {
        return NOW.plus(days, ChronoUnit.DAYS);
    }

    /** A new account id. */
    public AccountId accountId() {
        return ids.next(AccountId::new);
    }

    /** A new contact id. */
    public ContactId contactId() {
        return ids.next(ContactId::new);
    }

    /** A new deal id. */
    public DealId dealId() {
        return ids.next(DealId::new);
    }

    /** A new pipeline id. */
    public PipelineId pipelineId() {
        return ids.next(PipelineId::new);
    }

    /** A new activity id. */
    public ActivityId activityId() {
        return ids.next(ActivityId::new);
    }

    /** A new stage change id. */
    public StageChangeId stageChangeId() {
        return ids.next(StageChangeId::new);
    }

    /** A new property definition id. */
    public PropertyDefinitionId propertyDefinitionId() {
        return ids.next(PropertyDefinitionId::new);
    }

    /** An account builder with a new id, the name and {@link #NOW} as creation moment. */
    public Account.Builder accountBuilder(String name) {
        return Account.builder().id(accountId()).name(name).createdAt(NOW);
    }

    /** A new account (version 0). */
    public Account account(String name) {
        return accountBuilder(name).build();
    }

    /** A contact builder with a new id, the names and {@link #NOW} as creation moment. */
    public Contact.Builder contactBuilder(String firstName, String lastName) {
        return Contact.builder().id(contactId()).firstName(Optional.ofNullable(firstName))
                .lastName(Optional.ofNullable(lastName)).createdAt(NOW);
    }

    /** A new contact (version 0). */
    public Contact contact(String firstName, String lastName) {
        return contactBuilder(firstName, lastName).build();
    }

    /** A new contact with a primary email and no name. */
    public Contact contactWithEmail(String email) {
        return Contact.builder().id(contactId()).primaryEmail(EmailAddress.of(email)).createdAt(NOW).build();
    }

    /** A Salesforce-style pipeline (see {@link PipelineTemplates}) with a new id. */
    public Pipeline pipeline(String name) {
        return pipeline(name, NOW);
    }

    /** A Salesforce-style pipeline with a new id, created at {@code createdAt}. */
    public Pipeline pipeline(String name, Instant createdAt) {
        return PipelineTemplates.salesforceStyle(pipelineId(), name, createdAt);
    }

    /** A HubSpot-style pipeline (see {@link PipelineTemplates}) with a new id. */
    public Pipeline hubspotPipeline(String name) {
        return PipelineTemplates.hubspotStyle(pipelineId(), name, NOW);
    }

    /** A deal builder with a new id, in the pipeline's first open stage since {@link #NOW}. */
    public Deal.Builder dealBuilder(Pipeline pipeline, String name) {
        return Deal.builder().id(dealId()).name(name).pipeline(pipeline.id()).stage(pipeline.firstOpenStage().key())
                .stageEnteredAt(NOW).createdAt(NOW);
    }

    /** A new deal in the pipeline's first open stage. */
    public Deal deal(Pipeline pipeline, String name) {
        return dealBuilder(pipeline, name).build();
    }

    /** A note builder with a new id, occurred at {@code occurredAt}; link it to something before building. */
    public Activity.Builder noteBuilder(String subject, Instant occurredAt) {
        return Activity.builder().id(activityId()).type(ActivityType.NOTE).subject(subject).occurredAt(occurredAt)
                .createdAt(NOW);
    }

    /** A new note on an account. */
    public Activity note(AccountId account, String subject, Instant occurredAt) {
        return noteBuilder(subject, occurredAt).account(account).build();
    }

    /** A new open task on an account, due at {@code dueAt}. */
    public Activity task(AccountId account, String subject, Instant dueAt) {
        return Activity.builder().id(activityId()).type(ActivityType.TASK).subject(subject).dueAt(dueAt)
                .account(account).createdAt(NOW).build();
    }

    /** A stage history entry of a deal, with the probability of {@code percent}. */
    public StageChange stageChange(Deal deal, String fromStage, String toStage, Instant changedAt, int percent) {
        return StageChange.builder().id(stageChangeId()).deal(deal.id()).pipeline(deal.pipeline())
                .fromStage(Optional.ofNullable(fromStage)).toStage(toStage).changedAt(changedAt)
                .amount(deal.amount()).expectedCloseDate(deal.expectedCloseDate()).probability(Percentage.of(percent))
                .build();
    }

    /** A property definition of a type other than enumeration. */
    public PropertyDefinition propertyDefinition(ObjectType objectType, String key, PropertyType type) {
        return PropertyDefinition.builder().id(propertyDefinitionId()).objectType(objectType).key(key)
                .label("Label of " + key).type(type).createdAt(NOW).build();
    }
}
