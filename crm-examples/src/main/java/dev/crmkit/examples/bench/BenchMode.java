package dev.crmkit.examples.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The two sizes of a benchmark run. {@link #QUICK} is a smoke run for CI (small data, one fork, short
 * iterations; a few minutes on two cores); {@link #FULL} has the documented sizes (a million rows).
 */
public enum BenchMode {
    /** Small data, short iterations. */
    QUICK,
    /** The documented sizes. */
    FULL;

    /** The JMH parameter values of this mode. */
    public Map<String, String> parameters() {
        Map<String, String> values = new LinkedHashMap<>();
        boolean full = this == FULL;
        values.put("rows", full ? "1000000" : "20000");
        values.put("deals", full ? "1000000" : "20000");
        values.put("deepPage", full ? "20000" : "400");
        values.put("activities", "1000");
        values.put("otherActivities", full ? "99000" : "9000");
        values.put("forecastDeals", full ? "1000000" : "100000");
        values.put("openDeals", "10000");
        values.put("runs", full ? "10000" : "1000");
        return values;
    }

    /** How long each group is measured in this mode. */
    public Iterations iterations(BenchGroup group) {
        boolean full = this == FULL;
        return switch (group) {
            case COMPUTE -> full ? new Iterations(3, 1000, 5, 1000) : new Iterations(2, 300, 2, 300);
            case TRAINING -> full ? new Iterations(3, 0, 5, 0) : new Iterations(1, 0, 2, 0);
            case IMPORT -> full ? new Iterations(1, 0, 2, 0) : new Iterations(1, 0, 1, 0);
            case READ -> full ? new Iterations(2, 1000, 5, 1000) : new Iterations(1, 200, 2, 200);
        };
    }

    /** The maximum heap of the group's benchmark JVMs. */
    public String heap(BenchGroup group) {
        return switch (group) {
            case COMPUTE -> this == FULL ? "-Xmx4g" : "-Xmx1g";
            case TRAINING, READ -> "-Xmx1g";
            // imports stream their rows: a heap far smaller than a million deals shows it
            case IMPORT -> "-Xmx512m";
        };
    }
}
