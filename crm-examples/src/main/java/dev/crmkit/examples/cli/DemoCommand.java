package dev.crmkit.examples.cli;

import dev.crmkit.CrmTenant;
import dev.crmkit.core.forecast.ForecastContext;
import dev.crmkit.core.forecast.Period;
import dev.crmkit.core.forecast.PeriodCalendar;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.scoring.ScoringModel;
import dev.crmkit.core.scoring.ScoringModelTemplates;
import dev.crmkit.spi.DealStatus;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code crm demo}: loads the sample company ({@link DemoCompany}) into the tenant unless it is already there,
 * then prints the pipeline boards, this quarter's forecast (weighted, categories, predictive with P10/P50/P90),
 * the top leads by the bundled rule-based scoring model with their explanations, and the rotting deals.
 *
 * <p>Running it again reuses the loaded company (the reports then reflect the time that passed since);
 * {@code --reset} deletes the demo records and loads the company afresh relative to now.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Load a sample company and show its pipeline board, this quarter's forecast, the top leads and "
                + "the rotting deals.",
                "A second run reuses the loaded company; --reset loads it afresh."})
final class DemoCommand extends CrmCommand {
    @Option(names = "--reset", description = "Delete the demo company from the tenant and load it again, relative to now.")
    boolean reset;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "N",
            description = "Seed of the forecast simulation. Default: ${DEFAULT-VALUE}")
    long seed;

    @Override
    protected int run() {
        CrmTenant tenant = session().tenant();
        out().println("CRMKit demo: a sample software company in tenant '" + tenant.tenantId().value() + "' of "
                + cli().database().describe());
        boolean loaded = DemoCompany.isLoaded(tenant);
        if (loaded && reset) {
            int deleted = DemoCompany.reset(tenant);
            out().println("Deleted the demo company (" + Formats.count(deleted) + " deals, contacts and accounts).");
            loaded = false;
        }
        if (loaded) {
            out().println("The demo company is already loaded: showing it (run 'crm demo --reset' to load it afresh).");
        } else {
            long started = System.nanoTime();
            DemoCompany.Summary summary = DemoCompany.load(session().store(), tenant.tenantId(), clock().instant());
            out().println("Loaded the sample company: " + summary.accounts() + " accounts, " + summary.contacts() + " contacts, "
                    + summary.deals() + " deals in 2 pipelines, " + Formats.count(summary.activities()) + " activities");
            out().println("(12 months of history up to " + Formats.date(clock().instant()) + ", seed " + DemoCompany.SEED + "; "
                    + Formats.seconds(Duration.ofNanos(System.nanoTime() - started)) + ").");
        }
        out().println();

        List<Pipeline> pipelines = tenant.pipelines().list().stream()
                .filter(p -> p.name().equals(DemoCompany.NEW_BUSINESS) || p.name().equals(DemoCompany.EXPANSION)).toList();
        section("Pipeline board");
        for (Pipeline pipeline : pipelines) {
            BoardReport.printBoard(out(), tenant, pipeline, DealStatus.ANY);
            out().println();
        }

        section("Forecast for this quarter");
        TenantData data = TenantData.load(tenant, false);
        ReportOptions options = new ReportOptions();
        ForecastContext context = options.context(data);
        PeriodCalendar calendar = ReportOptions.calendar();
        AsOf now = AsOf.now(clock().instant(), calendar);
        Period quarter = calendar.quarter(now.date(calendar));
        out().println(ForecastReport.header("Forecast", quarter, now, context));
        ForecastReport.print(out(), ForecastReport.forecast(data, now, quarter, context,
                EnumSet.of(ForecastMethodName.WEIGHTED, ForecastMethodName.CATEGORIES, ForecastMethodName.PREDICTIVE),
                seed, 10_000));
        out().println();

        ScoringModel model = ScoringModelTemplates.b2bDefault();
        section("Top leads (rule-based model " + model.name() + " v" + model.version() + ")");
        List<LeadRanking.Ranked> leads = LeadRanking.rank(tenant, model, false, 5).best();
        LeadRanking.print(out(), leads, 5, 3);
        out().println();

        section("Rotting deals (no stage change or activity for longer than the stage allows)");
        BoardReport.printRotting(out(), BoardReport.rotting(tenant, pipelines), pipelines, 10);
        out().println();

        out().println("Next: crm board | crm forecast --method predictive | crm score rules | crm analytics win-rate"
                + (leads.isEmpty() ? "" : leads.get(0).contact().primaryEmail()
                .map(e -> " | crm timeline --contact " + e.value()).orElse("")));
        return ExitCodes.OK;
    }

    private void section(String title) {
        out().println("== " + title + " ==");
    }
}
