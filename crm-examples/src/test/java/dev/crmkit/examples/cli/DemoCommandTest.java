package dev.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
    @TempDir
    Path dir;

    @Test
    void loadsTheSampleCompanyAndPrintsEverySectionThenReusesItAndReloadsTheSameCompanyOnReset() {
        CliRunner crm = new CliRunner(dir.resolve("crm-data"));

        CliRunner.Result first = crm.run("demo");

        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.out())
                .contains("Loaded the sample company: 20 accounts, 80 contacts, 150 deals in 2 pipelines")
                .contains("== Pipeline board ==", "Pipeline New Business", "Pipeline Expansion", "Negotiation/Review", "Closed Won")
                .contains("== Forecast for this quarter ==", "Forecast 2025-Q2 (2025-04-01 to 2025-06-30) as of 2025-06-15")
                .contains("== Top leads (rule-based model b2b-default v1) ==")
                .contains("== Rotting deals");
        assertThat(line(first.out(), "weighted ")).matches("weighted\\s+[0-9,]+\\.\\d\\d\\s+won .*");
        assertThat(line(first.out(), "predictive ")).matches("predictive(\\s+[0-9,]+\\.\\d\\d){4}\\s+won .*");
        assertThat(line(first.out(), "  1. ")).matches("  1\\. .+: [+-]\\d+\\.\\d\\d .*");
        assertThat(first.out()).containsPattern("Rotting deals.*\\n.*Deal\\s+Pipeline\\s+Stage\\s+Idle days");

        CliRunner.Result again = crm.run("demo");
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.out()).contains("already loaded").doesNotContain("Loaded the sample company");
        assertThat(reports(again.out())).isEqualTo(reports(first.out()));

        CliRunner.Result reset = crm.run("demo", "--reset");
        assertThat(reset.exitCode()).as(reset.toString()).isZero();
        assertThat(reset.out()).contains("Deleted the demo company", "Loaded the sample company");
        assertThat(reports(reset.out())).as("same seed and clock, same company").isEqualTo(reports(first.out()));
    }

    /** The output from the first section on (the header differs between loading and reusing). */
    private static String reports(String out) {
        return out.substring(out.indexOf("== Pipeline board =="));
    }

    private static String line(String out, String prefix) {
        return Arrays.stream(out.split("\n")).filter(l -> l.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting with '" + prefix + "' in\n" + out));
    }
}
