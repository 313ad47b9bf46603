package dev.crmkit.spi.memory;

import dev.crmkit.core.model.activity.Activity;
import dev.crmkit.core.model.activity.ActivityType;
import dev.crmkit.core.model.shared.ActivityId;
import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.spi.ActivityQuery;
import dev.crmkit.spi.ActivityRepository;
import dev.crmkit.spi.Page;
import dev.crmkit.spi.PageRequest;
import dev.crmkit.spi.TimeOrder;
import java.util.Comparator;
import java.util.Objects;
import java.util.Set;

/** Activities of an in-memory unit of work. */
final class MemoryActivityRepository extends MemoryExternallyIdentifiedRepository<ActivityId, Activity>
        implements ActivityRepository {
    private static final Keyset<Activity> OLDEST_FIRST = Keyset.<Activity>named("activity:oldest")
            .then(Activity::timelineAt, Comparator.<java.time.Instant>naturalOrder(), Keyset.Codec.INSTANT)
            .then(a -> a.id().value(), Orders.UUID_ORDER, Keyset.Codec.UUID).build();
    private static final Keyset<Activity> NEWEST_FIRST = Keyset.<Activity>named("activity:newest")
            .then(Activity::timelineAt, Comparator.<java.time.Instant>reverseOrder(), Keyset.Codec.INSTANT)
            .then(a -> a.id().value(), Orders.UUID_ORDER.reversed(), Keyset.Codec.UUID).build();

    MemoryActivityRepository(MemoryUnitOfWork uow) {
        super(uow, TenantState.ACTIVITIES);
    }

    @Override
    public Page<Activity> find(ActivityQuery query, PageRequest page) {
        Objects.requireNonNull(page, "page");
        Keyset<Activity> order = query.order() == TimeOrder.OLDEST_FIRST ? OLDEST_FIRST : NEWEST_FIRST;
        return order.page(uow.cursorScope(), table().all(), a -> matches(query, a), page);
    }

    @Override
    public long count(ActivityQuery query) {
        return table().all().stream().filter(a -> matches(query, a)).count();
    }

    private static boolean matches(ActivityQuery query, Activity activity) {
        return isRelated(query, activity)
                && (query.owner().isEmpty() || activity.owner().equals(query.owner()))
                && (query.type().isEmpty() || activity.type() == query.type().get())
                && (!query.openTasksOnly() || (activity.type() == ActivityType.TASK && !activity.done()))
                && (query.dueBefore().isEmpty()
                    || activity.dueAt().map(due -> due.isBefore(query.dueBefore().get())).orElse(false))
                && (query.textContains().isEmpty() || containsText(activity, query.textContains().get()));
    }

    /** The related-to sets are OR-ed; without any, every activity is related. */
    private static boolean isRelated(ActivityQuery query, Activity activity) {
        if (query.contacts().isEmpty() && query.accounts().isEmpty() && query.deals().isEmpty()) {
            return true;
        }
        return activity.contact().map(query.contacts()::contains).orElse(false)
                || activity.account().map(query.accounts()::contains).orElse(false)
                || activity.deal().map(query.deals()::contains).orElse(false);
    }

    private static boolean containsText(Activity activity, String text) {
        return Text.containsIgnoreCase(activity.subject(), text)
                || activity.body().map(body -> Text.containsIgnoreCase(body, text)).orElse(false);
    }

    @Override
    Set<ExternalId> externalIds(Activity entity) {
        return entity.externalIds();
    }

    @Override
    Activity merge(Activity stored, Activity incoming, Set<ExternalId> externalIds) {
        return Activity.copyOf(incoming).withId(stored.id()).withCreatedAt(stored.createdAt())
                .withExternalIds(externalIds).withVersion(stored.version());
    }
}
