package dev.crmkit.core.scoring;

import dev.crmkit.core.error.ValidationException;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One rule of a {@link ScoringModel}: when {@code when} holds, the lead gets {@code points} (negative points
 * are a penalty). Build with {@link #builder(String)}; every check throws {@link ValidationException} naming
 * the field.
 *
 * @param id          unique within the model: a letter or digit, then letters, digits, {@code . _ -}; at most 64
 * @param description what the rule means, for people (the condition's own description is used when absent)
 * @param when        the condition: a property condition for fit rules, {@link Condition.EventCount} for engagement rules
 * @param points      points when the rule fires, at most two decimals, magnitude at most 1,000,000
 * @param cap         the most points (in magnitude) this rule can contribute after decay; not negative
 * @param award       engagement rules only: {@link Award#ONCE} (default) or {@link Award#EACH_EVENT}
 * @param decay       engagement rules only: overrides the engagement group's decay
 */
public record ScoringRule(String id, Optional<String> description, Condition when, BigDecimal points,
                          Optional<BigDecimal> cap, Optional<Award> award, Optional<Decay> decay) {
    public ScoringRule {
        id = requireId(id);
        description = description == null ? Optional.empty()
                : description.map(d -> ValidationException.requireText("description", d, 500));
        ValidationException.check(when != null, "when", null, "is required");
        points = Points.normalize("points", points);
        cap = cap == null ? Optional.empty() : cap.map(c -> Points.nonNegative("cap", c));
        award = award == null ? Optional.empty() : award;
        decay = decay == null ? Optional.empty() : decay;
    }

    /** A builder for a rule with this id. */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** The description, or the condition's description when none was given. */
    public String describe() {
        return description.orElseGet(when::describe);
    }

    /** How this rule awards points ({@link Award#ONCE} unless set). */
    public Award effectiveAward() {
        return award.orElse(Award.ONCE);
    }

    private static String requireId(String id) {
        ValidationException.check(id != null, "id", null, "is required");
        boolean valid = !id.isEmpty() && id.length() <= 64 && Character.isLetterOrDigit(id.charAt(0));
        for (int i = 0; valid && i < id.length(); i++) {
            char c = id.charAt(i);
            valid = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
        }
        ValidationException.check(valid, "id", id,
                "must start with a letter or digit, then letters, digits, '.', '_' or '-' (at most 64)");
        return id;
    }

    /** Builds a {@link ScoringRule}; {@link #build()} validates. */
    public static final class Builder {
        private final String id;
        private String description;
        private Condition when;
        private BigDecimal points;
        private BigDecimal cap;
        private Award award;
        private Decay decay;

        private Builder(String id) {
            this.id = id;
        }

        /** What the rule means, for people. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** The condition. */
        public Builder when(Condition when) {
            this.when = when;
            return this;
        }

        /** Points when the rule fires. */
        public Builder points(BigDecimal points) {
            this.points = points;
            return this;
        }

        /** Points when the rule fires. */
        public Builder points(long points) {
            return points(BigDecimal.valueOf(points));
        }

        /** Points when the rule fires, as decimal text such as {@code "2.5"}. */
        public Builder points(String points) {
            return points(new BigDecimal(points));
        }

        /** The most points (in magnitude) this rule contributes. */
        public Builder cap(BigDecimal cap) {
            this.cap = cap;
            return this;
        }

        /** The most points (in magnitude) this rule contributes. */
        public Builder cap(long cap) {
            return cap(BigDecimal.valueOf(cap));
        }

        /** How matching events are turned into points (engagement rules). */
        public Builder award(Award award) {
            this.award = award;
            return this;
        }

        /** The decay of this rule's points, overriding the engagement group's (engagement rules). */
        public Builder decay(Decay decay) {
            this.decay = decay;
            return this;
        }

        /** The rule; throws {@link ValidationException} when a value is missing or invalid. */
        public ScoringRule build() {
            return new ScoringRule(id, Optional.ofNullable(description), when, points, Optional.ofNullable(cap),
                    Optional.ofNullable(award), Optional.ofNullable(decay));
        }
    }
}
