package dev.crmkit.imports;

import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.core.model.shared.PropertyValue;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A converted row, before references are resolved and it is merged with the stored record. */
sealed interface Draft permits ContactDraft, AccountDraft, DealDraft {

    /** The row's external id. */
    ExternalId externalId();

    /** The targets the mapping maps (an unmapped target keeps its stored value on update). */
    Set<String> mapped();

    /** The creation moment from the row, when mapped and present. */
    Optional<Instant> createdAt();

    /** Mapped custom properties: a value, or empty to remove the stored one. */
    Map<String, Optional<PropertyValue>> properties();

    /**
     * Keys that must be unique within one batch (the external id, and for contacts the primary email): a row
     * whose key is already in the batch starts a new batch, so a later row of the same record updates it.
     */
    List<String> batchKeys();

    /** Whether the mapping maps this target. */
    default boolean maps(String target) {
        return mapped().contains(target);
    }
}
