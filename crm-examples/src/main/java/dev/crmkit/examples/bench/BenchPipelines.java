package dev.crmkit.examples.bench;

import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.pipeline.PipelineTemplates;
import dev.crmkit.core.model.pipeline.Stage;
import dev.crmkit.core.model.pipeline.StageKind;
import dev.crmkit.core.model.shared.PipelineId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The two pipelines generated deals live in: a Salesforce-style main pipeline (most deals, the one the board
 * shows) and a HubSpot-style second one, so the board's pipeline filter has something to leave out.
 */
public final class BenchPipelines {
    /** When the pipelines and every generated record were created: a fixed moment, so data are repeatable. */
    public static final Instant EPOCH = Instant.parse("2025-01-01T00:00:00Z");
    /** The main pipeline. */
    public static final Pipeline MAIN = PipelineTemplates.salesforceStyle(
            new PipelineId(new UUID(0x0193a0a0_0000_7000L, 0x8000_0000_0000_0001L)), "Sales", EPOCH);
    /** The second pipeline. */
    public static final Pipeline SECOND = PipelineTemplates.hubspotStyle(
            new PipelineId(new UUID(0x0193a0a0_0000_7000L, 0x8000_0000_0000_0002L)), "Renewals", EPOCH);

    private static final String[] MAIN_STAGES = keys(MAIN);
    private static final String[] SECOND_STAGES = keys(SECOND);
    private static final StageKind[] MAIN_KINDS = kinds(MAIN);
    private static final StageKind[] SECOND_KINDS = kinds(SECOND);

    private BenchPipelines() {
    }

    /** Both pipelines. */
    public static List<Pipeline> all() {
        return List.of(MAIN, SECOND);
    }

    /** The stage keys of the main pipeline, in order (open stages, then won, then lost). */
    static String[] mainStages() {
        return MAIN_STAGES.clone();
    }

    /** The position of stage number {@code n} (modulo the stage count) in the main or second pipeline. */
    static int stageIndex(boolean main, long n) {
        return (int) Long.remainderUnsigned(n, (main ? MAIN_STAGES : SECOND_STAGES).length);
    }

    /** The key of the stage at this position. */
    static String stageKey(boolean main, int index) {
        return (main ? MAIN_STAGES : SECOND_STAGES)[index];
    }

    /** The kind of the stage at this position. */
    static StageKind stageKind(boolean main, int index) {
        return (main ? MAIN_KINDS : SECOND_KINDS)[index];
    }

    private static StageKind[] kinds(Pipeline pipeline) {
        return pipeline.stages().stream().map(Stage::kind).toArray(StageKind[]::new);
    }

    private static String[] keys(Pipeline pipeline) {
        return pipeline.stages().stream().map(Stage::key).toArray(String[]::new);
    }
}
