package dev.crmkit.insight;

import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.scoring.predictive.Explanation;
import java.util.Objects;

/**
 * A contact with the probability a trained lead model gives it of becoming a customer, and why.
 *
 * @param contact     the contact as read
 * @param probability 0..1
 * @param explanation the intercept and the largest positive and negative feature contributions
 */
public record LeadPrediction(Contact contact, double probability, Explanation explanation) {
    /** Requires every component. */
    public LeadPrediction {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(explanation, "explanation");
    }
}
