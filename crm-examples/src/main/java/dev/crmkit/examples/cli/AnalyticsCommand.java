package dev.crmkit.examples.cli;

import dev.crmkit.core.analytics.DealCohort;
import dev.crmkit.core.analytics.PipelineVelocity;
import dev.crmkit.core.analytics.SalesCycle;
import dev.crmkit.core.analytics.StageConversion;
import dev.crmkit.core.analytics.StageTime;
import dev.crmkit.core.analytics.WinRate;
import dev.crmkit.core.forecast.AsOfReplay;
import dev.crmkit.core.forecast.ForecastContext;
import dev.crmkit.core.forecast.PeriodCalendar;
import dev.crmkit.core.forecast.StageRef;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.shared.UserId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code crm analytics}: win rates, the stage funnel, pipeline velocity and sales-cycle length of the tenant's
 * deals ({@link DealCohort}), now or as they stood at an earlier date.
 */
@Command(name = "analytics", mixinStandardHelpOptions = true,
        description = "Pipeline analytics: win-rate, funnel, velocity, cycle (now, or --as-of a date).")
final class AnalyticsCommand extends CrmCommand {
    @Override
    protected int run() {
        throw usage("name an analysis: win-rate, funnel, velocity or cycle");
    }

    /** The options of every analysis. */
    static final class Scope {
        @Option(names = "--pipeline", paramLabel = "NAME", description = "Only deals of this pipeline. Default: all.")
        String pipeline;

        @Option(names = "--as-of", paramLabel = "DATE", description = "As the deals stood at the end of this date. Default: now.")
        String asOf;

        @Mixin
        ReportOptions report;
    }

    /** A loaded cohort with what describes it. */
    private record Cohort(DealCohort cohort, TenantData data, ForecastContext context, AsOf asOf, String title) {
    }

    private Cohort cohort(Scope scope, String analysis) {
        PeriodCalendar calendar = ReportOptions.calendar();
        AsOf at = scope.asOf == null ? AsOf.now(clock().instant(), calendar) : AsOf.parse(scope.asOf, calendar);
        TenantData all = TenantData.load(session().tenant(), false);
        ForecastContext context = scope.report.context(all);
        TenantData known = all.knownBefore(at.moment());
        DealCohort cohort = DealCohort.of(AsOfReplay.of(known.deals(), known.history(), known.pipelines()).snapshot(at.moment()), context);
        String which = "all pipelines";
        if (scope.pipeline != null) {
            Pipeline pipeline = all.pipelineNamed(scope.pipeline);
            cohort = cohort.filter(d -> d.pipeline().equals(pipeline.id()));
            which = "pipeline " + pipeline.name();
        }
        String title = analysis + " of " + Formats.count(cohort.deals().size()) + " deals (" + which + ") as of " + at.label()
                + ", " + context.currency().getCurrencyCode();
        return new Cohort(cohort, all, context, at, title);
    }

    @Command(name = "win-rate", mixinStandardHelpOptions = true,
            description = "Won / (won + lost) by count and by value, overall, per pipeline and per owner.")
    int winRate(@Mixin Scope scope) throws Exception {
        return guarded(() -> winRateReport(scope));
    }

    private int winRateReport(Scope scope) {
        Cohort c = cohort(scope, "Win rate");
        out().println(c.title());
        TextTable table = new TextTable().left("Group").right("Won").right("Lost").right("By count").right("Won value")
                .right("Lost value").right("By value");
        addWinRate(table, "all", c.cohort().winRate());
        Map<String, String> names = c.data().pipelines().stream()
                .collect(Collectors.toMap(p -> p.id().toString(), Pipeline::name));
        groups(c.cohort(), d -> "pipeline " + names.getOrDefault(d.pipeline().toString(), "?"))
                .forEach((group, cohort) -> addWinRate(table, group, cohort.winRate()));
        groups(c.cohort(), d -> "owner " + d.owner().map(UserId::value).orElse("(none)"))
                .forEach((group, cohort) -> addWinRate(table, group, cohort.winRate()));
        table.print(out());
        return ExitCodes.OK;
    }

    private static void addWinRate(TextTable table, String group, WinRate rate) {
        table.row(group, Formats.count(rate.won()), Formats.count(rate.lost()), Formats.percent(rate.byCount()),
                Formats.amount(rate.wonValue()), Formats.amount(rate.lostValue()), Formats.percent(rate.byValue()));
    }

