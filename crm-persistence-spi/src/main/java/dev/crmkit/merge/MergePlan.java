package dev.crmkit.merge;

import dev.crmkit.core.model.shared.EntityId;
import java.util.List;

/**
 * What a merge would change, computed by a dry run without changing anything. Applying a plan re-checks it:
 * when any record it lists has changed (or records were added that it would have to move), the merge throws
 * {@link dev.crmkit.spi.VersionConflictException} and changes nothing; make a new plan then.
 */
public sealed interface MergePlan permits ContactMergePlan, AccountMergePlan {

    /** The record that is kept. */
    VersionedId<? extends EntityId> survivorRef();

    /** The records that are merged into the survivor and then deleted. */
    List<? extends VersionedId<? extends EntityId>> mergedRefs();

    /** The survivor's fields that are filled or extended from merged records. */
    List<FieldFill> filledFields();
}
