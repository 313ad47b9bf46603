package dev.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commands over the demo company, loaded once. */
class DemoDataCommandsTest {
    @TempDir
    static Path dir;

    private static CliRunner crm;

    @BeforeAll
    static void loadTheDemo() {
        crm = new CliRunner(dir.resolve("db"));
        CliRunner.Result demo = crm.run("demo");
        assertThat(demo.exitCode()).as(demo.toString()).isZero();
    }

    @Test
    void boardOfOnePipelineWithItsRottingDeals() {
        CliRunner.Result board = crm.run("board", "--pipeline", "expansion", "--status", "open");
        CliRunner.Result unknown = crm.run("board", "--pipeline", "Renewals");

        assertThat(board.exitCode()).as(board.toString()).isZero();
        assertThat(board.out()).contains("Pipeline Expansion (open deals, rotting as of 2025-06-15 10:00 UTC)")
                .containsPattern("Contract Sent\\s+90 %\\s+\\d+")
                .containsPattern("Closed Won\\s+100 %\\s+0\\s")
                .doesNotContain("Pipeline New Business")
                .contains("Rotting deals");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.BAD_DATA);
        assertThat(unknown.err()).isEqualTo("crm: Pipeline not found: Renewals\n");
    }

    @Test
    void otherTenantsDoNotSeeTheDemo() {
        CliRunner.Result board = crm.run("board", "--tenant", "acme");

        assertThat(board.exitCode()).as(board.toString()).isZero();
        assertThat(board.out()).isEqualTo("No pipelines yet: import deals or run 'crm demo' first.\n");
    }

    @Test
    void rulesScoreLeadsAndApplyThresholdsOnlyPromote() {
        CliRunner.Result scored = crm.run("score", "rules", "--top", "3", "--apply-thresholds");
        CliRunner.Result again = crm.run("score", "rules", "--top", "3", "--apply-thresholds");

        assertThat(scored.exitCode()).as(scored.toString()).isZero();
        assertThat(scored.out()).containsPattern("Scored \\d+ leads with b2b-default v1 at 2025-06-15 10:00 UTC")
                .containsPattern("\\n  1\\. .+: [+-]\\d+\\.\\d\\d ")
                .containsPattern("Applied thresholds to 80 contacts: [1-9]\\d* promoted");
        assertThat(again.out()).contains("Applied thresholds to 80 contacts: 0 promoted");
    }

    @Test
    void trainsOnTheStoresContactsAndRanksItsOpenLeads() {
        Path model = dir.resolve("store-model.json");

        CliRunner.Result trained = crm.run("score", "train", "--from-store", "--out", model.toString());
        CliRunner.Result applied = crm.run("score", "apply", "--model", model.toString(), "--contacts", "--top", "3");

        assertThat(trained.exitCode()).as(trained.toString()).isZero();
        assertThat(trained.out()).containsPattern("Trained lead-score v1 on \\d+ rows \\(\\d+ positive\\)")
                .contains("activities.meeting");
        assertThat(applied.exitCode()).as(applied.toString()).isZero();
        List<String> lines = applied.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("contact,email,lifecycle_stage,score,reasons");
        assertThat(lines.get(1)).matches(".+,.+@.+\\.example,[A-Z_]+,0\\.\\d{4},.+");
    }

    @Test
    void servesTheWebBoardUntilInterrupted() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread serving = new Thread(() -> exit.set(CrmCli.execute(new CliEnvironment(Clock.fixed(CliRunner.NOW, ZoneOffset.UTC), false),
                new PrintWriter(out, true), new PrintWriter(err, true), "serve", "--port", "0", "--db", dir.resolve("db").toString())));
        serving.start();
        Pattern address = Pattern.compile("on (http://localhost:\\d+/)");
        String url = null;
        for (int i = 0; i < 600 && url == null; i++) {
            Matcher found = address.matcher(out.toString());
            if (found.find()) {
                url = found.group(1);
            } else {
                Thread.sleep(100);
            }
        }
        assertThat(url).as("the board's address in " + out + err).isNotNull();

        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        serving.interrupt();
        serving.join(30_000);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("New Business", "Expansion");
        assertThat(exit.get()).as(out + err.toString()).isZero();
        assertThat(out.toString()).contains("Stopped the board.");
    }
}
