package dev.crmkit.internal;

import dev.crmkit.core.model.activity.Activity;
import dev.crmkit.core.model.activity.ActivityType;
import dev.crmkit.core.model.shared.ActivityId;
import dev.crmkit.event.ActivityLogged;
import dev.crmkit.merge.FieldFill;
import dev.crmkit.merge.MergePlan;
import dev.crmkit.spi.ActivityQuery;
import dev.crmkit.spi.PageRequest;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The note that records a merge on the survivor. Ids and field names only, never values, so erasing a person
 * never has to look into merge notes. A merged id is found again by a text search for {@code merged: <id>}.
 */
public final class MergeTrace {
    /** First line of every merge note. */
    public static final String MARKER = "crmkit-merge";

    private MergeTrace() {
    }

    /** Logs the note, linked by {@code link} to the survivor; raises {@link ActivityLogged}. */
    public static ActivityId record(TxContext ctx, String kind, MergePlan plan, int dealsMoved, int activitiesMoved,
                                    Consumer<Activity.Builder> link, Instant now) {
        StringBuilder body = new StringBuilder(MARKER).append('\n')
                .append("kind: ").append(kind).append('\n')
                .append("survivor: ").append(plan.survivorRef().id()).append('\n');
        plan.mergedRefs().forEach(m -> body.append("merged: ").append(m.id()).append('\n'));
        for (FieldFill fill : plan.filledFields()) {
            body.append("filled: ").append(fill.field()).append(" from ").append(fill.source()).append('\n');
        }
        body.append("deals moved: ").append(dealsMoved).append('\n')
                .append("activities moved: ").append(activitiesMoved).append('\n');
        Activity.Builder note = Activity.builder()
                .id(ctx.newId(ActivityId::new))
                .type(ActivityType.NOTE)
                .subject("Merged " + plan.mergedRefs().size() + " duplicate " + kind + "(s) into this " + kind)
                .body(body.toString())
                .occurredAt(now)
                .createdAt(now);
        link.accept(note);
        Activity stored = ctx.uow().activities().insert(note.build());
        ctx.publish(new ActivityLogged(ctx.tenant(), now, stored));
        return stored.id();
    }

    /** The merge note that lists {@code mergedId}, if any. */
    public static Optional<Activity> find(TxContext ctx, UUID mergedId) {
        ActivityQuery query = ActivityQuery.builder().type(ActivityType.NOTE).textContains("merged: " + mergedId).build();
        return ctx.uow().activities().find(query, PageRequest.first(20)).items().stream()
                .filter(a -> a.body().map(b -> b.startsWith(MARKER)).orElse(false))
                .findFirst();
    }
}
