package dev.crmkit.examples.cli;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.forecast.Backtest;
import dev.crmkit.core.forecast.BacktestCase;
import dev.crmkit.core.forecast.BacktestRow;
import dev.crmkit.core.forecast.ForecastContext;
import dev.crmkit.core.forecast.Period;
import dev.crmkit.core.forecast.PeriodCalendar;
import dev.crmkit.core.forecast.WonValue;
import dev.crmkit.core.model.shared.Money;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code crm forecast backtest}: forecasts a past period from what was known at an earlier date and compares
 * each method with what was actually won (from all data), with the error and whether the actual fell inside
 * the predictive P10-P90 interval.
 */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = "Forecast a past period as known at a date and compare with the actual won value.")
final class ForecastBacktestCommand extends CrmCommand {
    @Option(names = "--as-of", required = true, paramLabel = "DATE",
            description = "Forecast as known at the end of this date (or at an ISO instant).")
    String asOf;

    @Option(names = "--period", required = true, paramLabel = "PERIOD", description = "The period: 2017-Q4, 2017-11 or FY2017.")
    String period;

    @Option(names = "--method", split = ",", paramLabel = "METHOD",
            description = "weighted, categories, naive, predictive (comma-separated). Default: all.")
    List<ForecastMethodName> methods;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "N",
            description = "Seed of the predictive simulation. Default: ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--runs", defaultValue = "10000", paramLabel = "N",
            description = "Runs of the predictive simulation. Default: ${DEFAULT-VALUE}")
    int runs;

    @Mixin
    ReportOptions report;

    @Override
    protected int run() {
        PeriodCalendar calendar = ReportOptions.calendar();
        AsOf at = AsOf.parse(asOf, calendar);
        Period target;
        try {
            target = calendar.parse(period);
        } catch (ValidationException e) {
            throw usage("--period '" + period + "' " + e.reason());
        }
        TenantData all = TenantData.load(session().tenant(), false);
        ForecastContext context = report.context(all);
        List<ForecastReport.Line> lines = ForecastReport.forecast(all.knownBefore(at.moment()), at, target, context,
                ForecastCommand.chosen(methods), seed, runs);
        Money actual = WonValue.in(all.deals(), target, context);
        BacktestCase testCase = new BacktestCase(at.moment(), target);

        out().println(ForecastReport.header("Backtest of", target, at, context));
        out().println("Actual won in " + target.label() + ": " + Formats.money(actual) + " (all data)");
        out().println();
        TextTable table = new TextTable().left("Method").right("Forecast").right("P10").right("P90").right("Actual")
                .right("Error").right("Error %").left("In P10-P90");
        for (ForecastReport.Line line : lines) {
            BacktestRow row = Backtest.row(testCase, line.forecast(), actual);
            table.row(line.method().label(), Formats.amount(row.forecast().point()),
                    row.forecast().p10().map(Formats::amount).orElse(""), row.forecast().p90().map(Formats::amount).orElse(""),
                    Formats.amount(actual), (row.error().amount().signum() > 0 ? "+" : "") + Formats.amount(row.error()),
                    row.percentError().isPresent() ? String.format(Locale.ROOT, "%+.2f %%", row.percentError().getAsDouble()) : "-",
                    row.intervalContainsActual().map(inside -> inside ? "yes" : "no").orElse(""));
        }
        table.print(out());
        out().println();
        for (ForecastReport.Line line : lines) {
            out().println(line.method().label() + ": " + line.basis());
        }
        return ExitCodes.OK;
    }
}
