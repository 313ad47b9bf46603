/**
 * Rule-based, explainable lead scoring.
 *
 * <p>A {@link dev.crmkit.core.scoring.ScoringModel} holds fit rules (who the lead is: contact and account
 * properties addressed by {@link dev.crmkit.core.scoring.PropertyPath}) and engagement rules (what the lead
 * did: {@link dev.crmkit.core.scoring.EngagementEvent}s counted in a window, optionally decayed by a
 * {@link dev.crmkit.core.scoring.Decay}), with caps per rule, per group and in total, and
 * {@link dev.crmkit.core.scoring.Threshold}s mapping a score to a suggested lifecycle stage. Models are
 * immutable, versioned values, built in code or read from JSON with
 * {@link dev.crmkit.core.scoring.ScoringModelJson}, and validated when created.
 *
 * <p>{@link dev.crmkit.core.scoring.CompiledScoringModel} (or {@link dev.crmkit.core.scoring.LeadScorer},
 * which adds a {@link java.time.Clock}) scores a {@link dev.crmkit.core.scoring.LeadProfile} into a
 * {@link dev.crmkit.core.scoring.LeadScore} whose {@link dev.crmkit.core.scoring.ScoreLine}s explain every
 * point and add up exactly to the total.
 *
 * <p>Model types are records with validating constructors rather than generated immutables, so a field
 * missing from a JSON file is reported as a {@link dev.crmkit.core.error.ValidationException} naming it.
 */
package dev.crmkit.core.scoring;
