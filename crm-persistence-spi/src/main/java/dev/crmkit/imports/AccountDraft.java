package dev.crmkit.imports;

import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.PropertyValue;
import dev.crmkit.core.model.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** An account row. */
record AccountDraft(ExternalId externalId, Set<String> mapped, String name, Optional<String> domain,
                    Optional<String> industry, Optional<Integer> employeeCount, Optional<Money> annualRevenue,
                    Optional<String> country, Optional<UserId> owner, Optional<Reference> parent,
                    Optional<Instant> createdAt, Map<String, Optional<PropertyValue>> properties) implements Draft {

    @Override
    public List<String> batchKeys() {
        return List.of("id:" + externalId);
    }
}
