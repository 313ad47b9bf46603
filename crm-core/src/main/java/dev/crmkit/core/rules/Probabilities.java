package dev.crmkit.core.rules;

import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.pipeline.ForecastCategory;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.pipeline.Stage;
import dev.crmkit.core.model.shared.Percentage;

/**
 * Effective win probability and forecast category of a deal. Closed deals ignore overrides: a won deal is
 * 100 % and CLOSED, a lost deal 0 % and OMITTED. An open deal uses its override, else its stage's default.
 */
public final class Probabilities {
    private Probabilities() {
    }

    /**
     * The deal's effective probability.
     *
     * @throws dev.crmkit.core.error.ValidationException when the deal's stage is not in the pipeline
     */
    public static Percentage effectiveProbability(Deal deal, Pipeline pipeline) {
        return effectiveProbability(deal, pipeline.requireStage(deal.stage()));
    }

    /** The deal's effective probability when it is in {@code stage}. */
    public static Percentage effectiveProbability(Deal deal, Stage stage) {
        return switch (stage.kind()) {
            case WON -> Percentage.HUNDRED_PERCENT;
            case LOST -> Percentage.ZERO;
            case OPEN -> deal.probabilityOverride().orElse(stage.defaultProbability());
        };
    }

    /**
     * The deal's effective forecast category.
     *
     * @throws dev.crmkit.core.error.ValidationException when the deal's stage is not in the pipeline
     */
    public static ForecastCategory effectiveForecastCategory(Deal deal, Pipeline pipeline) {
        return effectiveForecastCategory(deal, pipeline.requireStage(deal.stage()));
    }

    /** The deal's effective forecast category when it is in {@code stage}. */
    public static ForecastCategory effectiveForecastCategory(Deal deal, Stage stage) {
        return switch (stage.kind()) {
            case WON -> ForecastCategory.CLOSED;
            case LOST -> ForecastCategory.OMITTED;
            case OPEN -> deal.forecastCategoryOverride().orElse(stage.defaultForecastCategory());
        };
    }
}
