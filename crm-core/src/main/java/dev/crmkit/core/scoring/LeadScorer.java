package dev.crmkit.core.scoring;

import dev.crmkit.core.error.ValidationException;
import java.time.Clock;
import java.time.Instant;

/**
 * Scores leads with one model as of the time of an injected {@link Clock}. Compiles the model once;
 * immutable and thread-safe.
 */
public final class LeadScorer {
    private final CompiledScoringModel compiled;
    private final Clock clock;

    /** A scorer; throws {@link ValidationException} when {@code model} or {@code clock} is null. */
    public LeadScorer(ScoringModel model, Clock clock) {
        ValidationException.check(model != null, "model", null, "is required");
        ValidationException.check(clock != null, "clock", null, "is required");
        this.compiled = CompiledScoringModel.of(model);
        this.clock = clock;
    }

    /** Scores a lead as of the clock's current instant. */
    public LeadScore score(LeadProfile lead) {
        return compiled.score(lead, clock.instant());
    }

    /** Scores a lead as of {@code now}. */
    public LeadScore score(LeadProfile lead, Instant now) {
        return compiled.score(lead, now);
    }

    /** The model. */
    public ScoringModel model() {
        return compiled.model();
    }

    /** The compiled model, for callers that score in bulk. */
    public CompiledScoringModel compiled() {
        return compiled;
    }
}
