package dev.crmkit.examples.cli;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.forecast.ForecastContext;
import dev.crmkit.core.forecast.Period;
import dev.crmkit.core.forecast.PeriodCalendar;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code crm forecast}: the won value a period is expected to bring, by the weighted pipeline, the forecast
 * categories, the naive "same as last period" and the predictive forecast with its P10-P90 interval.
 */
@Command(name = "forecast", mixinStandardHelpOptions = true, subcommands = ForecastBacktestCommand.class,
        description = "Forecast a period's won value (weighted, categories, naive, predictive with P10/P50/P90).")
final class ForecastCommand extends CrmCommand {
    @Option(names = "--period", paramLabel = "PERIOD",
            description = "The period: 2017-Q4, 2017-11 or FY2017. Default: the quarter of the as-of date.")
    String period;

    @Option(names = "--method", split = ",", paramLabel = "METHOD",
            description = "weighted, categories, naive, predictive (comma-separated). Default: all.")
    List<ForecastMethodName> methods;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Forecast as known at the end of this date (or at an ISO instant). Default: now.")
    String asOf;

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
        AsOf at = asOf == null ? AsOf.now(clock().instant(), calendar) : AsOf.parse(asOf, calendar);
        Period target = period == null ? calendar.quarter(at.date(calendar)) : parsePeriod(calendar, period);
        TenantData all = TenantData.load(session().tenant(), false);
        ForecastContext context = report.context(all);
        List<ForecastReport.Line> lines = ForecastReport.forecast(all.knownBefore(at.moment()), at, target, context,
                chosen(methods), seed, runs);
        out().println(ForecastReport.header("Forecast", target, at, context));
        out().println();
        ForecastReport.print(out(), lines);
        return ExitCodes.OK;
    }

    /** The methods chosen, or all of them. */
    static Set<ForecastMethodName> chosen(List<ForecastMethodName> methods) {
        return methods == null || methods.isEmpty() ? EnumSet.allOf(ForecastMethodName.class) : EnumSet.copyOf(methods);
    }

    /** Parses a period label; a malformed one is a usage error. */
    Period parsePeriod(PeriodCalendar calendar, String label) {
        try {
            return calendar.parse(label);
        } catch (ValidationException e) {
            throw usage("--period '" + label + "' " + e.reason());
        }
    }
}
