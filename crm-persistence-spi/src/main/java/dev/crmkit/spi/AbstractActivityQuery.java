package dev.crmkit.spi;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.activity.ActivityType;
import dev.crmkit.core.model.shared.AccountId;
import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.core.model.shared.CrmStyle;
import dev.crmkit.core.model.shared.DealId;
import dev.crmkit.core.model.shared.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A filter over activities. The three "related to" sets are OR-ed: an activity matches when it is linked to
 * any of the listed contacts, accounts or deals (so one query yields a customer-360 timeline); all other
 * attributes are AND-ed. Results are ordered by {@link dev.crmkit.core.model.activity.Activity#timelineAt()},
 * then id, in {@link #order()}.
 */
@Value.Immutable
@CrmStyle
public abstract class AbstractActivityQuery {

    /** Activities linked to any of these contacts. */
    public abstract Set<ContactId> contacts();

    /** Activities linked to any of these accounts. */
    public abstract Set<AccountId> accounts();

    /** Activities linked to any of these deals. */
    public abstract Set<DealId> deals();

    /** Activities owned by this user. */
    public abstract Optional<UserId> owner();

    /** Activities of this type. */
    public abstract Optional<ActivityType> type();

    /** Only tasks that are not done. */
    @Value.Default
    public boolean openTasksOnly() {
        return false;
    }

    /** Only activities whose due moment is before this one (exclusive). */
    public abstract Optional<Instant> dueBefore();

    /** Only activities whose subject or body contains this text, ignoring case; matched literally. */
    public abstract Optional<String> textContains();

    /** Time direction of the results. */
    @Value.Default
    public TimeOrder order() {
        return TimeOrder.NEWEST_FIRST;
    }

    /** Matches every activity. */
    public static ActivityQuery all() {
        return ActivityQuery.builder().build();
    }

    @Value.Check
    protected void check() {
        textContains().ifPresent(text -> ValidationException.requireWellFormed("textContains", text));
        int related = contacts().size() + accounts().size() + deals().size();
        ValidationException.check(related <= 1000, "relatedTo", related, "at most 1000 related records per query");
        textContains().ifPresent(t -> ValidationException.check(!t.isEmpty() && t.length() <= 200, "textContains", t,
                "must be 1-200 characters"));
    }
}