    private static Map<String, DealCohort> groups(DealCohort cohort, Function<Deal, String> key) {
        Map<String, DealCohort> groups = new TreeMap<>();
        for (String group : cohort.deals().stream().map(key).collect(Collectors.toCollection(TreeSet::new))) {
            groups.put(group, cohort.filter(d -> key.apply(d).equals(group)));
        }
        return groups;
    }

    @Command(name = "funnel", mixinStandardHelpOptions = true,
            description = "Stage-to-stage conversion per pipeline: deals that reached a stage and went on to the next.")
    int funnel(@Mixin Scope scope) throws Exception {
        return guarded(() -> funnelReport(scope));
    }

    private int funnelReport(Scope scope) {
        Cohort c = cohort(scope, "Funnel");
        out().println(c.title());
        for (Pipeline pipeline : c.data().pipelines()) {
            if (scope.pipeline != null && !pipeline.name().equalsIgnoreCase(scope.pipeline.strip())) {
                continue;
            }
            List<StageConversion> steps = c.cohort().stageConversion(pipeline.id());
            out().println();
            out().println("Pipeline " + pipeline.name());
            TextTable table = new TextTable().left("From").left("To").right("Reached from").right("Reached to").right("Conversion");
            for (StageConversion step : steps) {
                table.row(stageName(pipeline, step.from()), stageName(pipeline, step.to()), Formats.count(step.reachedFrom()),
                        Formats.count(step.reachedTo()), Formats.percent(step.rate()));
            }
            table.print(out(), 2);
        }
        return ExitCodes.OK;
    }

    private static String stageName(Pipeline pipeline, StageRef ref) {
        return pipeline.stage(ref.stage()).map(s -> s.name()).orElse(ref.stage());
    }

    @Command(name = "velocity", mixinStandardHelpOptions = true,
            description = "Pipeline velocity: open deals x win rate x average won amount / average sales cycle.")
    int velocity(@Mixin Scope scope) throws Exception {
        return guarded(() -> velocityReport(scope));
    }

    private int velocityReport(Scope scope) {
        Cohort c = cohort(scope, "Pipeline velocity");
        out().println(c.title());
        PipelineVelocity v = c.cohort().velocity();
        TextTable table = new TextTable().left("Measure").right("Value");
        table.row("open deals", Formats.count(v.openDeals()));
        table.row("win rate (by count)", Formats.percent(v.winRate()));
        table.row("average won amount", v.averageWonAmount().map(Formats::amount).orElse("-"));
        table.row("average sales cycle of won deals (days)", Formats.days(v.averageCycleDays()));
        table.rule();
        table.row("velocity per day", v.perDay().map(Formats::amount).orElse("-"));
        table.row("velocity per 30 days", v.perDay().map(m -> Formats.amount(m.times(BigDecimal.valueOf(30)))).orElse("-"));
        table.print(out(), 2);
        return ExitCodes.OK;
    }

    @Command(name = "cycle", mixinStandardHelpOptions = true,
            description = "Sales cycle (days from creation to close) and time spent in each stage.")
    int cycle(@Mixin Scope scope) throws Exception {
        return guarded(() -> cycleReport(scope));
    }

    private int cycleReport(Scope scope) {
        Cohort c = cohort(scope, "Sales cycle");
        out().println(c.title());
        TextTable cycles = new TextTable().left("Deals").right("Count").right("Mean days").right("Median days");
        addCycle(cycles, "closed (won or lost)", c.cohort().salesCycle());
        addCycle(cycles, "won", c.cohort().wonSalesCycle());
        cycles.print(out(), 2);
        out().println();
        out().println("Time in stage");
        Map<String, Pipeline> byId = c.data().pipelines().stream().collect(Collectors.toMap(p -> p.id().toString(), p -> p));
        TextTable stages = new TextTable().left("Pipeline").left("Stage").right("Deals").right("Mean days").right("Median days");
        for (StageTime time : c.cohort().timeInStage(c.asOf().moment())) {
            Optional<Pipeline> pipeline = Optional.ofNullable(byId.get(time.stage().pipeline().toString()));
            stages.row(pipeline.map(Pipeline::name).orElse("?"),
                    pipeline.map(p -> stageName(p, time.stage())).orElse(time.stage().stage()), Formats.count(time.deals()),
                    Formats.days(time.meanDays()), Formats.days(time.medianDays()));
        }
        stages.print(out(), 2);
        return ExitCodes.OK;
    }

    private static void addCycle(TextTable table, String label, SalesCycle cycle) {
        table.row(label, Formats.count(cycle.deals()), Formats.days(cycle.meanDays()), Formats.days(cycle.medianDays()));
    }
}
