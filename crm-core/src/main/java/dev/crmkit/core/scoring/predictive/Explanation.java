package dev.crmkit.core.scoring.predictive;

import java.util.List;

/**
 * Why a record got its score. {@code logit = intercept + sum of all contributions}; the lists hold only the
 * largest ones, so their sum equals the logit only when nothing was left out.
 *
 * @param intercept   the model's intercept (the log-odds of a record whose features are all zero)
 * @param logit       the record's log-odds
 * @param probability {@code 1 / (1 + e^-logit)}
 * @param positive    the largest positive contributions, largest first
 * @param negative    the largest negative contributions, most negative first
 */
public record Explanation(double intercept, double logit, double probability, List<Contribution> positive, List<Contribution> negative) {

    /**
     * Creates the value (lists are copied).
     *
     * @param intercept   the model's intercept (the log-odds of a record whose features are all zero)
     * @param logit       the record's log-odds
     * @param probability {@code 1 / (1 + e^-logit)}
     * @param positive    the largest positive contributions, largest first
     * @param negative    the largest negative contributions, most negative first
     */
    public Explanation {
        positive = List.copyOf(positive);
        negative = List.copyOf(negative);
    }
}
