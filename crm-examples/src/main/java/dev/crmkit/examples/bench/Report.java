package dev.crmkit.examples.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The report of a run: every {@link Comparison} that has measurements, as a Markdown table with the ratio of
 * CRMKit's cost to its reference (time / time, or rate / rate inverted: above 1 means CRMKit is slower) and
 * whether the goal is met.
 */
public final class Report {
    /** What the report compares, in report order. */
    public static final List<Comparison> COMPARISONS = List.of(
            Comparison.of("Import deals (insertAll, 1000/tx)", "ImportBenchmark.dealsCrmkit", "ImportBenchmark.dealsPlain",
                    Goal.ratioAtMost(1.3), p -> count(p, "rows") + " deals").perRow("rows"),
            Comparison.of("Import contacts (upsertAllByExternalId, 1000/tx)", "ImportBenchmark.contactsCrmkit",
                    "ImportBenchmark.contactsPlain", Goal.ratioAtMost(1.3), p -> count(p, "rows") + " contacts").perRow("rows"),
            Comparison.of("Pipeline board (open deals, main pipeline)", "BoardBenchmark.boardCrmkit", "BoardBenchmark.boardPlain",
                    Goal.ratioAtMost(1.5), p -> count(p, "deals") + " deals"),
            Comparison.of("Forecast inputs (owner x close month)", "BoardBenchmark.forecastInputsCrmkit",
                    "BoardBenchmark.forecastInputsPlain", Goal.ratioAtMost(1.5), p -> count(p, "deals") + " deals"),
            Comparison.of("Deals page 1 (50, keyset)", "PagingBenchmark.firstPageCrmkit", "PagingBenchmark.firstPagePlain",
                    Goal.NONE, p -> count(p, "deals") + " deals"),
            Comparison.of("Deals deep page (50, keyset)", "PagingBenchmark.deepPageCrmkit", "PagingBenchmark.deepPagePlain",
                    Goal.NONE, p -> "page " + count(p, "deepPage") + " of " + count(p, "deals") + " deals"),
            Comparison.of("Deep page vs page 1 (CRMKit)", "PagingBenchmark.deepPageCrmkit", "PagingBenchmark.firstPageCrmkit",
                    Goal.ratioAtMost(2.0), p -> "page " + count(p, "deepPage") + " vs 1"),
            Comparison.of("Timeline, first page (50)", "TimelineBenchmark.firstPageCrmkit", "TimelineBenchmark.firstPagePlain",
                    Goal.NONE, Report::timelineSize),
            Comparison.of("Timeline, all pages (50 each)", "TimelineBenchmark.allPagesCrmkit", "TimelineBenchmark.allPagesPlain",
                    Goal.NONE, Report::timelineSize),
            Comparison.of("Rule scoring, bundled B2B model", "ScoringBenchmark.b2bDefaultCrmkit", "", Goal.throughputAtLeast(1_000_000),
                    p -> String.format(Locale.ROOT, "%,d leads", ScoringBenchmark.LEADS)).absolute().rate("leads"),
            Comparison.of("Rule scoring, B2B fit rules only", "ScoringBenchmark.fitRulesCrmkit",
                    "ScoringBenchmark.fitRulesHandWritten", Goal.NONE,
                    p -> String.format(Locale.ROOT, "%,d leads", ScoringBenchmark.LEADS)).rate("leads"),
            Comparison.of("Train logistic regression (bank)", "TrainingBenchmark.trainBank", "", Goal.timeAtMost(2000),
                    p -> "41,188 rows").absolute(),
            Comparison.of("CategoryRollup (FY2025)", "ForecastBenchmark.categoryRollupCrmkit", "ForecastBenchmark.periodSumPlain",
                    Goal.timeAtMost(100), p -> count(p, "forecastDeals") + " deals"),
            Comparison.of("WeightedPipeline (FY2025)", "ForecastBenchmark.weightedPipelineCrmkit",
                    "ForecastBenchmark.periodSumPlain", Goal.timeAtMost(100), p -> count(p, "forecastDeals") + " deals"),
            Comparison.of("Monte Carlo forecast", "MonteCarloBenchmark.simulateCrmkit", "MonteCarloBenchmark.simulatePlain",
                    Goal.timeAtMost(1000), p -> count(p, "runs") + " runs x " + count(p, "openDeals") + " deals"));

    private Report() {
    }

    /**
     * One line of the report.
     *
     * @param benchmark what is measured
     * @param database  the database, or empty for in-memory benchmarks
     * @param size      the data size
     * @param crmkit    CRMKit's result
     * @param reference the reference's result, or empty
     * @param ratio     CRMKit's cost over the reference's, or NaN
     * @param goal      the goal, or empty
     * @param met       whether the goal is met; empty without a goal
     * @param heap      the peak heap after GC of CRMKit / reference, when measured
     */
    public record Line(String benchmark, String database, String size, String crmkit, String reference, double ratio,
                       String goal, Optional<Boolean> met, String heap) {
    }

