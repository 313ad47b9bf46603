package dev.crmkit.core.forecast;

import static dev.crmkit.core.forecast.TestDeals.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.crmkit.core.model.shared.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BacktestTest {
    private final ForecastContext context = TestDeals.usd();
    private final PeriodCalendar calendar = context.calendar();

    /* March: deals 1 (1000) and 2 (2000) won. Deal 3 (500, proposal at 75 %, expected April 30) is won on April 5. */
    private final AsOfReplay history = new TestDeals.Book()
            .create(1, 59).move(1, 68, "closed-won")
            .create(2, 63, "prospecting", "2000.00", LocalDate.of(2017, 3, 31)).move(2, 78, "closed-won")
            .create(3, 83, "proposal", "500.00", LocalDate.of(2017, 4, 30)).move(3, 94, "closed-won")
            .replay();
    private final BacktestCase april = new BacktestCase(day(90), calendar.parse("2017-04"));
    private final BacktestCase may = new BacktestCase(day(120), calendar.parse("2017-05"));
    private final BacktestReport report = Backtest.run(history, List.of(april, may),
            List.of(ForecastMethod.weighted(context), ForecastMethod.categories(context), ForecastMethod.naive(context)),
            context);

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    @Test
    void forecastsFromTheSnapshotAndScoresAgainstTheFullHistory() {
        BacktestRow naive = report.row("naive", april).orElseThrow();
        assertThat(naive.actual()).isEqualTo(usd("500.00"));
        assertThat(naive.forecast().point()).isEqualTo(usd("3000.00"));
        assertThat(naive.error()).isEqualTo(usd("2500.00"));
        assertThat(naive.absoluteError()).isEqualTo(usd("2500.00"));
        assertThat(naive.percentError().getAsDouble()).isCloseTo(500.0, within(1e-9));
        assertThat(naive.intervalContainsActual()).isEmpty();

        BacktestRow weighted = report.row("weighted", april).orElseThrow();
        assertThat(weighted.forecast().point()).isEqualTo(usd("375.00"));
        assertThat(weighted.error()).isEqualTo(usd("-125.00"));
        assertThat(weighted.absoluteError()).isEqualTo(usd("125.00"));
        assertThat(weighted.percentError().getAsDouble()).isCloseTo(-25.0, within(1e-9));

        BacktestRow categories = report.row("categories", april).orElseThrow();
        assertThat(categories.forecast().point()).isEqualTo(usd("0.00"));

        BacktestRow mayNaive = report.row("naive", may).orElseThrow();
        assertThat(mayNaive.actual()).isEqualTo(usd("0.00"));
        assertThat(mayNaive.forecast().point()).isEqualTo(usd("500.00"));
        assertThat(mayNaive.percentError()).isEmpty();
    }

    @Test
    void summarisesPerMethod() {
        List<MethodSummary> summary = report.summary();
        assertThat(summary).extracting(MethodSummary::method).containsExactly("weighted", "categories", "naive");
        MethodSummary naive = summary.get(2);
        assertThat(naive.cases()).isEqualTo(2);
        assertThat(naive.meanAbsoluteError()).isEqualTo(usd("1500.00"));
        assertThat(naive.bias()).isEqualTo(usd("1500.00"));
        assertThat(naive.meanAbsolutePercentError().getAsDouble()).isCloseTo(500.0, within(1e-9));
        assertThat(naive.intervalCoverage()).isEmpty();
        MethodSummary weighted = summary.get(0);
        assertThat(weighted.meanAbsoluteError()).isEqualTo(usd("62.50"));
        assertThat(weighted.bias()).isEqualTo(usd("-62.50"));
    }

    @Test
    void intervalContainsTheActualInclusively() {
        MethodForecast inside = new MethodForecast("m", usd("450.00"), Optional.of(usd("500.00")), Optional.of(usd("600.00")));
        MethodForecast below = new MethodForecast("m", usd("450.00"), Optional.of(usd("400.00")), Optional.of(usd("499.99")));
        assertThat(Backtest.row(april, inside, usd("500.00")).intervalContainsActual()).contains(true);
        assertThat(Backtest.row(april, below, usd("500.00")).intervalContainsActual()).contains(false);
        BacktestReport mixed = new BacktestReport(List.of(Backtest.row(april, inside, usd("500.00")),
                Backtest.row(may, below, usd("500.00"))));
        assertThat(mixed.summary().get(0).intervalCoverage().getAsDouble()).isEqualTo(0.5);
    }
}
