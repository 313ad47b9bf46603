package dev.crmkit.core.forecast;

import dev.crmkit.core.model.shared.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The rows of a backtest (one per case and method, cases in the order given, methods in the order given) and
 * per-method summaries.
 *
 * @param rows the rows
 */
public record BacktestReport(List<BacktestRow> rows) {
    public BacktestReport {
        rows = List.copyOf(rows);
    }

    /** The row of one method for one case. */
    public Optional<BacktestRow> row(String method, BacktestCase testCase) {
        return rows.stream().filter(r -> r.method().equals(method) && r.testCase().equals(testCase)).findFirst();
    }

    /** Accuracy per method, in the order the methods first appear. */
    public List<MethodSummary> summary() {
        Map<String, List<BacktestRow>> byMethod = new LinkedHashMap<>();
        rows.forEach(r -> byMethod.computeIfAbsent(r.method(), k -> new ArrayList<>()).add(r));
        List<MethodSummary> out = new ArrayList<>();
        byMethod.forEach((method, list) -> {
            BigDecimal abs = BigDecimal.ZERO;
            BigDecimal bias = BigDecimal.ZERO;
            double pct = 0;
            int pctCount = 0;
            int intervals = 0;
            int contained = 0;
            for (BacktestRow r : list) {
                abs = abs.add(r.absoluteError().amount());
                bias = bias.add(r.error().amount());
                if (r.percentError().isPresent()) {
                    pct += Math.abs(r.percentError().getAsDouble());
                    pctCount++;
                }
                if (r.intervalContainsActual().isPresent()) {
                    intervals++;
                    contained += r.intervalContainsActual().get() ? 1 : 0;
                }
            }
            BigDecimal n = BigDecimal.valueOf(list.size());
            Currency currency = list.get(0).actual().currency();
            out.add(new MethodSummary(method, list.size(),
                    Money.ofRounded(abs.divide(n, MathContext.DECIMAL64), currency),
                    pctCount == 0 ? OptionalDouble.empty() : OptionalDouble.of(pct / pctCount),
                    Money.ofRounded(bias.divide(n, MathContext.DECIMAL64), currency),
                    intervals == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) contained / intervals)));
        });
        return out;
    }
}
