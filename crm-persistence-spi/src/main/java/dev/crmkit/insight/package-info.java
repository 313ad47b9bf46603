/**
 * Values the façade's {@link dev.crmkit.Forecasts}, {@link dev.crmkit.Analytics} and {@link dev.crmkit.Scoring}
 * services take and return besides the {@code crm-core} reports: the loaded forecast inputs, cohort
 * selections, backtest methods, scored and predicted leads, lifecycle promotions, the lead-labelling rule and
 * the column names of the records trained models read.
 */
package dev.crmkit.insight;
