package dev.crmkit.core.scoring;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.contact.LifecycleStage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A versioned, validated set of lead-scoring rules: {@code fit} rules (who the lead is) and
 * {@code engagement} rules (what the lead did), optional caps per group and in total, and thresholds that map
 * a score to a suggested lifecycle stage. A model is a value: build it with {@link #builder(String, int)} or
 * read it with {@link ScoringModelJson}, then score with {@link CompiledScoringModel} or {@link LeadScorer}.
 *
 * <p>Every invalid model is rejected on construction with a {@link ValidationException} naming the field
 * (e.g. {@code engagement.rules[2].id}): duplicate rule ids, a property condition in the engagement group or
 * an event condition in the fit group, award or decay on a fit rule, negative caps, thresholds not in
 * ascending score order or whose stages do not move down the funnel, and a model without rules. Conditions
 * and rules check themselves (unknown property paths, ranges with {@code min > max}).
 *
 * @param name        the model's name, 1-100 characters
 * @param version     the model's version, 1 or more; change it whenever the rules change
 * @param description what the model is for
 * @param fit         the fit rules
 * @param engagement  the engagement rules
 * @param totalCap    the most points a lead can score in total; not negative (penalties are never cut by it)
 * @param thresholds  score thresholds in ascending order, their stages moving down the funnel
 */
public record ScoringModel(String name, int version, Optional<String> description, RuleSet fit, RuleSet engagement,
                           Optional<BigDecimal> totalCap, List<Threshold> thresholds) {
    public ScoringModel {
        name = ValidationException.requireText("name", name, 100);
        ValidationException.check(version >= 1, "version", version, "must be at least 1");
        description = description == null ? Optional.empty()
                : description.map(d -> ValidationException.requireText("description", d, 2000));
        fit = fit == null ? RuleSet.EMPTY : fit;
        engagement = engagement == null ? RuleSet.EMPTY : engagement;
        totalCap = totalCap == null ? Optional.empty() : totalCap.map(c -> Points.nonNegative("totalCap", c));
        ValidationException.check(!fit.rules().isEmpty() || !engagement.rules().isEmpty(), "fit.rules", null,
                "a model needs at least one rule");
        ValidationException.check(fit.decay().isEmpty(), "fit.decay", fit.decay().map(Decay::describe).orElse(null),
                "fit points do not decay; set decay on the engagement group or its rules");
        Set<String> ids = new HashSet<>();
        checkRules("fit", fit.rules(), false, ids);
        checkRules("engagement", engagement.rules(), true, ids);
        thresholds = checkThresholds(thresholds);
    }

    /** A builder for a model with this name and version. */
    public static Builder builder(String name, int version) {
        return new Builder(name, version);
    }

    /** A builder holding a copy of this model, e.g. to add a rule and bump the version. */
    public Builder toBuilder() {
        Builder builder = new Builder(name, version);
        builder.description = description.orElse(null);
        builder.fitCap = fit.cap().orElse(null);
        builder.engagementCap = engagement.cap().orElse(null);
        builder.engagementDecay = engagement.decay().orElse(null);
        builder.totalCap = totalCap.orElse(null);
        builder.fitRules.addAll(fit.rules());
        builder.engagementRules.addAll(engagement.rules());
        builder.thresholds.addAll(thresholds);
        return builder;
    }

    /** This model compiled for scoring (compile once, score many leads). */
    public CompiledScoringModel compile() {
        return CompiledScoringModel.of(this);
    }

    /** The rules of one group. */
    public RuleSet group(RuleGroup group) {
        return group == RuleGroup.FIT ? fit : engagement;
    }

    /** {@code name@version}, e.g. {@code b2b-default@1}. */
    public String key() {
        return name + "@" + version;
    }

    private static void checkRules(String group, List<ScoringRule> rules, boolean engagement, Set<String> ids) {
        for (int i = 0; i < rules.size(); i++) {
            ScoringRule rule = rules.get(i);
            String prefix = group + ".rules[" + i + "].";
            ValidationException.check(ids.add(rule.id()), prefix + "id", rule.id(), "is used by another rule");
            if (engagement) {
                ValidationException.check(rule.when().readsEvents(), prefix + "when", rule.when().describe(),
                        "an engagement rule needs an event_count condition");
            } else {
                ValidationException.check(!rule.when().readsEvents(), prefix + "when", rule.when().describe(),
                        "a fit rule needs a property condition (equals, in, range, exists, missing)");
                ValidationException.check(rule.award().isEmpty(), prefix + "award", rule.award().orElse(null),
                        "only engagement rules award per event");
                ValidationException.check(rule.decay().isEmpty(), prefix + "decay", rule.decay().map(Decay::describe).orElse(null),
                        "fit points do not decay");
            }
        }
    }

    private static List<Threshold> checkThresholds(List<Threshold> thresholds) {
        if (thresholds == null) {
            return List.of();
        }
        List<Threshold> copy = new ArrayList<>(thresholds.size());
        for (int i = 0; i < thresholds.size(); i++) {
            Threshold t = thresholds.get(i);
            ValidationException.check(t != null, "thresholds[" + i + "]", null, "is required");
            if (i > 0) {
                Threshold previous = copy.get(i - 1);
                ValidationException.check(t.score().compareTo(previous.score()) > 0, "thresholds[" + i + "].score",
                        t.score().toPlainString(), "must be above the previous threshold's score ("
                                + previous.score().toPlainString() + ")");
                ValidationException.check(t.stage().isAfter(previous.stage()), "thresholds[" + i + "].stage", t.stage(),
                        "must lie further down the funnel than the previous threshold's stage (" + previous.stage() + ")");
            }
            copy.add(t);
        }
        return Collections.unmodifiableList(copy);
    }

    /** Builds a {@link ScoringModel}; {@link #build()} validates. */
    public static final class Builder {
        private final String name;
        private final int version;
        private String description;
        private BigDecimal fitCap;
        private BigDecimal engagementCap;
        private Decay engagementDecay;
        private BigDecimal totalCap;
        private final List<ScoringRule> fitRules = new ArrayList<>();
        private final List<ScoringRule> engagementRules = new ArrayList<>();
        private final List<Threshold> thresholds = new ArrayList<>();

        private Builder(String name, int version) {
            this.name = name;
            this.version = version;
        }

        /** What the model is for. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** Adds fit rules. */
        public Builder fit(ScoringRule... rules) {
            fitRules.addAll(List.of(rules));
            return this;
        }

        /** Adds engagement rules. */
        public Builder engagement(ScoringRule... rules) {
            engagementRules.addAll(List.of(rules));
            return this;
        }

        /** Adds a rule to a group. */
        public Builder rule(RuleGroup group, ScoringRule rule) {
            (group == RuleGroup.FIT ? fitRules : engagementRules).add(rule);
            return this;
        }

        /** The most points the fit rules add up to. */
        public Builder fitCap(long cap) {
            this.fitCap = BigDecimal.valueOf(cap);
            return this;
        }

        /** The most points the engagement rules add up to. */
        public Builder engagementCap(long cap) {
            this.engagementCap = BigDecimal.valueOf(cap);
            return this;
        }

        /** The decay of engagement rules that set none themselves. */
        public Builder engagementDecay(Decay decay) {
            this.engagementDecay = decay;
            return this;
        }

        /** The most points a lead scores in total. */
        public Builder totalCap(long cap) {
            this.totalCap = BigDecimal.valueOf(cap);
            return this;
        }

        /** Adds a threshold; add them in ascending score order. */
        public Builder threshold(long score, LifecycleStage stage) {
            thresholds.add(Threshold.of(score, stage));
            return this;
        }

        /** The model; throws {@link ValidationException} when it is invalid. */
        public ScoringModel build() {
            RuleSet fit;
            RuleSet engagement;
            try {
                fit = new RuleSet(Optional.ofNullable(fitCap), Optional.empty(), fitRules);
            } catch (ValidationException e) {
                throw e.withFieldPrefix("fit.");
            }
            try {
                engagement = new RuleSet(Optional.ofNullable(engagementCap), Optional.ofNullable(engagementDecay),
                        engagementRules);
            } catch (ValidationException e) {
                throw e.withFieldPrefix("engagement.");
            }
            return new ScoringModel(name, version, Optional.ofNullable(description), fit, engagement,
                    Optional.ofNullable(totalCap), thresholds);
        }
    }
}
