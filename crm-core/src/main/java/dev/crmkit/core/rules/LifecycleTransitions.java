package dev.crmkit.core.rules;

import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.contact.LifecycleStage;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Lifecycle-stage changes of contacts. */
public final class LifecycleTransitions {
    private LifecycleTransitions() {
    }

    /**
     * The contact in {@code stage}, with the moment it entered it recorded. Returns the contact unchanged
     * when it is already in that stage.
     */
    public static Contact moveTo(Contact contact, LifecycleStage stage, Instant at) {
        if (contact.lifecycleStage() == stage) {
            return contact;
        }
        Map<LifecycleStage, Instant> entered = new HashMap<>(contact.lifecycleEnteredAt());
        entered.put(stage, at);
        return Contact.builder().from(contact)
                .lifecycleStage(stage)
                .lifecycleEnteredAt(entered)
                .updatedAt(at.isBefore(contact.updatedAt()) ? contact.updatedAt() : at)
                .build();
    }

    /**
     * Moves the contact forward to {@code suggested} only when that lies further down the funnel than its
     * current stage (scores and won deals promote, they never demote).
     */
    public static Contact promote(Contact contact, LifecycleStage suggested, Instant at) {
        return suggested.isAfter(contact.lifecycleStage()) ? moveTo(contact, suggested, at) : contact;
    }
}
