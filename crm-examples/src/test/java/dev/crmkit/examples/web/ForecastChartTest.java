package dev.crmkit.examples.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import dev.crmkit.core.model.shared.Money;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ForecastChartTest {
    private static final double PLOT_TOP = 16;
    private static final double PLOT_BOTTOM = ForecastChart.HEIGHT - 40;

    @Test
    void drawsFourBarsPerPeriodAndTheBandFromP10ToP90() {
        String svg = chart(List.of(
                figures("2025-Q4", "38000", "26000", "34000", "25000", "11000", "24000", "41000"),
                figures("2026-Q1", "12000", "2000", "16000", "5500", "0", "4000", "14500")));

        assertThat(count(svg, "<rect class=\"bar ")).isEqualTo(8);
        assertThat(count(svg, "<rect class=\"band\"")).isEqualTo(2);
        assertThat(count(svg, "<line class=\"p50\"")).isEqualTo(2);
        assertThat(svg).contains("<title>P10-P90 2025-Q4: 11,000.00 USD to 41,000.00 USD</title>");
        // the scale tops out at the next round step above the largest figure: 50k for 41k
        assertThat(svg).contains(">50k</text>").doesNotContain(">60k</text>");

        double[] band = rect(svg, "class=\"band\" data-series=\"p10-p90\"");
        double scale = (PLOT_BOTTOM - PLOT_TOP) / 50_000;
        assertThat(band[0]).isCloseTo(PLOT_BOTTOM - 41_000 * scale, offset(0.1));
        assertThat(band[0] + band[1]).isCloseTo(PLOT_BOTTOM - 11_000 * scale, offset(0.2));
    }

    @Test
    void anAllZeroForecastStillDrawsAnAxis() {
        String svg = chart(List.of(figures("2025-Q4", "0", "0", "0", "0", "0", "0", "0")));

        assertThat(svg).contains(">0</text>", ">1</text>", "class=\"band\"");
    }

    @Test
    void niceStepsAreOneTwoOrFiveTimesAPowerOfTenAndAtLeastTheRoughStep() {
        qt().withExamples(300).forAll(doubles().between(0.001, 1e12)).checkAssert(rough -> {
            double step = ForecastChart.niceStep(rough);
            assertThat(step).isGreaterThanOrEqualTo(rough * (1 - 1e-12));
            assertThat(step).isLessThanOrEqualTo(rough * 5 * (1 + 1e-12));
            double mantissa = step / Math.pow(10, Math.floor(Math.log10(step) + 1e-9));
            assertThat(List.of(1L, 2L, 5L, 10L)).contains(Math.round(mantissa));
        });
    }

    private static String chart(List<ForecastFigures> figures) {
        HtmlWriter html = new HtmlWriter();
        ForecastChart.write(html, figures);
        return html.toString();
    }

    private static ForecastFigures figures(String period, String weighted, String commit, String bestCase,
                                           String expected, String p10, String p50, String p90) {
        return new ForecastFigures(period, usd(weighted), usd(commit), usd(bestCase), usd(expected), usd(p10),
                usd(p50), usd(p90));
    }

    private static Money usd(String amount) {
        return Money.of(amount + ".00", "USD");
    }

    /** The y and height of the first rect with these attributes. */
    private static double[] rect(String svg, String marker) {
        Matcher matcher = Pattern.compile(Pattern.quote(marker) + " x=\"[0-9.]+\" y=\"([0-9.]+)\" width=\"[0-9.]+\" height=\"([0-9.]+)\"")
                .matcher(svg);
        assertThat(matcher.find()).as(marker).isTrue();
        return new double[] {Double.parseDouble(matcher.group(1)), Double.parseDouble(matcher.group(2))};
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }
}
