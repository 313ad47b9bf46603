package dev.crmkit.merge;

import dev.crmkit.core.model.shared.ActivityId;
import java.time.Instant;
import java.util.Objects;

/**
 * What an applied merge did: exactly its plan, when, and the note that keeps the trace in the store.
 *
 * <p>The trace: a {@code NOTE} activity linked to the survivor lists the merged records' ids, so a host
 * holding an old id finds the survivor with {@code Duplicates.findMergedInto(oldId)} (an activity text search
 * for the id). The note holds ids and field names only, no personal data.
 *
 * @param plan      the plan that was applied
 * @param mergedAt  when (the façade's clock)
 * @param traceNote the note recording the merge on the survivor
 */
public record MergeRecord(MergePlan plan, Instant mergedAt, ActivityId traceNote) {
    /** Requires every component. */
    public MergeRecord {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(mergedAt, "mergedAt");
        Objects.requireNonNull(traceNote, "traceNote");
    }
}
