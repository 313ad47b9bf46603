package dev.crmkit.insight;

/** The built-in forecast methods a backtest through {@link dev.crmkit.Forecasts#backtest} compares. */
public enum BacktestMethod {
    /** Won so far plus the weighted pipeline ({@code ForecastMethod.weighted}). */
    WEIGHTED,
    /** The commit forecast of the category rollup ({@code ForecastMethod.categories}). */
    CATEGORIES,
    /** The previous period's won value ({@code ForecastMethod.naive}). */
    NAIVE,
    /** The predictive forecast's expected value with its P10-P90 interval ({@code ForecastMethod.predictive}). */
    PREDICTIVE
}
