package dev.crmkit.insight;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.shared.CrmStyle;
import dev.crmkit.spi.DealQuery;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which deals an analytics cohort holds: the deals a {@link DealQuery} matches (pipeline, owner, account,
 * stages, status... pushed down to the store), optionally narrowed by creation and close moments, and
 * optionally rebuilt as they stood at a past moment. Build with {@code CohortQuery.builder()};
 * {@code CohortQuery.all()} is every deal of the tenant as it stands now.
 *
 * <p>With {@link #asOf()}, the store query selects deals by their current values; each selected deal is then
 * replayed to {@code asOf} (deals not yet created, or without history by then, drop out), and the creation and
 * close ranges apply to the replayed deals. A close range keeps only deals closed (won or lost) in it.
 */
@Value.Immutable
@CrmStyle
public abstract class AbstractCohortQuery {

    /** The store filter (its sort is ignored). */
    @Value.Default
    public DealQuery deals() {
        return DealQuery.all();
    }

    /** Deals created at or after this moment. */
    public abstract Optional<Instant> createdFrom();

    /** Deals created before this moment (exclusive). */
    public abstract Optional<Instant> createdBefore();

    /** Deals closed at or after this moment (only closed deals are kept when a close bound is set). */
    public abstract Optional<Instant> closedFrom();

    /** Deals closed before this moment (exclusive). */
    public abstract Optional<Instant> closedBefore();

    /**
     * The moment the cohort is rebuilt at; empty for the deals as they are now. Time in stage and rotting are
     * judged at this moment (or at the clock's current instant).
     */
    public abstract Optional<Instant> asOf();

    /** Whether a close bound is set. */
    public boolean hasCloseRange() {
        return closedFrom().isPresent() || closedBefore().isPresent();
    }

    /** Every deal of the tenant, now. */
    public static CohortQuery all() {
        return CohortQuery.builder().build();
    }

    /** The deals a store query matches, now. */
    public static CohortQuery of(DealQuery deals) {
        return CohortQuery.builder().deals(deals).build();
    }

    @Value.Check
    protected void check() {
        if (createdFrom().isPresent() && createdBefore().isPresent()) {
            ValidationException.check(createdFrom().get().isBefore(createdBefore().get()), "createdBefore",
                    createdBefore().get(), "must be after createdFrom");
        }
        if (closedFrom().isPresent() && closedBefore().isPresent()) {
            ValidationException.check(closedFrom().get().isBefore(closedBefore().get()), "closedBefore",
                    closedBefore().get(), "must be after closedFrom");
        }
    }
}
