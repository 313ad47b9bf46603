package dev.crmkit.core.scoring;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.contact.LifecycleStage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link ScoringModel} compiled for fast scoring: property paths resolved to field readers, model values
 * parsed, decay constants precomputed, engagement rules indexed by event kind, so
 * {@link #score(LeadProfile, Instant)} makes one pass over the lead's events and uses no streams, boxing or
 * regular expressions. Immutable and thread-safe; compile a model once and share it.
 *
 * <h2>How a score is computed</h2>
 * <ol>
 * <li><b>Raw points.</b> A fit rule that fires gives its points. An engagement rule fires when at least
 * {@code atLeast} matching events lie within its window; it gives its points once ({@link Award#ONCE}) or
 * per matching event ({@link Award#EACH_EVENT}, raw = points &times; count).</li>
 * <li><b>Decay</b> (engagement only): the rule's own decay, else the engagement group's, else none; see
 * {@link Decay}. The decayed value is rounded half-even to hundredths of a point.</li>
 * <li><b>Rule cap</b>: the rule's contribution is limited to {@code [-cap, cap]}.</li>
 * <li><b>Group cap</b>: when a group's rules add up to more than its cap, its positive contributions are
 * scaled down so the group adds up to exactly the cap; penalties are left as they are.</li>
 * <li><b>Total cap</b>: when both groups add up to more than the total cap, the allowance left after the
 * penalties is split between the groups in proportion to their positive points, then within each group in
 * proportion to its rules' positive contributions, so the total is exactly the cap.</li>
 * </ol>
 * Scaling is exact: every share is computed in whole hundredths by the largest-remainder method (each rule
 * gets {@code floor(points x allowance / positiveSum)}, the hundredths left go one each to the largest
 * remainders, ties to the earlier rule). So every breakdown adds up exactly to the score, no rule is raised
 * by a cap, and no rule changes sign.
 */
public final class CompiledScoringModel {
    static final int RAW = 0;
    static final int DECAYED = 1;
    static final int RULE_CAPPED = 2;
    static final int GROUP_CAPPED = 3;
    static final int FINAL = 4;
    static final int COUNT = 5;
    static final int FIRED = 6;
    static final int NEWEST_AGE = 7;
    static final int STRIDE = 8;

    private static final int DECAY_NONE = 0;
    private static final int DECAY_HALF_LIFE = 1;
    private static final int DECAY_EXPIRY = 2;
    private static final long NO_CAP = -1;
    private static final int[] NO_RULES = new int[0];

    private final ScoringModel model;
    private final int fitCount;
    private final int ruleCount;
    private final String[] ids;
    private final String[] descriptions;
    private final long[] points;
    private final long[] caps;
    private final PropertyMatcher[] fitMatchers;

    // Engagement rules, indexed from 0 (rule index = fitCount + e).
    private final int engagementCount;
    private final long[] windowMillis;
    private final int[] atLeast;
    private final boolean[] eachEvent;
    private final int[] decayType;
    private final double[] decayRate;
    private final long[] expiryMillis;
    private final String[][] whereKeys;
    private final String[][] whereValues;
    private final Map<String, int[]> rulesByKind;
    private final long horizonMillis;

    private final long fitCap;
    private final long engagementCap;
    private final long totalCap;
    private final long[] thresholdScores;
    private final LifecycleStage[] thresholdStages;

    private CompiledScoringModel(ScoringModel model) {
        this.model = model;
        List<ScoringRule> fit = model.fit().rules();
        List<ScoringRule> engagement = model.engagement().rules();
        fitCount = fit.size();
        engagementCount = engagement.size();
        ruleCount = fitCount + engagementCount;
        ids = new String[ruleCount];
        descriptions = new String[ruleCount];
        points = new long[ruleCount];
        caps = new long[ruleCount];
        List<ScoringRule> all = new ArrayList<>(fit);
        all.addAll(engagement);
        for (int r = 0; r < ruleCount; r++) {
            ScoringRule rule = all.get(r);
            ids[r] = rule.id();
            descriptions[r] = rule.describe();
            points[r] = Points.toHundredths(rule.points());
            caps[r] = rule.cap().map(Points::toHundredths).orElse(NO_CAP);
        }
        fitMatchers = new PropertyMatcher[fitCount];
        for (int r = 0; r < fitCount; r++) {
            fitMatchers[r] = PropertyMatcher.compile(fit.get(r).when());
        }

        windowMillis = new long[engagementCount];
        atLeast = new int[engagementCount];
        eachEvent = new boolean[engagementCount];
        decayType = new int[engagementCount];
        decayRate = new double[engagementCount];
        expiryMillis = new long[engagementCount];
        whereKeys = new String[engagementCount][];
        whereValues = new String[engagementCount][];
        Map<String, List<Integer>> byKind = new HashMap<>();
        long horizon = 0;
        for (int e = 0; e < engagementCount; e++) {
            ScoringRule rule = engagement.get(e);
            Condition.EventCount when = (Condition.EventCount) rule.when();
            windowMillis[e] = when.window().map(Duration::toMillis).orElse(Long.MAX_VALUE);
            horizon = Math.max(horizon, windowMillis[e]);
            atLeast[e] = when.atLeast();
            eachEvent[e] = rule.effectiveAward() == Award.EACH_EVENT;
            Decay decay = rule.decay().or(() -> model.engagement().decay()).orElse(Decay.none());
            if (decay instanceof Decay.HalfLife h) {
                decayType[e] = DECAY_HALF_LIFE;
                decayRate[e] = h.ratePerMilli();
            } else if (decay instanceof Decay.Expiry x) {
                decayType[e] = DECAY_EXPIRY;
                expiryMillis[e] = x.after().toMillis();
            } else {
                decayType[e] = DECAY_NONE;
            }
            if (!when.where().isEmpty()) {
                whereKeys[e] = when.where().keySet().toArray(new String[0]);
                whereValues[e] = when.where().values().toArray(new String[0]);
            }
            byKind.computeIfAbsent(when.kind(), k -> new ArrayList<>()).add(e);
        }
        horizonMillis = horizon;
        rulesByKind = new HashMap<>();
        byKind.forEach((kind, list) -> rulesByKind.put(kind, list.stream().mapToInt(Integer::intValue).toArray()));

        fitCap = model.fit().cap().map(Points::toHundredths).orElse(NO_CAP);
        engagementCap = model.engagement().cap().map(Points::toHundredths).orElse(NO_CAP);
        totalCap = model.totalCap().map(Points::toHundredths).orElse(NO_CAP);
        thresholdScores = new long[model.thresholds().size()];
        thresholdStages = new LifecycleStage[thresholdScores.length];
        for (int i = 0; i < thresholdScores.length; i++) {
            thresholdScores[i] = Points.toHundredths(model.thresholds().get(i).score());
            thresholdStages[i] = model.thresholds().get(i).stage();
        }
    }

    /** Compiles a model; throws {@link ValidationException} when {@code model} is null. */
    public static CompiledScoringModel of(ScoringModel model) {
        ValidationException.check(model != null, "model", null, "is required");
        return new CompiledScoringModel(model);
    }

    /** The model this was compiled from. */
    public ScoringModel model() {
        return model;
    }

    /**
     * Scores a lead as of {@code now}, with its breakdown. This is the entry point to benchmark: it only
     * reads the profile, allocates the result and a few small arrays, and is safe to call from many threads.
     *
     * @throws NullPointerException when {@code lead} or {@code now} is null
     */
    public LeadScore score(LeadProfile lead, Instant now) {
        Objects.requireNonNull(lead, "lead");
        long nowMillis = now.toEpochMilli();
        long[] v = new long[ruleCount * STRIDE];
        for (int r = 0; r < fitCount; r++) {
            if (fitMatchers[r].matches(lead)) {
                int o = r * STRIDE;
                long p = points[r];
                v[o + FIRED] = 1;
                v[o + RAW] = p;
                v[o + DECAYED] = p;
                v[o + RULE_CAPPED] = capRule(p, caps[r]);
            }
        }
        if (engagementCount > 0) {
            scoreEngagement(lead, nowMillis, v);
        }

        long fitSum = capGroup(v, 0, fitCount, fitCap);
        long engagementSum = capGroup(v, fitCount, ruleCount, engagementCap);
        if (totalCap != NO_CAP && fitSum + engagementSum > totalCap) {
            capTotal(v);
            fitSum = sum(v, 0, fitCount, FINAL);
            engagementSum = sum(v, fitCount, ruleCount, FINAL);
        }
        long total = fitSum + engagementSum;
        LifecycleStage suggested = null;
        for (int i = 0; i < thresholdScores.length && thresholdScores[i] <= total; i++) {
            suggested = thresholdStages[i];
        }
        return new LeadScore(this, now, v, fitSum, engagementSum, suggested);
    }

    private void scoreEngagement(LeadProfile lead, long nowMillis, long[] v) {
        EngagementEvent[] events = lead.sortedEvents;
        long[] eventMillis = lead.eventMillis;
        double[] factorSums = new double[engagementCount];
        for (int i = 0; i < events.length; i++) {
            long age = nowMillis - eventMillis[i];
            if (age < 0) {
                age = 0;
            }
            if (age > horizonMillis) {
                // Events are sorted newest first: every later one is outside every window too.
                break;
            }
            int[] rules = rulesByKind.getOrDefault(events[i].kind(), NO_RULES);
            for (int e : rules) {
                if (age > windowMillis[e] || (whereKeys[e] != null && !whereMatches(events[i], e))) {
                    continue;
                }
                int o = (fitCount + e) * STRIDE;
                if (v[o + COUNT]++ == 0) {
                    v[o + NEWEST_AGE] = age;
                }
                if (eachEvent[e]) {
                    factorSums[e] += factor(e, age);
                }
            }
        }
        for (int e = 0; e < engagementCount; e++) {
            int r = fitCount + e;
            int o = r * STRIDE;
            long count = v[o + COUNT];
            if (count < atLeast[e]) {
                continue;
            }
            long p = points[r];
            long raw;
            long decayed;
            if (eachEvent[e]) {
                raw = p * count;
                decayed = decayType[e] == DECAY_NONE ? raw : (long) Math.rint(p * factorSums[e]);
            } else {
                raw = p;
                decayed = decayType[e] == DECAY_NONE ? raw : (long) Math.rint(p * factor(e, v[o + NEWEST_AGE]));
            }
            v[o + FIRED] = 1;
            v[o + RAW] = raw;
            v[o + DECAYED] = decayed;
            v[o + RULE_CAPPED] = capRule(decayed, caps[r]);
        }
    }

    private double factor(int e, long ageMillis) {
        switch (decayType[e]) {
            case DECAY_HALF_LIFE:
                return Math.exp(ageMillis * decayRate[e]);
            case DECAY_EXPIRY:
                return ageMillis <= expiryMillis[e] ? 1.0 : 0.0;
            default:
                return 1.0;
        }
    }

    private boolean whereMatches(EngagementEvent event, int e) {
        String[] keys = whereKeys[e];
        String[] values = whereValues[e];
        Map<String, String> attributes = event.attributes();
        for (int k = 0; k < keys.length; k++) {
            String actual = attributes.get(keys[k]);
            if (actual == null || !actual.equalsIgnoreCase(values[k])) {
                return false;
            }
        }
        return true;
    }

    private static long capRule(long value, long cap) {
        if (cap == NO_CAP) {
            return value;
        }
        return value > cap ? cap : Math.max(value, -cap);
    }

    /** Applies a group cap, sets GROUP_CAPPED and FINAL, and returns the group's sum. */
    private static long capGroup(long[] v, int from, int to, long cap) {
        long sum = 0;
        long penalties = 0;
        for (int r = from; r < to; r++) {
            int o = r * STRIDE;
            long value = v[o + RULE_CAPPED];
            v[o + GROUP_CAPPED] = value;
            v[o + FINAL] = value;
            sum += value;
            if (value < 0) {
                penalties += value;
            }
        }
        if (cap == NO_CAP || sum <= cap) {
            return sum;
        }
        scalePositives(v, from, to, cap - penalties, GROUP_CAPPED);
        return cap;
    }

    private void capTotal(long[] v) {
        long penalties = 0;
        long fitPositive = 0;
        long engagementPositive = 0;
        for (int r = 0; r < ruleCount; r++) {
            long value = v[r * STRIDE + FINAL];
            if (value < 0) {
                penalties += value;
            } else if (r < fitCount) {
                fitPositive += value;
            } else {
                engagementPositive += value;
            }
        }
        long[] shares = Points.largestRemainder(new long[] {fitPositive, engagementPositive}, totalCap - penalties);
        scalePositives(v, 0, fitCount, shares[0], FINAL);
        scalePositives(v, fitCount, ruleCount, shares[1], FINAL);
    }

    /**
     * Scales the positive values in {@code slot} of rules {@code [from, to)} so they add up to {@code target}
     * (at most their sum), and copies the result into FINAL.
     */
    private static void scalePositives(long[] v, int from, int to, long target, int slot) {
        int positives = 0;
        for (int r = from; r < to; r++) {
            if (v[r * STRIDE + slot] > 0) {
                positives++;
            }
        }
        long[] weights = new long[positives];
        int[] rules = new int[positives];
        int k = 0;
        for (int r = from; r < to; r++) {
            long value = v[r * STRIDE + slot];
            if (value > 0) {
                weights[k] = value;
                rules[k++] = r;
            }
        }
        long[] shares = Points.largestRemainder(weights, target);
        for (int i = 0; i < positives; i++) {
            int o = rules[i] * STRIDE;
            v[o + slot] = shares[i];
            v[o + FINAL] = shares[i];
        }
    }

    private static long sum(long[] v, int from, int to, int slot) {
        long sum = 0;
        for (int r = from; r < to; r++) {
            sum += v[r * STRIDE + slot];
        }
        return sum;
    }

    int ruleCount() {
        return ruleCount;
    }

    int fitCount() {
        return fitCount;
    }

    String ruleId(int r) {
        return ids[r];
    }

    String description(int r) {
        return descriptions[r];
    }

    @Override
    public String toString() {
        return "CompiledScoringModel[" + model.key() + ", " + ruleCount + " rules]";
    }
}
