package dev.crmkit.core.model.activity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.shared.AccountId;
import dev.crmkit.core.model.shared.ActivityId;
import dev.crmkit.core.model.shared.Checks;
import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.core.model.shared.CrmStyle;
import dev.crmkit.core.model.shared.DealId;
import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.core.model.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Something that happened with, or must be done for, a contact, an account or a deal. A task has a due
 * moment and a done flag; the other types have the moment they occurred. Build with {@code Activity.builder()}.
 */
@Value.Immutable
@CrmStyle
@JsonSerialize(as = Activity.class)
@JsonDeserialize(as = Activity.class)
public abstract class AbstractActivity {

    /** The id. */
    public abstract ActivityId id();

    /** The kind of activity. */
    public abstract ActivityType type();

    /** A one-line subject, 1-255 characters. */
    public abstract String subject();

    /** Free text (meeting notes, email body), up to 100,000 characters. */
    public abstract Optional<String> body();

    /** When it happened; required for every type but {@link ActivityType#TASK}. */
    public abstract Optional<Instant> occurredAt();

    /** When a task is due; required for tasks. */
    public abstract Optional<Instant> dueAt();

    /** Whether a task is done (always true for activities that already happened). */
    @Value.Default
    public boolean done() {
        return type() != ActivityType.TASK;
    }

    /** When a task was completed. */
    public abstract Optional<Instant> completedAt();

    /** How long a call or meeting took. */
    public abstract Optional<Duration> duration();

    /** The outcome ({@code "connected"}, {@code "left voicemail"}), 1-255 characters, trimmed. */
    public abstract Optional<String> outcome();

    /** The contact involved. */
    public abstract Optional<ContactId> contact();

    /** The account involved. */
    public abstract Optional<AccountId> account();

    /** The deal involved. */
    public abstract Optional<DealId> deal();

    /** The user who owns the activity. */
    public abstract Optional<UserId> owner();

    /** Ids of this activity in other systems. */
    public abstract Set<ExternalId> externalIds();

    /** When the activity was recorded. */
    public abstract Instant createdAt();

    /** When the activity was last changed. */
    @Value.Default
    public Instant updatedAt() {
        return createdAt();
    }

    /** Optimistic-locking version. */
    @Value.Default
    public long version() {
        return 0;
    }

    /** The moment that places the activity on a timeline: when it occurred, or when a task is due. */
    public Instant timelineAt() {
        return occurredAt().or(this::dueAt).orElse(createdAt());
    }

    @Value.Check
    protected AbstractActivity normalize() {
        String trimmed = ValidationException.requireText("subject", subject(), 255);
        Optional<String> trimmedOutcome = outcome().map(String::strip);
        if (trimmed.equals(subject()) && trimmedOutcome.equals(outcome())) {
            return this;
        }
        return Activity.copyOf(this).withSubject(trimmed).withOutcome(trimmedOutcome);
    }

    @Value.Check
    protected void check() {
        body().ifPresent(b -> ValidationException.check(b.length() <= 100_000, "body", b.length() + " characters",
                "must be at most 100000 characters"));
        body().ifPresent(b -> ValidationException.requireWellFormed("body", b));
        Checks.optionalText("outcome", outcome(), 255);
        if (type() == ActivityType.TASK) {
            ValidationException.check(dueAt().isPresent(), "dueAt", null, "a task needs a due moment");
        } else {
            ValidationException.check(occurredAt().isPresent(), "occurredAt", null, "a " + type() + " needs the moment it occurred");
        }
        ValidationException.check(contact().isPresent() || account().isPresent() || deal().isPresent(), "links", null,
                "an activity must be linked to a contact, an account or a deal");
        duration().ifPresent(d -> ValidationException.check(!d.isNegative(), "duration", d, "must not be negative"));
        completedAt().ifPresent(c -> ValidationException.check(done(), "completedAt", c, "only a done activity has a completion moment"));
        Checks.externalIds(externalIds());
        ValidationException.check(version() >= 0, "version", version(), "must not be negative");
        ValidationException.check(!updatedAt().isBefore(createdAt()), "updatedAt", updatedAt(), "must not be before createdAt");
    }
}
