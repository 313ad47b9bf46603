/**
 * Forecasting over plain collections of deals, stage history, pipelines and activities (no I/O):
 * reporting periods ({@link dev.crmkit.core.forecast.PeriodCalendar}), the weighted pipeline
 * ({@link dev.crmkit.core.forecast.WeightedPipeline}), Salesforce-style forecast-category rollups
 * ({@link dev.crmkit.core.forecast.CategoryRollup}) with quotas ({@link dev.crmkit.core.forecast.QuotaAttainment}),
 * multi-currency reporting through the {@link dev.crmkit.core.forecast.ExchangeRates} port, as-of replay
 * ({@link dev.crmkit.core.forecast.AsOfReplay}), a predictive forecast with a seeded simulation
 * ({@link dev.crmkit.core.forecast.PredictiveForecaster}) and backtests ({@link dev.crmkit.core.forecast.Backtest}).
 */
package dev.crmkit.core.forecast;
