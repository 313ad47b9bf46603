package dev.crmkit.internal;

import dev.crmkit.core.error.NotFoundException;
import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.shared.EntityId;
import dev.crmkit.merge.MergePlan;
import dev.crmkit.merge.VersionedId;
import dev.crmkit.spi.VersionConflictException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/** Shared parts of contact and account merges: input checks, versioned lists, and plan re-validation. */
final class MergeChecks {
    /** At most this many records are merged into one survivor at once. */
    static final int MAX_MERGED = 100;

    /** A record a plan depends on, with its kind for error messages. */
    record Ref(String kind, VersionedId<?> ref) {
    }

    private MergeChecks() {
    }

    /** The merged ids, without repeats, checked: 1..100 of them, none of them the survivor. */
    static <I extends EntityId> List<I> mergedIds(I survivor, Collection<I> merged) {
        Objects.requireNonNull(survivor, "survivor");
        Objects.requireNonNull(merged, "merged");
        List<I> ids = new ArrayList<>(new LinkedHashSet<>(merged));
        ValidationException.check(!ids.isEmpty(), "merged", merged, "name at least one record to merge");
        ValidationException.check(ids.size() <= MAX_MERGED, "merged", ids.size(), "at most " + MAX_MERGED + " per merge");
        ValidationException.check(!ids.contains(survivor), "merged", survivor, "the survivor cannot be merged into itself");
        return ids;
    }

    /** Versioned references sorted by id, the canonical order of plan lists. */
    static <T, I extends EntityId> List<VersionedId<I>> versioned(Collection<T> items, Function<T, I> idOf,
                                                                 ToLongFunction<T> versionOf) {
        return items.stream()
                .map(item -> new VersionedId<>(idOf.apply(item), versionOf.applyAsLong(item)))
                .sorted(Comparator.comparing(v -> v.id().value()))
                .toList();
    }

    /** References of one kind. */
    static List<Ref> refs(String kind, List<? extends VersionedId<?>> ids) {
        return ids.stream().map(v -> new Ref(kind, v)).toList();
    }

    /**
     * Re-plans inside the merge's transaction and throws {@link VersionConflictException} unless the result
     * equals the plan the caller approved. The exception names the first record of the plan that changed or
     * disappeared, or else the first record that newly falls in the merge's scope (e.g. a deal linked to a merged
     * contact after the plan was made), with its current version.
     */
    static <P extends MergePlan> void requireUnchanged(P approved, Supplier<P> replan, Function<P, List<Ref>> refsOf) {
        List<Ref> approvedRefs = refsOf.apply(approved);
        P current;
        try {
            current = replan.get();
        } catch (NotFoundException gone) {
            long expected = approvedRefs.stream().filter(r -> r.ref().id().toString().equals(gone.id()))
                    .mapToLong(r -> r.ref().version()).findFirst().orElse(0);
            throw new VersionConflictException(gone.kind(), gone.id(), expected);
        }
        if (current.equals(approved)) {
            return;
        }
        Map<EntityId, Long> now = new HashMap<>();
        List<Ref> currentRefs = refsOf.apply(current);
        currentRefs.forEach(r -> now.put(r.ref().id(), r.ref().version()));
        for (Ref expected : approvedRefs) {
            Long version = now.get(expected.ref().id());
            if (version == null || version != expected.ref().version()) {
                throw new VersionConflictException(expected.kind(), expected.ref().id(), expected.ref().version());
            }
        }
        Map<EntityId, Long> planned = new HashMap<>();
        approvedRefs.forEach(r -> planned.put(r.ref().id(), r.ref().version()));
        for (Ref added : currentRefs) {
            if (!planned.containsKey(added.ref().id())) {
                throw new VersionConflictException(added.kind(), added.ref().id(), added.ref().version());
            }
        }
        // Same records at the same versions yet another outcome: the survivor's data drives it, so name it.
        throw new VersionConflictException(approvedRefs.get(0).kind(), approved.survivorRef().id(),
                approved.survivorRef().version());
    }
}
