package dev.crmkit.imports;

import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.PropertyValue;
import dev.crmkit.core.model.shared.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A deal row; the stage is a key still to be checked against the pipeline. */
record DealDraft(ExternalId externalId, Set<String> mapped, String name, Optional<String> pipelineName, String stage,
                 Optional<Money> amount, Optional<LocalDate> expectedCloseDate, Optional<UserId> owner,
                 Optional<String> source, Optional<Reference> account, List<Reference> contacts,
                 Optional<String> lostReason, Optional<Instant> createdAt, Optional<Instant> closedAt,
                 Map<String, Optional<PropertyValue>> properties) implements Draft {

    @Override
    public List<String> batchKeys() {
        return List.of("id:" + externalId);
    }
}
