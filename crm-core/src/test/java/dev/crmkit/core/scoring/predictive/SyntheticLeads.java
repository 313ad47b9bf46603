package dev.crmkit.core.scoring.predictive;

import dev.crmkit.core.tabular.TabularRecord;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Seeded synthetic leads drawn from a known logistic model:
 * {@code logit = -0.5 + 1.2*x1 - 0.8*x2 + effect(channel)} with channel effects web 0, event +0.8,
 * referral -0.6, and x1, x2 standard normal.
 */
final class SyntheticLeads {
    static final double INTERCEPT = -0.5;
    static final double X1 = 1.2;
    static final double X2 = -0.8;
    static final Map<String, Double> CHANNEL = Map.of("web", 0.0, "event", 0.8, "referral", -0.6);
    static final List<String> CHANNELS = List.of("web", "event", "referral");

    private SyntheticLeads() {
    }

    static FeatureSpec spec() {
        return FeatureSpec.builder().label("converted", "1").categorical("channel").numeric("x1", "x2").build();
    }

    static double trueLogit(double x1, double x2, String channel) {
        return INTERCEPT + X1 * x1 + X2 * x2 + CHANNEL.get(channel);
    }

    static TabularRecord lead(double x1, double x2, String channel) {
        Map<String, String> values = new HashMap<>();
        values.put("x1", Double.toString(x1));
        values.put("x2", Double.toString(x2));
        values.put("channel", channel);
        return TabularRecord.of(values);
    }

    static List<TabularRecord> generate(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<TabularRecord> leads = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double x1 = random.nextGaussian();
            double x2 = random.nextGaussian();
            String channel = CHANNELS.get(random.nextInt(CHANNELS.size()));
            double p = 1 / (1 + Math.exp(-trueLogit(x1, x2, channel)));
            Map<String, String> values = new HashMap<>();
            values.put("x1", Double.toString(x1));
            values.put("x2", Double.toString(x2));
            values.put("channel", channel);
            values.put("converted", random.nextDouble() < p ? "1" : "0");
            leads.add(TabularRecord.of(values));
        }
        return leads;
    }
}
