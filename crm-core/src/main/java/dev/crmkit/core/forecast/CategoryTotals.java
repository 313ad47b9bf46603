package dev.crmkit.core.forecast;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.pipeline.ForecastCategory;
import dev.crmkit.core.model.shared.Money;
import java.util.Currency;

/**
 * Deal amounts of one period per forecast category, with Salesforce's rollups.
 *
 * <p>The record components are the individual ("only") amounts: each deal counts in exactly one category.
 * The cumulative forecasts add the more certain categories:
 * <ul>
 *   <li>closed = closed only;</li>
 *   <li>commit forecast = commit + closed;</li>
 *   <li>most-likely forecast = most likely + commit + closed;</li>
 *   <li>best-case forecast = best case + most likely + commit + closed;</li>
 *   <li>open pipeline = pipeline + best case + most likely + commit (every open category, nothing closed).</li>
 * </ul>
 * Omitted never rolls up into any of them. Each individual amount is an exact sum rounded once (half-even,
 * reporting currency scale); cumulative figures add those rounded amounts, so they always equal the sum of
 * the parts shown.
 *
 * @param pipeline   pipeline only
 * @param bestCase   best case only
 * @param mostLikely most likely only
 * @param commit     commit only
 * @param closed     closed only (won)
 * @param omitted    omitted (lost or excluded); reported, never rolled up
 */
public record CategoryTotals(Money pipeline, Money bestCase, Money mostLikely, Money commit, Money closed, Money omitted) {
    public CategoryTotals {
        Currency c = pipeline.currency();
        for (Money m : new Money[] {bestCase, mostLikely, commit, closed, omitted}) {
            ValidationException.check(m.currency().equals(c), "currency", m.currencyCode(), "all totals must share one currency");
        }
    }

    /** All zero in the currency. */
    public static CategoryTotals zero(Currency currency) {
        Money z = Money.zero(currency);
        return new CategoryTotals(z, z, z, z, z, z);
    }

    /** The individual amount of one category. */
    public Money only(ForecastCategory category) {
        return switch (category) {
            case PIPELINE -> pipeline;
            case BEST_CASE -> bestCase;
            case MOST_LIKELY -> mostLikely;
            case COMMIT -> commit;
            case CLOSED -> closed;
            case OMITTED -> omitted;
        };
    }

    /** Closed (won) business: the closed-only amount. */
    public Money closedForecast() {
        return closed;
    }

    /** Commit + closed. */
    public Money commitForecast() {
        return commit.plus(closed);
    }

    /** Most likely + commit + closed. */
    public Money mostLikelyForecast() {
        return mostLikely.plus(commitForecast());
    }

    /** Best case + most likely + commit + closed. */
    public Money bestCaseForecast() {
        return bestCase.plus(mostLikelyForecast());
    }

    /** Pipeline + best case + most likely + commit: everything still open, nothing closed. */
    public Money openPipeline() {
        return pipeline.plus(bestCase).plus(mostLikely).plus(commit);
    }

    /** The sum of two totals, category by category. */
    public CategoryTotals plus(CategoryTotals other) {
        return new CategoryTotals(pipeline.plus(other.pipeline), bestCase.plus(other.bestCase),
                mostLikely.plus(other.mostLikely), commit.plus(other.commit), closed.plus(other.closed),
                omitted.plus(other.omitted));
    }
}
