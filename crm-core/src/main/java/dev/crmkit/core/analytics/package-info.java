/**
 * Pipeline analytics over a cohort of deals with their stage history ({@link dev.crmkit.core.analytics.DealCohort}):
 * win rates, sales cycle, stage-to-stage conversion, time in stage, pipeline velocity, close-date slippage and
 * rotting deals. Pure functions over plain collections; run them on a
 * {@link dev.crmkit.core.forecast.PipelineSnapshot} to get them as of a past moment.
 */
package dev.crmkit.core.analytics;
