package dev.crmkit.internal;

import dev.crmkit.core.forecast.DealWinProbability;
import dev.crmkit.core.forecast.ExchangeRates;
import dev.crmkit.core.forecast.ForecastWindow;
import dev.crmkit.core.forecast.PeriodCalendar;
import dev.crmkit.core.forecast.PipelineSnapshot;
import dev.crmkit.core.forecast.WinProbabilityEstimate;
import dev.crmkit.core.forecast.WinProbabilityEstimator;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.scoring.predictive.ModelMetadata;
import dev.crmkit.core.scoring.predictive.WinProbabilityModel;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * A trained deal model as the predictive forecaster's estimator: each open deal's features as it stood at the
 * as-of moment ({@link DealFeatureRows#open}) give its probability. The model learnt "won eventually", so the
 * probabilities overstate wins inside a short window.
 */
public final class DealModelEstimator implements WinProbabilityEstimator {
    private final WinProbabilityModel model;
    private final Currency currency;
    private final ExchangeRates rates;
    private final PeriodCalendar calendar;
    private final String name;

    /** An estimator converting amounts into {@code currency} as the model was trained. */
    public DealModelEstimator(WinProbabilityModel model, Currency currency, ExchangeRates rates, PeriodCalendar calendar) {
        this.model = model;
        this.currency = currency;
        this.rates = rates;
        this.calendar = calendar;
        ModelMetadata meta = model.model().metadata();
        this.name = "deal model " + meta.name() + "@" + meta.version();
    }

    @Override
    public WinProbabilityEstimate estimate(PipelineSnapshot known, List<Deal> openDeals, ForecastWindow window) {
        List<DealWinProbability> out = new ArrayList<>(openDeals.size());
        for (Deal deal : openDeals) {
            double p = model.winProbability(DealFeatureRows.open(deal, known.asOf(), currency, rates, calendar));
            out.add(new DealWinProbability(deal.id(), p, String.format(Locale.ROOT, "%s: %.4f", name, p)));
        }
        return new WinProbabilityEstimate(name, out, List.of());
    }
}
