/**
 * Pipelines and their ordered stages: default probabilities, forecast categories, stage gates, rotting
 * thresholds and the transition policy. {@link dev.crmkit.core.model.pipeline.PipelineTemplates} ships
 * ready-made Salesforce-style and HubSpot-style sales pipelines.
 */
package dev.crmkit.core.model.pipeline;
