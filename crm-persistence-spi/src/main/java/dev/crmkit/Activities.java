package dev.crmkit;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.activity.Activity;
import dev.crmkit.core.model.activity.ActivityType;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.shared.ActivityId;
import dev.crmkit.core.model.shared.DealId;
import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.event.ActivityDeleted;
import dev.crmkit.event.ActivityLogged;
import dev.crmkit.event.TaskCompleted;
import dev.crmkit.internal.Drafts;
import dev.crmkit.internal.References;
import dev.crmkit.internal.Stored;
import dev.crmkit.internal.TxContext;
import dev.crmkit.internal.TxRunner;
import dev.crmkit.internal.Writes;
import dev.crmkit.spi.ActivityQuery;
import dev.crmkit.spi.Page;
import dev.crmkit.spi.PageRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Activity use cases of one tenant: log calls, emails, meetings, notes and tasks, complete tasks. Each method
 * is one transaction (or part of the caller's {@link CrmTenant#inTransaction} block); events are delivered
 * after commit.
 */
public final class Activities {
    private final TxRunner runner;

    Activities(TxRunner runner) {
        this.runner = runner;
    }

    /**
     * Logs an activity (or creates a task). {@code draft} fills a builder whose id, {@code createdAt} and
     * {@code updatedAt} the façade has set; leave those and {@code version} alone. When the activity happened
     * (it has {@code occurredAt}) and is linked to a deal, the deal's {@code lastActivityAt} moves forward to
     * that moment (at most the clock's now), which resets its rotting. Raises {@link ActivityLogged}, then
     * {@link dev.crmkit.event.DealUpdated} when the deal was touched.
     *
     * <pre>{@code activities.log(a -> a.type(ActivityType.CALL).subject("Intro call").occurredAt(now).deal(dealId))}</pre>
     *
     * @return the stored activity (version 1)
     * @throws dev.crmkit.core.error.ValidationException for a missing type or subject, a missing moment, no link,
     *                                                    a linked record that does not exist, or a field the
     *                                                    façade assigns
     * @throws dev.crmkit.spi.VersionConflictException   when the linked deal changed concurrently (safe to retry)
     * @throws dev.crmkit.spi.DuplicateKeyException      when an external id is taken
     */
    public Activity log(Consumer<Activity.Builder> draft) {
        Objects.requireNonNull(draft, "draft");
        return runner.call(ctx -> {
            Instant now = ctx.now();
            ActivityId id = ctx.newId(ActivityId::new);
            Activity.Builder builder = Activity.builder().id(id).createdAt(now).updatedAt(now);
            draft.accept(builder);
            Activity activity = builder.build();
            Drafts.requireAssigned("id", id, activity.id());
            Drafts.requireAssigned("createdAt", now, activity.createdAt());
            Drafts.requireAssigned("updatedAt", now, activity.updatedAt());
            Drafts.requireAssigned("version", 0L, activity.version());
            References.checkActivity(ctx, activity);
            Activity stored = ctx.uow().activities().insert(activity);
            ctx.publish(new ActivityLogged(ctx.tenant(), now, stored));
            if (stored.occurredAt().isPresent()) {
                touchDeal(ctx, stored.deal(), stored.occurredAt().get(), now);
            }
            return stored;
        });
    }

    /**
     * Stores a changed activity (with the version read; {@code updatedAt} is set by the façade,
     * {@code createdAt} must not change). Does not touch deals. Raises {@link dev.crmkit.event.ActivityUpdated}.
     *
     * @return the stored activity (version + 1)
     * @throws dev.crmkit.core.error.NotFoundException   when the activity does not exist
     * @throws dev.crmkit.spi.VersionConflictException   when it changed since it was read
     * @throws dev.crmkit.core.error.ValidationException for a changed {@code createdAt} or a linked record that
     *                                                    does not exist
     */
    public Activity update(Activity activity) {
        Objects.requireNonNull(activity, "activity");
        return runner.call(ctx -> {
            Instant now = ctx.now();
            Activity stored = Stored.expect(ctx.uow().activities(), activity.id(), activity.version(), Activity::version);
            Drafts.requireUnchanged("createdAt", stored.createdAt(), activity.createdAt(), "it records the creation");
            References.checkActivity(ctx, activity);
            return Writes.update(ctx, activity.withUpdatedAt(Writes.notBefore(now, stored.updatedAt())), now);
        });
    }

    /**
     * Deletes an activity. Raises {@link ActivityDeleted}.
     *
     * @throws dev.crmkit.core.error.NotFoundException when the activity does not exist
     * @throws dev.crmkit.spi.VersionConflictException when its version is not {@code expectedVersion}
     */
    public void delete(ActivityId id, long expectedVersion) {
        Objects.requireNonNull(id, "id");
        runner.call(ctx -> {
            Activity stored = Stored.expect(ctx.uow().activities(), id, expectedVersion, Activity::version);
            Writes.delete(ctx, stored, ctx.now());
            return null;
        });
    }

    /**
     * Marks a task done now and moves its deal's {@code lastActivityAt} forward. Raises {@link TaskCompleted},
     * then {@link dev.crmkit.event.DealUpdated} when a deal was touched.
     *
     * @return the stored task
     * @throws dev.crmkit.core.error.NotFoundException   when the activity does not exist
     * @throws dev.crmkit.core.error.ValidationException when it is not a task (field {@code type}) or is already
     *                                                    done (field {@code done})
     * @throws dev.crmkit.spi.VersionConflictException   when it or its deal changed concurrently (safe to retry)
     */
    public Activity completeTask(ActivityId id) {
        Objects.requireNonNull(id, "id");
        return runner.call(ctx -> {
            Instant now = ctx.now();
            Activity task = ctx.uow().activities().get(id);
            ValidationException.check(task.type() == ActivityType.TASK, "type", task.type(), "only tasks can be completed");
            ValidationException.check(!task.done(), "done", true, "the task is already completed");
            Activity done = Activity.builder().from(task).done(true).completedAt(now)
                    .updatedAt(Writes.notBefore(now, task.updatedAt())).build();
            Activity stored = ctx.uow().activities().update(done);
            ctx.publish(new TaskCompleted(ctx.tenant(), now, stored));
            touchDeal(ctx, stored.deal(), now, now);
            return stored;
        });
    }

    /** The activity, or empty. */
    public Optional<Activity> find(ActivityId id) {
        return runner.call(ctx -> ctx.uow().activities().find(id));
    }

    /**
     * The activity.
     *
     * @throws dev.crmkit.core.error.NotFoundException when it does not exist
     */
    public Activity get(ActivityId id) {
        return runner.call(ctx -> ctx.uow().activities().get(id));
    }

    /** The activities with these ids that exist, in no particular order; one batch read. */
    public List<Activity> getAll(Collection<ActivityId> ids) {
        return runner.call(ctx -> ctx.uow().activities().findAll(ids));
    }

    /** The activity with this external id, or empty. */
    public Optional<Activity> findByExternalId(ExternalId externalId) {
        return runner.call(ctx -> ctx.uow().activities().findByExternalId(externalId));
    }

    /**
     * One page of activities matching the query, in timeline order.
     *
     * @throws dev.crmkit.spi.InvalidCursorException when the cursor does not belong to this query
     */
    public Page<Activity> find(ActivityQuery query, PageRequest page) {
        return runner.call(ctx -> ctx.uow().activities().find(query, page));
    }

    /** How many activities match. */
    public long count(ActivityQuery query) {
        return runner.call(ctx -> ctx.uow().activities().count(query));
    }

    private static void touchDeal(TxContext ctx, Optional<DealId> dealId, Instant touchedAt, Instant now) {
        if (dealId.isEmpty()) {
            return;
        }
        Instant touch = touchedAt.isAfter(now) ? now : touchedAt;
        Deal deal = ctx.uow().deals().get(dealId.get());
        if (deal.lastActivityAt().map(last -> !touch.isAfter(last)).orElse(false)) {
            return;
        }
        Writes.update(ctx, Deal.builder().from(deal).lastActivityAt(touch)
                .updatedAt(Writes.notBefore(now, deal.updatedAt())).build(), now);
    }
}
