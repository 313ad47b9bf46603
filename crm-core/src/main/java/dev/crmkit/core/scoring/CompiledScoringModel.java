package dev.crmkit.core.scoring;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.contact.LifecycleStage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link ScoringModel} compiled for fast scoring: property paths resolved to field readers, model values
 * parsed, decay constants precomputed, so {@link #score(LeadProfile, Instant)} looks up each engagement
 * rule's events by kind, finds those within the window by binary search, and uses no streams, boxing or
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
 * remainders, ties to the earlier rule; between the two groups, ties to fit). So every breakdown adds up
 * exactly to the score, no rule is raised by a cap, and no rule changes sign. Event ages and windows are
 * measured in whole milliseconds.
 */
public final class CompiledScoringModel {
    static final int RAW = 0;
    static final int DECAYED = 1;
    static final int RULE_CAPPED = 2;
    static final int GROUP_CAPPED = 3;
    static final int FINAL = 4;
    static final int COUNT = 5;
    static final int FIRED = 6;
    /** Remainders while caps are spread. */
    static final int SCRATCH = 7;
    static final int STRIDE = 8;

    private static final int DECAY_NONE = 0;
    private static final int DECAY_HALF_LIFE = 1;
    private static final int DECAY_EXPIRY = 2;
    private static final long NO_CAP = -1;
    /** Below 2^53 a product is exact as a double, so the estimated share is off by at most a few units. */
    private static final long EXACT_PRODUCT_LIMIT = 1L << 53;

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
    private final String[] kinds;

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
        kinds = new String[engagementCount];
        for (int e = 0; e < engagementCount; e++) {
            ScoringRule rule = engagement.get(e);
            Condition.EventCount when = (Condition.EventCount) rule.when();
            windowMillis[e] = when.window().map(Duration::toMillis).orElse(Long.MAX_VALUE);
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
            kinds[e] = when.kind();
        }

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
        Objects.requireNonNull(now, "now");
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
        for (int e = 0; e < engagementCount; e++) {
            LeadProfile.KindEvents events = lead.eventsOf(kinds[e]);
            if (events == null) {
                continue;
            }
            long[] millis = events.millis;
            // Events are sorted newest first, so those inside the window are a prefix.
            int inWindow = windowMillis[e] == Long.MAX_VALUE ? millis.length : countSince(millis, nowMillis, windowMillis[e]);
            if (inWindow < atLeast[e]) {
                continue;
            }
            int count;
            long newestAge;
            double factorSum = 0;
            if (whereKeys[e] == null) {
                count = inWindow;
                newestAge = age(nowMillis, millis[0]);
                if (eachEvent[e]) {
                    factorSum = factorSum(e, millis, inWindow, nowMillis);
                }
            } else {
                count = 0;
                newestAge = 0;
                EngagementEvent[] list = events.events;
                for (int i = 0; i < inWindow; i++) {
                    if (whereMatches(list[i], e)) {
                        long age = age(nowMillis, millis[i]);
                        if (count++ == 0) {
                            newestAge = age;
                        }
                        if (eachEvent[e]) {
                            factorSum += factor(e, age);
                        }
                    }
                }
                if (count < atLeast[e]) {
                    continue;
                }
            }
            int r = fitCount + e;
            int o = r * STRIDE;
            long p = points[r];
            long raw;
            long decayed;
            if (eachEvent[e]) {
                raw = p * count;
                decayed = decayType[e] == DECAY_NONE ? raw : (long) Math.rint(p * factorSum);
            } else {
                raw = p;
                decayed = decayType[e] == DECAY_NONE ? raw : (long) Math.rint(p * factor(e, newestAge));
            }
            v[o + FIRED] = 1;
            v[o + COUNT] = count;
            v[o + RAW] = raw;
            v[o + DECAYED] = decayed;
            v[o + RULE_CAPPED] = capRule(decayed, caps[r]);
        }
    }

    /** The sum of the decay factors of the first {@code n} events. */
    private double factorSum(int e, long[] millis, int n, long nowMillis) {
        switch (decayType[e]) {
            case DECAY_HALF_LIFE: {
                double sum = 0;
                double rate = decayRate[e];
                for (int i = 0; i < n; i++) {
                    sum += Math.exp(age(nowMillis, millis[i]) * rate);
                }
                return sum;
            }
            case DECAY_EXPIRY:
                return Math.min(n, countSince(millis, nowMillis, expiryMillis[e]));
            default:
                return n;
        }
    }

    /** How many of {@code millis} (sorted newest first) are at most {@code maxAge} old at {@code nowMillis}. */
    private static int countSince(long[] millis, long nowMillis, long maxAge) {
        long oldest = nowMillis - maxAge;
        if (oldest > nowMillis) {
            return millis.length;
        }
        int low = 0;
        int high = millis.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (millis[mid] >= oldest) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static long age(long nowMillis, long eventMillis) {
        long age = nowMillis - eventMillis;
        return age < 0 ? 0 : age;
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
        scalePositives(v, from, to, GROUP_CAPPED, sum - penalties, cap - penalties);
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
        long allowance = totalCap - penalties;
        long positive = fitPositive + engagementPositive;
        // The two-group case of the largest-remainder split: the hundredth left over goes to the group with
        // the larger remainder, to fit on a tie.
        long[] remainder = new long[1];
        long fitShare = Points.mulDivFloor(fitPositive, allowance, positive, remainder, 0);
        long fitRemainder = remainder[0];
        long engagementShare = Points.mulDivFloor(engagementPositive, allowance, positive, remainder, 0);
        if (fitShare + engagementShare < allowance) {
            if (remainder[0] > fitRemainder) {
                engagementShare++;
            } else {
                fitShare++;
            }
        }
        if (fitShare < fitPositive) {
            scalePositives(v, 0, fitCount, FINAL, fitPositive, fitShare);
        }
        if (engagementShare < engagementPositive) {
            scalePositives(v, fitCount, ruleCount, FINAL, engagementPositive, engagementShare);
        }
    }

    /**
     * Scales the positive values in {@code slot} of rules {@code [from, to)}, which add up to
     * {@code positive}, so they add up to {@code target} ({@code 0 <= target < positive}), by the
     * largest-remainder method, and copies the results into FINAL. The SCRATCH slot holds the remainders.
     */
    private static void scalePositives(long[] v, int from, int to, int slot, long positive, long target) {
        long assigned = 0;
        long[] remainder = null;
        // A double estimate of each share, corrected with exact long arithmetic: cheaper than a division per rule.
        double ratio = (double) target / positive;
        for (int r = from; r < to; r++) {
            int o = r * STRIDE;
            long value = v[o + slot];
            if (value <= 0) {
                v[o + SCRATCH] = -1;
                continue;
            }
            long share;
            long product = value * target;
            if (Math.multiplyHigh(value, target) == 0 && product >= 0 && product < EXACT_PRODUCT_LIMIT) {
                share = (long) (value * ratio);
                long rem = product - share * positive;
                while (rem < 0) {
                    share--;
                    rem += positive;
                }
                while (rem >= positive) {
                    share++;
                    rem -= positive;
                }
                v[o + SCRATCH] = rem;
            } else {
                if (remainder == null) {
                    remainder = new long[1];
                }
                share = Points.mulDivFloor(value, target, positive, remainder, 0);
                v[o + SCRATCH] = remainder[0];
            }
            v[o + slot] = share;
            v[o + FINAL] = share;
            assigned += share;
        }
        // Fewer hundredths are missing than there are positive rules.
        for (long missing = target - assigned; missing > 0; missing--) {
            int best = -1;
            long bestRemainder = 0;
            for (int r = from; r < to; r++) {
                long rem = v[r * STRIDE + SCRATCH];
                if (rem > bestRemainder) {
                    best = r;
                    bestRemainder = rem;
                }
            }
            int o = best * STRIDE;
            long share = v[o + slot] + 1;
            v[o + slot] = share;
            v[o + FINAL] = share;
            v[o + SCRATCH] = -1;
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
