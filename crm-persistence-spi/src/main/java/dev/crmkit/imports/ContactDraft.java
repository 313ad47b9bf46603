package dev.crmkit.imports;

import dev.crmkit.core.model.contact.LifecycleStage;
import dev.crmkit.core.model.shared.EmailAddress;
import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.core.model.shared.PhoneNumber;
import dev.crmkit.core.model.shared.PropertyValue;
import dev.crmkit.core.model.shared.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A contact row. First and last name already include what a full-name column supplied. */
record ContactDraft(ExternalId externalId, Set<String> mapped, Optional<String> firstName, Optional<String> lastName,
                    Optional<EmailAddress> primaryEmail, List<EmailAddress> otherEmails, List<PhoneNumber> phones,
                    Optional<String> title, Optional<String> leadSource, Optional<LifecycleStage> lifecycleStage,
                    Optional<UserId> owner, Optional<Boolean> marketingEmailOptIn, Optional<Boolean> doNotEmail,
                    Optional<Boolean> doNotCall, Optional<Reference> account, Optional<Instant> createdAt,
                    Map<String, Optional<PropertyValue>> properties) implements Draft {

    @Override
    public List<String> batchKeys() {
        List<String> keys = new ArrayList<>(2);
        keys.add("id:" + externalId);
        primaryEmail.ifPresent(email -> keys.add("email:" + email.matchKey()));
        return keys;
    }
}
