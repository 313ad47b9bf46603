package dev.crmkit.core.testing;

import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.activity.Activity;
import dev.crmkit.core.model.activity.ActivityType;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.pipeline.ForecastCategory;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.pipeline.Stage;
import dev.crmkit.core.model.pipeline.StageKind;
import dev.crmkit.core.model.pipeline.StageRequirement;
import dev.crmkit.core.model.property.PropertyDefinition;
import dev.crmkit.core.model.shared.AccountId;
import dev.crmkit.core.model.shared.ActivityId;
import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.core.model.shared.DealId;
import dev.crmkit.core.model.shared.ObjectType;
import dev.crmkit.core.model.shared.Percentage;
import dev.crmkit.core.model.shared.PipelineId;
import dev.crmkit.core.model.shared.PropertyDefinitionId;
import dev.crmkit.core.model.shared.PropertyType;
import dev.crmkit.core.model.shared.StageChangeId;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** Fixed, valid test data: ids from small numbers, one moment, and pre-filled builders. */
public final class Fixtures {
    /** The moment fixtures are created at. */
    public static final Instant T0 = Instant.parse("2026-01-05T10:15:30Z");

    private Fixtures() {
    }

    /** A UUID whose low bits are {@code n}: readable in failure messages, ordered by {@code n}. */
    public static UUID uuid(long n) {
        return new UUID(0x0000000000007000L, 0x8000000000000000L | n);
    }

    /** The AccountId over {@link #uuid(long) uuid(n)}. */
    public static AccountId accountId(long n) {
        return new AccountId(uuid(n));
    }

    /** The ContactId over {@link #uuid(long) uuid(n)}. */
    public static ContactId contactId(long n) {
        return new ContactId(uuid(n));
    }

    /** The DealId over {@link #uuid(long) uuid(n)}. */
    public static DealId dealId(long n) {
        return new DealId(uuid(n));
    }

    /** The PipelineId over {@link #uuid(long) uuid(n)}. */
    public static PipelineId pipelineId(long n) {
        return new PipelineId(uuid(n));
    }

    /** The ActivityId over {@link #uuid(long) uuid(n)}. */
    public static ActivityId activityId(long n) {
        return new ActivityId(uuid(n));
    }

    /** The StageChangeId over {@link #uuid(long) uuid(n)}. */
    public static StageChangeId stageChangeId(long n) {
        return new StageChangeId(uuid(n));
    }

    /** The PropertyDefinitionId over {@link #uuid(long) uuid(n)}. */
    public static PropertyDefinitionId propertyDefinitionId(long n) {
        return new PropertyDefinitionId(uuid(n));
    }

    /** An account builder with every required attribute set. */
    public static Account.Builder account() {
        return Account.builder().id(accountId(1)).name("Acme Corp").createdAt(T0);
    }

    /** A contact builder with every required attribute set. */
    public static Contact.Builder contact() {
        return Contact.builder().id(contactId(1)).firstName("Ada").createdAt(T0);
    }

    /** A deal builder in stage {@code open-a} of {@link #pipeline()}. */
    public static Deal.Builder deal() {
        return Deal.builder().id(dealId(1)).name("Big deal").pipeline(pipelineId(1)).stage("open-a")
                .stageEnteredAt(T0).createdAt(T0);
    }

    /** A call logged on a contact. */
    public static Activity.Builder call() {
        return Activity.builder().id(activityId(1)).type(ActivityType.CALL).subject("Intro call")
                .occurredAt(T0).contact(contactId(1)).createdAt(T0);
    }

    /** A property definition builder of the given type on deals. */
    public static PropertyDefinition.Builder propertyDefinition(String key, PropertyType type) {
        return PropertyDefinition.builder().id(propertyDefinitionId(1)).objectType(ObjectType.DEAL).key(key)
                .label(key).type(type).createdAt(T0);
    }

    /** An open stage without gates. */
    public static Stage.Builder openStage(String key, int probability) {
        return Stage.builder().key(key).name(key.toUpperCase(Locale.ROOT))
                .defaultProbability(Percentage.of(probability));
    }

    /** A won stage. */
    public static Stage wonStage(String key) {
        return Stage.builder().key(key).name("Won").defaultProbability(Percentage.HUNDRED_PERCENT).kind(StageKind.WON).build();
    }

    /** A lost stage. */
    public static Stage lostStage(String key) {
        return Stage.builder().key(key).name("Lost").defaultProbability(Percentage.ZERO).kind(StageKind.LOST).build();
    }

    /**
     * A pipeline builder with stages {@code open-a} (10 %), {@code open-b} (40 %, BEST_CASE),
     * {@code open-c} (70 %, COMMIT, rots after 14 days), {@code won} and {@code lost}; any-to-any, re-open allowed.
     */
    public static Pipeline.Builder pipeline() {
        return Pipeline.builder().id(pipelineId(1)).name("Sales").createdAt(T0)
                .addStages(openStage("open-a", 10).rottingDays(30).build(),
                        openStage("open-b", 40).defaultForecastCategory(ForecastCategory.BEST_CASE).build(),
                        openStage("open-c", 70).defaultForecastCategory(ForecastCategory.COMMIT).rottingDays(14).build(),
                        wonStage("won"), lostStage("lost"));
    }

    /** {@link #pipeline()} with {@code open-b} gated on the given requirements. */
    public static Pipeline gatedPipeline(StageRequirement... requirements) {
        Pipeline base = pipeline().build();
        return Pipeline.copyOf(base).withStages(base.stages().stream()
                .map(s -> s.key().equals("open-b") ? Stage.copyOf(s).withRequiredFields(requirements) : s)
                .toList());
    }
}
