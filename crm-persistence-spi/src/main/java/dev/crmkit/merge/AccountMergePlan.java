package dev.crmkit.merge;

import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.shared.AccountId;
import dev.crmkit.core.model.shared.ActivityId;
import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.core.model.shared.DealId;
import java.util.List;
import java.util.Objects;

/**
 * A dry run of merging accounts.
 *
 * @param survivor     the account that is kept, with the version read
 * @param merged       the accounts merged into it and deleted, with the versions read
 * @param result       the survivor as the merge will store it (the store then increments its version and the
 *                     façade sets {@code updatedAt}); its parent is cleared when it was a merged account
 * @param filledFields the survivor's fields filled or extended from merged accounts
 * @param deals        deals moved from merged accounts to the survivor
 * @param activities   activities re-linked from merged accounts to the survivor
 * @param contacts     contacts whose links to merged accounts move to the survivor
 * @param subsidiaries accounts whose parent changes from a merged account to the survivor
 */
public record AccountMergePlan(VersionedId<AccountId> survivor, List<VersionedId<AccountId>> merged, Account result,
                               List<FieldFill> filledFields, List<VersionedId<DealId>> deals,
                               List<VersionedId<ActivityId>> activities, List<VersionedId<ContactId>> contacts,
                               List<VersionedId<AccountId>> subsidiaries) implements MergePlan {
    /** Copies the lists; requires survivor and result. */
    public AccountMergePlan {
        Objects.requireNonNull(survivor, "survivor");
        Objects.requireNonNull(result, "result");
        merged = List.copyOf(merged);
        filledFields = List.copyOf(filledFields);
        deals = List.copyOf(deals);
        activities = List.copyOf(activities);
        contacts = List.copyOf(contacts);
        subsidiaries = List.copyOf(subsidiaries);
    }

    @Override
    public VersionedId<AccountId> survivorRef() {
        return survivor;
    }

    @Override
    public List<VersionedId<AccountId>> mergedRefs() {
        return merged;
    }
}
