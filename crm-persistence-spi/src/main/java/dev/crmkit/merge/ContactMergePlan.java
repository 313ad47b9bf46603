package dev.crmkit.merge;

import dev.crmkit.core.model.contact.AccountLink;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.shared.ActivityId;
import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.core.model.shared.DealId;
import java.util.List;
import java.util.Objects;

/**
 * A dry run of merging contacts.
 *
 * @param survivor          the contact that is kept, with the version read
 * @param merged            the contacts merged into it and deleted, with the versions read
 * @param result            the survivor as the merge will store it (the store then increments its version and
 *                          the façade sets {@code updatedAt})
 * @param filledFields      the survivor's fields filled or extended from merged contacts
 * @param accountLinksAdded account links of merged contacts the survivor gains
 * @param deals             deals on which merged contacts are replaced by the survivor (or dropped where the
 *                          survivor is already on the deal)
 * @param activities        activities re-linked from merged contacts to the survivor
 */
public record ContactMergePlan(VersionedId<ContactId> survivor, List<VersionedId<ContactId>> merged, Contact result,
                               List<FieldFill> filledFields, List<AccountLink> accountLinksAdded,
                               List<VersionedId<DealId>> deals, List<VersionedId<ActivityId>> activities)
        implements MergePlan {
    /** Copies the lists; requires survivor and result. */
    public ContactMergePlan {
        Objects.requireNonNull(survivor, "survivor");
        Objects.requireNonNull(result, "result");
        merged = List.copyOf(merged);
        filledFields = List.copyOf(filledFields);
        accountLinksAdded = List.copyOf(accountLinksAdded);
        deals = List.copyOf(deals);
        activities = List.copyOf(activities);
    }

    @Override
    public VersionedId<ContactId> survivorRef() {
        return survivor;
    }

    @Override
    public List<VersionedId<ContactId>> mergedRefs() {
        return merged;
    }
}
