package dev.crmkit.core.forecast;

import dev.crmkit.core.model.shared.Money;
import java.util.List;

/**
 * The expected won value of deals not yet created at the as-of moment that will be created and won inside the
 * forecast window, from the rate at which that happened in past windows of the same shape.
 *
 * @param references    the past windows used (most recent first)
 * @param windowDays    the forecast window's length in days
 * @param countPerDay   created-and-won deals per day in the references
 * @param expectedCount {@code countPerDay x windowDays}: the mean of the simulated Poisson count
 * @param expectedValue created-and-won value per day in the references times {@code windowDays}
 * @param wonAmounts    the won amounts of the reference deals, bootstrap-sampled by the simulation
 * @param relativeVariance the relative variance of {@code expectedValue} as an estimate of the window's mean:
 *                      its sampling variance (a compound-Poisson sum: squared won amounts over the squared total)
 *                      plus, with two or more reference windows, how much their value per day varied beyond that
 *                      ({@link NewBusinessModel}); 0 when nothing was won
 * @param basis         how it was estimated, in words (including why it is zero, when it is)
 */
public record NewBusinessEstimate(List<ReferenceWindow> references, double windowDays, double countPerDay,
                                  double expectedCount, Money expectedValue, List<Money> wonAmounts,
                                  double relativeVariance, String basis) {
    public NewBusinessEstimate {
        references = List.copyOf(references);
        wonAmounts = List.copyOf(wonAmounts);
    }
}
