package dev.crmkit.examples.bench;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How the report pairs measurements, computes ratios and judges goals. */
class ReportTest {
    private static Measurement time(String benchmark, Map<String, String> params, double millis) {
        return new Measurement(benchmark, params, millis, Double.NaN, "ms/op", Map.of());
    }

    @Test
    void importsAreReportedInRowsPerSecondWithTheirRatioAndHeap() {
        Map<String, String> h2 = Map.of("db", "H2", "rows", "20000");
        Map<String, String> pg = Map.of("db", "POSTGRES", "rows", "20000");
        List<Measurement> measurements = List.of(
                new Measurement("ImportBenchmark.dealsCrmkit", h2, 250, Double.NaN, "ms/op", Map.of(HeapAfterGcProfiler.PEAK, 41.6)),
                new Measurement("ImportBenchmark.dealsPlain", h2, 200, Double.NaN, "ms/op", Map.of(HeapAfterGcProfiler.PEAK, 30.2)),
                time("ImportBenchmark.dealsCrmkit", pg, 400),
                time("ImportBenchmark.dealsPlain", pg, 200));

        List<Report.Line> lines = Report.lines(measurements);

        assertThat(lines).hasSize(2);
        Report.Line first = lines.get(0);
        assertThat(first.database()).isEqualTo("H2");
        assertThat(first.crmkit()).isEqualTo("80,000 rows/s (250 ms)");
        assertThat(first.reference()).isEqualTo("100,000 rows/s (200 ms)");
        assertThat(first.ratio()).isEqualTo(1.25);
        assertThat(first.met()).contains(true);
        assertThat(first.heap()).isEqualTo("42 MB / 30 MB");
        assertThat(lines.get(1).ratio()).isEqualTo(2.0);
        assertThat(lines.get(1).met()).contains(false);
        assertThat(Report.table(lines)).contains("| Import deals (insertAll, 1000/tx) | H2 | 20,000 deals |", "1.25x", "| yes |",
                "| **no** |");
    }

    @Test
    void aDeepPageIsComparedWithPageOneAndWithItsBaseline() {
        Map<String, String> p = Map.of("db", "MARIADB", "deals", "1000000", "deepPage", "20000");
        List<Report.Line> lines = Report.lines(List.of(time("PagingBenchmark.firstPageCrmkit", p, 1.0),
                time("PagingBenchmark.deepPageCrmkit", p, 1.5), time("PagingBenchmark.deepPagePlain", p, 0.5)));

        assertThat(lines).extracting(Report.Line::benchmark).containsExactly("Deals page 1 (50, keyset)",
                "Deals deep page (50, keyset)", "Deep page vs page 1 (CRMKit)");
        assertThat(lines.get(0).reference()).isEmpty();
        assertThat(lines.get(1).ratio()).isEqualTo(3.0);
        assertThat(lines.get(1).met()).isEmpty();
        assertThat(lines.get(2).size()).isEqualTo("page 20,000 vs 1");
        assertThat(lines.get(2).ratio()).isEqualTo(1.5);
        assertThat(lines.get(2).met()).contains(true);
    }

    @Test
    void absoluteGoalsNeedNoBaseline() {
        List<Report.Line> lines = Report.lines(List.of(
                new Measurement("ScoringBenchmark.b2bDefaultCrmkit", Map.of(), 1_250_000, 1000, "ops/s", Map.of()),
                new Measurement("ScoringBenchmark.fitRulesCrmkit", Map.of(), 2_000_000, 1000, "ops/s", Map.of()),
                new Measurement("ScoringBenchmark.fitRulesHandWritten", Map.of(), 8_000_000, 1000, "ops/s", Map.of()),
                new Measurement("TrainingBenchmark.trainBank", Map.of(), 2.5, Double.NaN, "s/op", Map.of()),
                time("MonteCarloBenchmark.simulateCrmkit", Map.of("runs", "10000", "openDeals", "10000"), 420)));

        assertThat(lines).extracting(Report.Line::benchmark).containsExactly("Rule scoring, bundled B2B model",
                "Rule scoring, B2B fit rules only", "Train logistic regression (bank)", "Monte Carlo forecast");
        assertThat(lines.get(0).crmkit()).isEqualTo("1,250,000 leads/s");
        assertThat(lines.get(0).met()).contains(true);
        assertThat(lines.get(1).ratio()).isEqualTo(4.0);
        assertThat(lines.get(2).crmkit()).isEqualTo("2,500 ms");
        assertThat(lines.get(2).met()).contains(false);
        assertThat(lines.get(3).size()).isEqualTo("10,000 runs x 10,000 deals");
        assertThat(lines.get(3).met()).contains(true);
        assertThat(lines.get(3).reference()).isEmpty();
        assertThat(Double.isNaN(lines.get(3).ratio())).isTrue();
    }

    @Test
    void timesAreShownWithSensiblePrecision() {
        assertThat(Report.time(0.1234)).isEqualTo("0.123 ms");
        assertThat(Report.time(12.345)).isEqualTo("12.35 ms");
        assertThat(Report.time(1234.5)).isEqualTo("1,235 ms");
        assertThat(Report.time(123_456)).isEqualTo("123.5 s");
    }
}
