package dev.crmkit.core.scoring;

import dev.crmkit.core.model.contact.LifecycleStage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A lead's score under one model at one moment, with its breakdown: {@link #lines()} lists every rule that
 * fired and how its points were decayed and capped, and their {@link ScoreLine#points()} add up exactly to
 * {@link #total()}. Immutable value; two scores are equal when model, moment and every line are.
 */
public final class LeadScore {
    private final CompiledScoringModel compiled;
    private final Instant scoredAt;
    private final long[] values;
    private final long fit;
    private final long engagement;
    private final LifecycleStage suggested;

    LeadScore(CompiledScoringModel compiled, Instant scoredAt, long[] values, long fit, long engagement,
              LifecycleStage suggested) {
        this.compiled = compiled;
        this.scoredAt = scoredAt;
        this.values = values;
        this.fit = fit;
        this.engagement = engagement;
        this.suggested = suggested;
    }

    /** The model's name. */
    public String modelName() {
        return compiled.model().name();
    }

    /** The model's version. */
    public int modelVersion() {
        return compiled.model().version();
    }

    /** The moment the lead was scored as of. */
    public Instant scoredAt() {
        return scoredAt;
    }

    /** The score: fit plus engagement, after all caps, with two decimals. */
    public BigDecimal total() {
        return Points.fromHundredths(fit + engagement);
    }

    /** The score in hundredths of a point ({@code 4250} for 42.50), for fast comparisons. */
    public long totalHundredths() {
        return fit + engagement;
    }

    /** The fit rules' share of the total. */
    public BigDecimal fit() {
        return Points.fromHundredths(fit);
    }

    /** The engagement rules' share of the total. */
    public BigDecimal engagement() {
        return Points.fromHundredths(engagement);
    }

    /** One group's share of the total. */
    public BigDecimal group(RuleGroup group) {
        return group == RuleGroup.FIT ? fit() : engagement();
    }

    /**
     * The lifecycle stage of the highest threshold the total reaches, if any. A suggestion only: whoever
     * applies it decides whether a contact may move (CRMKit's own rule promotes and never demotes).
     */
    public Optional<LifecycleStage> suggestedStage() {
        return Optional.ofNullable(suggested);
    }

    /** The rules that fired, fit rules first, each group in model order. */
    public List<ScoreLine> lines() {
        List<ScoreLine> lines = new ArrayList<>();
        for (int r = 0; r < compiled.ruleCount(); r++) {
            if (values[r * CompiledScoringModel.STRIDE + CompiledScoringModel.FIRED] != 0) {
                lines.add(line(r));
            }
        }
        return Collections.unmodifiableList(lines);
    }

    /** The line of the rule with this id, empty when the rule did not fire (or does not exist). */
    public Optional<ScoreLine> line(String ruleId) {
        for (int r = 0; r < compiled.ruleCount(); r++) {
            if (compiled.ruleId(r).equals(ruleId)) {
                boolean fired = values[r * CompiledScoringModel.STRIDE + CompiledScoringModel.FIRED] != 0;
                return fired ? Optional.of(line(r)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private ScoreLine line(int r) {
        int o = r * CompiledScoringModel.STRIDE;
        boolean isFit = r < compiled.fitCount();
        return new ScoreLine(compiled.ruleId(r), isFit ? RuleGroup.FIT : RuleGroup.ENGAGEMENT, compiled.description(r),
                isFit ? 0 : (int) values[o + CompiledScoringModel.COUNT],
                Points.fromHundredths(values[o + CompiledScoringModel.RAW]),
                Points.fromHundredths(values[o + CompiledScoringModel.DECAYED]),
                Points.fromHundredths(values[o + CompiledScoringModel.RULE_CAPPED]),
                Points.fromHundredths(values[o + CompiledScoringModel.GROUP_CAPPED]),
                Points.fromHundredths(values[o + CompiledScoringModel.FINAL]));
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof LeadScore other)) {
            return false;
        }
        return fit == other.fit && engagement == other.engagement && suggested == other.suggested
                && scoredAt.equals(other.scoredAt) && compiled.model().equals(other.compiled.model())
                && lines().equals(other.lines());
    }

    @Override
    public int hashCode() {
        return Objects.hash(compiled.model().key(), scoredAt, fit, engagement);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        text.append("LeadScore[").append(compiled.model().key()).append(" at ").append(scoredAt)
                .append(": total=").append(total()).append(" (fit ").append(fit()).append(", engagement ")
                .append(engagement()).append(")");
        suggestedStage().ifPresent(s -> text.append(", suggests ").append(s));
        for (ScoreLine line : lines()) {
            text.append("\n  ").append(line.ruleId()).append(": ").append(line.points()).append(" (raw ")
                    .append(line.rawPoints()).append(") ").append(line.description());
        }
        return text.append(']').toString();
    }
}
