package dev.crmkit.spi;

import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.shared.DealId;
import dev.crmkit.core.model.shared.PipelineId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Deals of the unit of work's tenant. Unique keys: id; external id (source, id). Deleting a deal also deletes
 * its stage history.
 */
public interface DealRepository extends ExternallyIdentifiedRepository<Deal, DealId> {

    /**
     * One page of deals matching the query, in its {@link DealQuery#sort()} order.
     *
     * @throws InvalidCursorException when the cursor was not made for this query's order
     */
    Page<Deal> find(DealQuery query, PageRequest page);

    /** How many deals match. */
    long count(DealQuery query);

    /**
     * Count, amount and weighted amount of the matching deals, grouped by {@code groupBy} and currency. The
     * effective probability of each deal needs its pipeline's stage defaults, which the store reads itself
     * (in SQL: a join with the stages, computed in the database). Groups come in no particular order.
     *
     * @param filter  which deals
     * @param groupBy the group keys besides the currency (may be empty: one row per currency)
     */
    List<DealAggregate> aggregate(DealQuery filter, Set<DealGrouping> groupBy);

    /** The pipeline board: per stage and currency, the count, amount and weighted amount of a pipeline's deals. */
    default List<DealAggregate> board(PipelineId pipeline, DealStatus status) {
        return aggregate(DealQuery.builder().pipeline(pipeline).status(status).build(), EnumSet.of(DealGrouping.STAGE));
    }

    @Override
    default String kind() {
        return "Deal";
    }
}
