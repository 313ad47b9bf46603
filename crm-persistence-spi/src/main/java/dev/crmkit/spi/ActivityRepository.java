package dev.crmkit.spi;

import dev.crmkit.core.model.activity.Activity;
import dev.crmkit.core.model.shared.ActivityId;

/** Activities of the unit of work's tenant. Unique keys: id; external id (source, id). */
public interface ActivityRepository extends ExternallyIdentifiedRepository<Activity, ActivityId> {

    /**
     * One page of activities matching the query, ordered by timeline moment then id in the query's direction.
     *
     * @throws InvalidCursorException when the cursor was not made for this query's order
     */
    Page<Activity> find(ActivityQuery query, PageRequest page);

    /** How many activities match. */
    long count(ActivityQuery query);

    @Override
    default String kind() {
        return "Activity";
    }
}
