package dev.crmkit.core.model.deal;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.pipeline.ForecastCategory;
import dev.crmkit.core.model.shared.AccountId;
import dev.crmkit.core.model.shared.Checks;
import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.core.model.shared.CrmStyle;
import dev.crmkit.core.model.shared.DealId;
import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.Percentage;
import dev.crmkit.core.model.shared.PipelineId;
import dev.crmkit.core.model.shared.PropertyValue;
import dev.crmkit.core.model.shared.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A deal (opportunity): something the tenant may sell, moving through the stages of one pipeline.
 * Build with {@code Deal.builder()}. Whether {@link #stage()} exists in the pipeline, and every stage
 * gate, is checked by {@link dev.crmkit.core.rules.PipelineRules} with the pipeline at hand.
 */
@Value.Immutable
@CrmStyle
@JsonSerialize(as = Deal.class)
@JsonDeserialize(as = Deal.class)
public abstract class AbstractDeal {

    /** The id. */
    public abstract DealId id();

    /** Display name, 1-255 characters. */
    public abstract String name();

    /** The account the deal is with. */
    public abstract Optional<AccountId> account();

    /** The contacts involved, with their roles; at most one entry per contact. */
    public abstract List<DealContact> contacts();

    /** The pipeline the deal moves through. */
    public abstract PipelineId pipeline();

    /** The key of the current stage. */
    public abstract String stage();

    /** When the deal entered its current stage. */
    public abstract Instant stageEnteredAt();

    /** The value of the deal, not negative. */
    public abstract Optional<Money> amount();

    /** When the deal is expected to close. */
    public abstract Optional<LocalDate> expectedCloseDate();

    /** The user who owns the deal. */
    public abstract Optional<UserId> owner();

    /** A win probability that replaces the stage default while the deal is open. */
    public abstract Optional<Percentage> probabilityOverride();

    /** A forecast category that replaces the stage default while the deal is open. */
    public abstract Optional<ForecastCategory> forecastCategoryOverride();

    /** Why the deal was lost; required to close as lost. */
    public abstract Optional<String> lostReason();

    /** Where the deal came from. */
    public abstract Optional<String> source();

    /** When the deal was created. */
    public abstract Instant createdAt();

    /** When the deal was closed (won or lost); empty while open. */
    public abstract Optional<Instant> closedAt();

    /** The last time an activity was logged on the deal (used to detect rotting deals). */
    public abstract Optional<Instant> lastActivityAt();

    /** Ids of this deal in other systems, at most one per source. */
    public abstract Set<ExternalId> externalIds();

    /** Custom property values by property key. */
    public abstract Map<String, PropertyValue> properties();

    /** When the deal was last changed. */
    @Value.Default
    public Instant updatedAt() {
        return createdAt();
    }

    /** Optimistic-locking version: 0 before the first insert, incremented by every update. */
    @Value.Default
    public long version() {
        return 0;
    }

    /** Whether the contact is on the deal. */
    public boolean hasContact(ContactId contact) {
        return contacts().stream().anyMatch(c -> c.contact().equals(contact));
    }

    /** The last moment a stage change or an activity touched the deal. */
    public Instant lastTouchedAt() {
        Instant touched = stageEnteredAt();
        if (lastActivityAt().isPresent() && lastActivityAt().get().isAfter(touched)) {
            touched = lastActivityAt().get();
        }
        return touched;
    }

    @Value.Check
    protected AbstractDeal normalize() {
        String trimmedName = ValidationException.requireText("name", name(), 255);
        Optional<String> reason = lostReason().map(r -> ValidationException.requireText("lostReason", r, 500));
        Optional<String> trimmedSource = source().map(s -> ValidationException.requireText("source", s, 255));
        if (trimmedName.equals(name()) && reason.equals(lostReason()) && trimmedSource.equals(source())) {
            return this;
        }
        return Deal.copyOf(this).withName(trimmedName).withLostReason(reason).withSource(trimmedSource);
    }

    @Value.Check
    protected void check() {
        ValidationException.check(!stage().isBlank(), "stage", stage(), "must not be blank");
        Checks.nonNegative("amount", amount());
        Set<ContactId> seen = new HashSet<>();
        for (DealContact contact : contacts()) {
            ValidationException.check(seen.add(contact.contact()), "contacts", contact.contact(), "is on the deal twice");
        }
        closedAt().ifPresent(closed -> ValidationException.check(!closed.isBefore(createdAt()), "closedAt", closed,
                "must not be before createdAt " + createdAt()));
        Checks.externalIds(externalIds());
        Checks.propertyKeys(properties());
        ValidationException.check(version() >= 0, "version", version(), "must not be negative");
        ValidationException.check(!updatedAt().isBefore(createdAt()), "updatedAt", updatedAt(), "must not be before createdAt");
    }
}
