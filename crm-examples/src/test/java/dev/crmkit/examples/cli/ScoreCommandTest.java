package dev.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.crmkit.core.scoring.predictive.LeadScoringModel;
import dev.crmkit.core.tabular.Table;
import dev.crmkit.core.tabular.TabularRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreCommandTest {
    private static final String LEAKS = "Prospect ID,Lead Number,Tags,Lead Quality,Asymmetrique Activity Index,"
            + "Asymmetrique Profile Index,Asymmetrique Activity Score,Asymmetrique Profile Score";

    @TempDir
    Path dir;

    @Test
    void crossValidatesLeadsCsvToAMeanAucOfAtLeastPointNine() {
        Optional<Path> leads = CliRunner.sharedData("x-education-leads").map(d -> d.resolve("Leads.csv")).filter(Files::isRegularFile);
        assumeTrue(leads.isPresent(), "skipped: x-education-leads/Leads.csv not found under the crm.shared.data folder ("
                + System.getProperty("crm.shared.data") + ")");

        CliRunner.Result result = new CliRunner(dir.resolve("db")).run("score", "evaluate", "--csv", leads.get().toString(),
                "--label", "Converted", "--exclude", LEAKS);

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("9,240 rows, label Converted (positive: 1)")
                .contains("numeric (3): TotalVisits, Total Time Spent on Website, Page Views Per Visit");
        assertThat(result.out().lines().filter(l -> l.startsWith("fold "))).hasSize(5);
        String last = result.out().lines().reduce((a, b) -> b).orElseThrow();
        Matcher mean = Pattern.compile("^mean AUC (0\\.\\d{4}) ").matcher(last);
        assertThat(mean.find()).as(last).isTrue();
        assertThat(Double.parseDouble(mean.group(1))).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void trainsAModelAndAppliesItToACsvFile() throws IOException {
        Path csv = dir.resolve("leads.csv");
        Files.writeString(csv, syntheticLeads(600, 7), StandardCharsets.UTF_8);
        Path model = dir.resolve("model.json");
        CliRunner crm = new CliRunner(dir.resolve("db"));

        CliRunner.Result trained = crm.run("score", "train", "--csv", csv.toString(), "--label", "won", "--exclude", "id",
                "--out", model.toString(), "--name", "synthetic");
        CliRunner.Result applied = crm.run("score", "apply", "--model", model.toString(), "--csv", csv.toString(), "--id", "id",
                "--top", "5");

        assertThat(trained.exitCode()).as(trained.toString()).isZero();
        assertThat(trained.out()).contains("Trained synthetic v1 on 600 rows").contains("numeric (1): visits")
                .contains("categorical (1): source").contains("excluded (1): id");
        assertThat(LeadScoringModel.fromJson(Files.readString(model)).metadata().converged()).isTrue();
        assertThat(applied.exitCode()).as(applied.toString()).isZero();
        List<String> lines = applied.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("row,id,score,reasons");
        assertThat(lines).hasSize(6);
        double previous = 1;
        for (String line : lines.subList(1, lines.size())) {
            double score = Double.parseDouble(line.split(",")[2]);
            assertThat(score).isBetween(0.0, previous);
            previous = score;
        }
        assertThat(lines.get(1)).contains("visits +");
    }

    @Test
    void infersNumericColumnsOnlyWhenEveryValueIsANumber() {
        Table table = Table.of(List.of("a", "b", "c", "d"), List.of(
                TabularRecord.of(Map.of("a", "1", "b", "2.5", "c", "x", "d", "")),
                TabularRecord.of(Map.of("a", "", "b", "1e3", "c", "4", "d", "")),
                TabularRecord.of(Map.of("a", "Select", "b", "-3", "c", "5", "d", "Select"))));

        assertThat(TrainingData.kind(table, "a", Set.of())).isEqualTo(TrainingData.Kind.CATEGORICAL);
        assertThat(TrainingData.kind(table, "a", Set.of("Select"))).isEqualTo(TrainingData.Kind.NUMERIC);
        assertThat(TrainingData.kind(table, "b", Set.of())).isEqualTo(TrainingData.Kind.NUMERIC);
        assertThat(TrainingData.kind(table, "c", Set.of())).isEqualTo(TrainingData.Kind.CATEGORICAL);
        assertThat(TrainingData.kind(table, "d", Set.of("Select"))).isEqualTo(TrainingData.Kind.EMPTY);
    }

    @Test
    void asksForThePositiveValueWhenItCannotBeInferred() throws IOException {
        Path csv = dir.resolve("outcomes.csv");
        Files.writeString(csv, "x,outcome\n1,won\n2,lost\n3,won\n", StandardCharsets.UTF_8);

        CliRunner.Result result = new CliRunner(dir.resolve("db")).run("score", "evaluate", "--csv", csv.toString(), "--label", "outcome");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("pass --positive VALUE");
    }

    /** Leads whose chance of winning grows with visits and depends on the source. */
    private static String syntheticLeads(int rows, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> lines = new ArrayList<>(List.of("id,source,visits,won"));
        for (int i = 0; i < rows; i++) {
            String source = List.of("web", "referral", "event").get(random.nextInt(3));
            int visits = random.nextInt(20);
            double logit = -2 + 0.25 * visits + (source.equals("referral") ? 1.0 : 0.0);
            boolean won = random.nextDouble() < 1 / (1 + Math.exp(-logit));
            lines.add(String.format(Locale.ROOT, "L%04d,%s,%d,%s", i, source, visits, won ? "yes" : "no"));
        }
        return String.join("\n", lines) + "\n";
    }
}
