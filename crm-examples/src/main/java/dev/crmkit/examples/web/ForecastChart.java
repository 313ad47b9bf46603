package dev.crmkit.examples.web;

import dev.crmkit.core.model.shared.Money;
import java.util.List;
import java.util.Locale;

/**
 * Draws the forecast chart as inline SVG on the server: per period a group of bars (weighted, commit, best case,
 * predictive expected) with the predictive P10-P90 band drawn as a translucent box around the predictive bar and
 * a line at P50, over a y axis with round tick values. Colours come from the style sheet through classes.
 */
final class ForecastChart {
    static final int WIDTH = 760;
    static final int HEIGHT = 340;
    private static final int LEFT = 72;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int BOTTOM = 40;
    private static final String[] SERIES = {"weighted", "commit", "best-case", "predictive"};
    private static final String[] SERIES_NAMES = {"Weighted", "Commit", "Best case", "Predictive (expected)"};

    private ForecastChart() {
    }

    /** Writes the chart of {@code periods} (all in one currency) into {@code html}. */
    static void write(HtmlWriter html, List<ForecastFigures> periods) {
        double max = periods.stream().mapToDouble(ForecastFigures::max).max().orElse(0);
        double step = niceStep(max <= 0 ? 1 : max / 5);
        double top = Math.max(step, Math.ceil(max / step) * step);
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double plotWidth = WIDTH - LEFT - RIGHT;

        html.open("svg", "xmlns", "http://www.w3.org/2000/svg", "id", "forecast-chart", "class", "chart",
                "viewBox", "0 0 " + WIDTH + " " + HEIGHT, "role", "img", "aria-labelledby", "forecast-chart-title");
        html.element("title", "Forecasts of " + String.join(" and ", periods.stream().map(ForecastFigures::period).toList())
                + ", with the predictive P10-P90 band", "id", "forecast-chart-title");
        for (double tick = 0; tick <= top + step / 2; tick += step) {
            double y = TOP + plotHeight - tick / top * plotHeight;
            html.svgLeaf("line", "class", "grid", "x1", num(LEFT), "x2", num(WIDTH - RIGHT), "y1", num(y), "y2", num(y));
            html.element("text", Formats.compact(tick), "class", "tick", "x", num(LEFT - 8), "y", num(y + 4),
                    "text-anchor", "end");
        }
        double groupWidth = plotWidth / Math.max(1, periods.size());
        double barWidth = groupWidth * 0.7 / SERIES.length;
        for (int p = 0; p < periods.size(); p++) {
            ForecastFigures figures = periods.get(p);
            double groupX = LEFT + p * groupWidth + groupWidth * 0.15;
            Money[] values = {figures.weighted(), figures.commit(), figures.bestCase(), figures.expected()};
            html.open("g", "class", "period", "data-period", figures.period());
            for (int s = 0; s < SERIES.length; s++) {
                double value = values[s].amount().doubleValue();
                double height = Math.max(0, value / top * plotHeight);
                double x = groupX + s * barWidth;
                html.open("rect", "class", "bar " + SERIES[s], "data-series", SERIES[s], "x", num(x + 2),
                        "y", num(TOP + plotHeight - height), "width", num(barWidth - 4), "height", num(height));
                html.element("title", SERIES_NAMES[s] + " " + figures.period() + ": " + Formats.money(values[s]));
                html.close();
            }
            double bandX = groupX + 3 * barWidth - 4;
            double y90 = TOP + plotHeight - figures.p90().amount().doubleValue() / top * plotHeight;
            double y10 = TOP + plotHeight - figures.p10().amount().doubleValue() / top * plotHeight;
            double y50 = TOP + plotHeight - figures.p50().amount().doubleValue() / top * plotHeight;
            html.open("rect", "class", "band", "data-series", "p10-p90", "x", num(bandX), "y", num(y90),
                    "width", num(barWidth + 8), "height", num(Math.max(1, y10 - y90)));
            html.element("title", "P10-P90 " + figures.period() + ": " + Formats.money(figures.p10()) + " to "
                    + Formats.money(figures.p90()));
            html.close();
            html.open("line", "class", "p50", "x1", num(bandX), "x2", num(bandX + barWidth + 8), "y1", num(y50),
                    "y2", num(y50));
            html.element("title", "P50 " + figures.period() + ": " + Formats.money(figures.p50()));
            html.close();
            html.element("text", figures.period(), "class", "period-label", "x", num(groupX + 2 * barWidth),
                    "y", num(HEIGHT - BOTTOM + 22), "text-anchor", "middle");
            html.close();
        }
        html.svgLeaf("line", "class", "axis", "x1", num(LEFT), "x2", num(WIDTH - RIGHT), "y1", num(TOP + plotHeight),
                "y2", num(TOP + plotHeight));
        html.close();
        legend(html);
    }

    private static void legend(HtmlWriter html) {
        html.open("ul", "class", "legend");
        for (int s = 0; s < SERIES.length; s++) {
            html.open("li");
            html.element("span", "", "class", "swatch " + SERIES[s], "aria-hidden", "true");
            html.text(SERIES_NAMES[s]);
            html.close();
        }
        html.open("li");
        html.element("span", "", "class", "swatch band", "aria-hidden", "true");
        html.text("Predictive P10-P90, line at P50");
        html.close();
        html.close();
    }

    /** A round step of 1, 2 or 5 times a power of ten, at least {@code rough}. */
    static double niceStep(double rough) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double factor : new double[] {1, 2, 5, 10}) {
            if (factor * magnitude >= rough) {
                return factor * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
