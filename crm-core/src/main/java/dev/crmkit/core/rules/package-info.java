/**
 * Pipeline rules as pure functions: which moves are allowed, stage gates, closing rules, effective
 * probability and forecast category, rotting, stage-history replay, and custom-property validation.
 * Rule checks return every violation at once, each with a stable rule id from {@link dev.crmkit.core.rules.RuleIds}.
 */
package dev.crmkit.core.rules;
