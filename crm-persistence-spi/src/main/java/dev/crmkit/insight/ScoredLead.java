package dev.crmkit.insight;

import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.scoring.LeadScore;
import java.util.Objects;

/**
 * A contact with its rule-based score; the score's lines explain every point.
 *
 * @param contact the contact as read
 * @param score   its score
 */
public record ScoredLead(Contact contact, LeadScore score) {
    /** Requires both. */
    public ScoredLead {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(score, "score");
    }
}
