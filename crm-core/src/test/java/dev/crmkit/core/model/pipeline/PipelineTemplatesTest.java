package dev.crmkit.core.model.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.model.shared.Percentage;
import dev.crmkit.core.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The templates match the tables in {@link PipelineTemplates}' javadoc, read from its source file, so the
 * documentation cannot drift from the code.
 */
class PipelineTemplatesTest {
    private static final Path SOURCE = Path.of("src/main/java/dev/crmkit/core/model/pipeline/PipelineTemplates.java");
    private static final Pattern ROW = Pattern.compile(
            "<tr><td>([a-z-]+)</td><td>(\\d+)</td><td>([A-Z_]+)</td><td>([a-zA-Z, ]*)</td></tr>");

    private final Pipeline salesforce = PipelineTemplates.salesforceStyle(Fixtures.pipelineId(1), "Sales", Fixtures.T0);
    private final Pipeline hubspot = PipelineTemplates.hubspotStyle(Fixtures.pipelineId(2), "Deals", Fixtures.T0);

    record Row(String key, int probability, ForecastCategory category, List<String> gate) {
    }

    private static List<List<Row>> documentedTables() throws IOException {
        String source = Files.readString(SOURCE, StandardCharsets.UTF_8);
        List<List<Row>> tables = new ArrayList<>();
        for (String table : source.split("<caption>")) {
            List<Row> rows = new ArrayList<>();
            Matcher m = ROW.matcher(table);
            while (m.find()) {
                List<String> gate = m.group(4).isBlank() ? List.of()
                        : Arrays.stream(m.group(4).split(",")).map(String::strip).toList();
                rows.add(new Row(m.group(1), Integer.parseInt(m.group(2)), ForecastCategory.valueOf(m.group(3)), gate));
            }
            if (!rows.isEmpty()) {
                tables.add(rows);
            }
        }
        return tables;
    }

    private static List<Row> actual(Pipeline pipeline) {
        return pipeline.stages().stream().map(s -> new Row(s.key(), s.defaultProbability().value().intValueExact(),
                s.defaultForecastCategory(), s.requiredFields().stream().map(StageRequirement::field).toList())).toList();
    }

    @Test
    void salesforceStyleMatchesItsDocumentation() throws IOException {
        List<List<Row>> tables = documentedTables();
        assertThat(tables).hasSize(2);
        assertThat(actual(salesforce)).containsExactlyElementsOf(tables.get(0));
    }

    @Test
    void hubspotStyleMatchesItsDocumentation() throws IOException {
        assertThat(actual(hubspot)).containsExactlyElementsOf(documentedTables().get(1));
    }

    @Test
    void salesforceProbabilitiesAreTheDocumentedOnes() {
        assertThat(salesforce.stages().stream().map(s -> s.key() + "=" + s.defaultProbability()).collect(Collectors.joining(" ")))
                .isEqualTo("prospecting=10 qualification=20 needs-analysis=25 value-proposition=50 decision-makers=60 "
                        + "perception-analysis=70 proposal=75 negotiation=90 closed-won=100 closed-lost=0");
        assertThat(hubspot.stages().stream().map(s -> s.key() + "=" + s.defaultProbability()).collect(Collectors.joining(" ")))
                .isEqualTo("appointment-scheduled=20 qualified-to-buy=40 presentation-scheduled=60 "
                        + "decision-maker-bought-in=80 contract-sent=90 closed-won=100 closed-lost=0");
    }

    @Test
    void openStagesRotAfterThirtyDaysAndTheLastTwoAfterFourteen() {
        for (Pipeline pipeline : List.of(salesforce, hubspot)) {
            List<Stage> open = pipeline.stages().stream().filter(s -> s.kind() == StageKind.OPEN).toList();
            for (int i = 0; i < open.size(); i++) {
                assertThat(open.get(i).rottingDays()).as(open.get(i).key()).isEqualTo(i >= open.size() - 2 ? 14 : 30);
            }
            pipeline.stages().stream().filter(s -> s.kind().isClosed())
                    .forEach(s -> assertThat(s.rottingDays()).as(s.key()).isZero());
        }
    }

    @Test
    void templatesAllowAnyMoveAndReopening() {
        for (Pipeline pipeline : List.of(salesforce, hubspot)) {
            assertThat(pipeline.transitionPolicy()).isEqualTo(TransitionPolicy.ANY_TO_ANY);
            assertThat(pipeline.allowReopen()).isTrue();
            assertThat(pipeline.wonStage().defaultProbability()).isEqualTo(Percentage.HUNDRED_PERCENT);
            assertThat(pipeline.lostStage().defaultProbability()).isEqualTo(Percentage.ZERO);
            assertThat(pipeline.firstOpenStage()).isEqualTo(pipeline.stages().get(0));
        }
        assertThat(salesforce.name()).isEqualTo("Sales");
        assertThat(hubspot.id()).isEqualTo(Fixtures.pipelineId(2));
    }
}
