package dev.crmkit.privacy;

import dev.crmkit.core.model.shared.ActivityId;
import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.core.model.shared.DealId;
import java.util.List;
import java.util.Objects;

/**
 * What erasing a contact did. Holds ids only, so it can be logged and kept as evidence of the erasure.
 *
 * @param contact            the erased (deleted) contact
 * @param dealsChanged       deals the contact was removed from (their text scrubbed of the person)
 * @param activitiesScrubbed activities kept with the person's name, emails and phones replaced by
 *                           {@code [erased]}, including ones that named the person without being linked
 * @param activitiesDeleted  activities deleted because the contact was their only link
 */
public record ErasureReport(ContactId contact, List<DealId> dealsChanged, List<ActivityId> activitiesScrubbed,
                            List<ActivityId> activitiesDeleted) {
    /** Copies the lists; requires the contact. */
    public ErasureReport {
        Objects.requireNonNull(contact, "contact");
        dealsChanged = List.copyOf(dealsChanged);
        activitiesScrubbed = List.copyOf(activitiesScrubbed);
        activitiesDeleted = List.copyOf(activitiesDeleted);
    }
}
