package dev.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports the Maven CRM sample once, then forecasts, backtests and analyses it through the CLI. */
class MavenDataCommandsTest {
    @TempDir
    static Path dir;

    private static CliRunner crm;
    private static CliRunner.Result imported;

    @BeforeAll
    static void importTheMavenSample() {
        Optional<Path> maven = CliRunner.sharedData("maven-crm-sales-opportunities");
        assumeTrue(maven.isPresent(), "skipped: maven-crm-sales-opportunities not found under the crm.shared.data folder ("
                + System.getProperty("crm.shared.data") + ")");
        crm = new CliRunner(dir.resolve("db"));
        imported = crm.run("import", "maven-pipeline", maven.get().toString());
    }

    @Test
    void importsEveryAccountAndDeal() {
        assertThat(imported.exitCode()).as(imported.toString()).isZero();
        assertThat(imported.out()).contains("Pipeline \"Maven sales\" with stages prospecting, engaging, won, lost")
                .contains("accounts.csv: 85 rows read, 85 inserted, 0 updated, 0 rejected")
                .contains("sales_pipeline.csv: 8,800 rows read, 8,800 inserted, 0 updated, 0 rejected");
    }

    @Test
    void backtestPrintsForecastActualErrorAndInterval() {
        CliRunner.Result result = crm.run("forecast", "backtest", "--as-of", "2017-09-30", "--period", "2017-Q4",
                "--seed", "20170630");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out())
                .contains("Backtest of 2017-Q4 (2017-10-01 to 2017-12-31) as of 2017-09-30, USD, open deals without a close date "
                        + "count in every period")
                .contains("Actual won in 2017-Q4: 2,802,496.00 USD")
                .containsPattern("Method\\s+Forecast\\s+P10\\s+P90\\s+Actual\\s+Error\\s+Error %\\s+In P10-P90")
                .containsPattern("\\nweighted\\s+[0-9,.]+\\s+2,802,496\\.00\\s+[+-][0-9,.]+\\s+[+-]\\d+\\.\\d\\d %")
                .containsPattern("\\npredictive(\\s+[0-9,]+\\.\\d\\d){3}\\s+2,802,496\\.00\\s+[+-][0-9,.]+\\s+[+-]\\d+\\.\\d\\d %\\s+(yes|no)")
                .contains("weighted: won 0.00 + weighted pipeline", "(2,409 open deals,")
                .as("only the deals open at the end of 2017-09-30 count").contains("predictive: won 0.00 + open deals")
                .contains("(2,409) + new business");
    }

    @Test
    void forecastsAPeriodAsOfADate() {
        CliRunner.Result result = crm.run("forecast", "--as-of", "2017-06-30", "--period", "2017-Q3", "--method", "weighted,naive");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("Forecast 2017-Q3 (2017-07-01 to 2017-09-30) as of 2017-06-30")
                .containsPattern("\\nnaive\\s+3,086,111\\.00\\s+won in 2017-Q2 as known then");
    }

    @Test
    void winRateAndFunnelOfTheImportedDeals() {
        CliRunner.Result winRate = crm.run("analytics", "win-rate");
        CliRunner.Result funnel = crm.run("analytics", "funnel", "--pipeline", "maven sales");

        assertThat(winRate.exitCode()).as(winRate.toString()).isZero();
        assertThat(winRate.out()).containsPattern("\\nall\\s+4,238\\s+2,473\\s+63\\.2 %");
        assertThat(funnel.exitCode()).as(funnel.toString()).isZero();
        assertThat(funnel.out()).containsPattern("Engaging\\s+Won\\s+[0-9,]+\\s+4,238\\s+\\d+\\.\\d %");
    }
}