    /** The report lines of these measurements, in {@link #COMPARISONS} order. */
    public static List<Line> lines(List<Measurement> measurements) {
        List<Line> lines = new ArrayList<>();
        for (Comparison comparison : COMPARISONS) {
            for (Measurement measured : measurements) {
                if (!measured.benchmark().equals(comparison.measured())) {
                    continue;
                }
                Optional<Measurement> reference = comparison.reference().flatMap(name -> measurements.stream()
                        .filter(m -> m.benchmark().equals(name) && m.parameters().equals(measured.parameters())).findFirst());
                double ratio = reference.map(r -> ratio(measured, r)).orElse(Double.NaN);
                boolean judged = !(comparison.goal() instanceof Goal.None)
                        && !(comparison.goal() instanceof Goal.RatioAtMost && Double.isNaN(ratio));
                Optional<Boolean> met = judged ? Optional.of(comparison.goal().isMet(measured, ratio)) : Optional.empty();
                lines.add(new Line(comparison.label(), measured.parameters().getOrDefault("db", ""),
                        comparison.size().apply(measured.parameters()), value(measured, comparison),
                        reference.map(r -> value(r, comparison)).orElse(""), ratio, comparison.goal().describe(), met,
                        heap(measured, reference)));
            }
        }
        return lines;
    }

    /** The lines as a Markdown table. */
    public static String table(List<Line> lines) {
        StringBuilder out = new StringBuilder();
        out.append("| benchmark | database | size | CRMKit | baseline | ratio | goal | met | peak heap after GC |\n");
        out.append("|---|---|---|---|---|---|---|---|---|\n");
        for (Line line : lines) {
            out.append("| ").append(line.benchmark()).append(" | ").append(line.database().isEmpty() ? "in memory" : line.database())
                    .append(" | ").append(line.size()).append(" | ").append(line.crmkit()).append(" | ")
                    .append(line.reference().isEmpty() ? "—" : line.reference()).append(" | ")
                    .append(Double.isNaN(line.ratio()) ? "—" : String.format(Locale.ROOT, "%.2fx", line.ratio())).append(" | ")
                    .append(line.goal().isEmpty() ? "—" : line.goal()).append(" | ")
                    .append(line.met().map(m -> m ? "yes" : "**no**").orElse("—")).append(" | ")
                    .append(line.heap().isEmpty() ? "—" : line.heap()).append(" |\n");
        }
        return out.toString();
    }

    /** CRMKit's cost over the reference's: time over time, or the reference's rate over CRMKit's. */
    static double ratio(Measurement measured, Measurement reference) {
        return measured.isThroughput() ? reference.score() / measured.score() : measured.millis() / reference.millis();
    }

    private static String value(Measurement m, Comparison comparison) {
        if (m.isThroughput()) {
            return String.format(Locale.ROOT, "%,.0f %s/s", m.score(), comparison.rateUnit());
        }
        String time = time(m.millis());
        Optional<String> rows = comparison.rowsParam();
        if (rows.isPresent()) {
            double perSecond = Double.parseDouble(m.parameters().get(rows.get())) * 1000 / m.millis();
            return String.format(Locale.ROOT, "%,.0f rows/s (%s)", perSecond, time);
        }
        return time;
    }

    static String time(double millis) {
        if (millis >= 10_000) {
            return String.format(Locale.ROOT, "%,.1f s", millis / 1000);
        }
        if (millis >= 100) {
            return String.format(Locale.ROOT, "%,.0f ms", millis);
        }
        if (millis >= 1) {
            return String.format(Locale.ROOT, "%.2f ms", millis);
        }
        return String.format(Locale.ROOT, "%.3f ms", millis);
    }

    private static String heap(Measurement measured, Optional<Measurement> reference) {
        Function<Measurement, String> mb = m -> {
            Double peak = m.secondary().get(HeapAfterGcProfiler.PEAK);
            return peak == null ? "" : String.format(Locale.ROOT, "%.0f MB", peak);
        };
        String mine = mb.apply(measured);
        if (mine.isEmpty()) {
            return "";
        }
        String theirs = reference.map(mb).orElse("");
        return theirs.isEmpty() ? mine : mine + " / " + theirs;
    }

    private static String count(Map<String, String> parameters, String name) {
        String value = parameters.get(name);
        return value == null ? "?" : String.format(Locale.ROOT, "%,d", Long.parseLong(value));
    }

    private static String timelineSize(Map<String, String> p) {
        return count(p, "activities") + " of " + String.format(Locale.ROOT, "%,d",
                Long.parseLong(p.getOrDefault("activities", "0")) + Long.parseLong(p.getOrDefault("otherActivities", "0")))
                + " activities";
    }
}
