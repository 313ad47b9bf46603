package dev.crmkit.examples.cli;

import dev.crmkit.core.error.NotFoundException;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.spi.DealStatus;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crm board}: the pipeline board of one or every pipeline, with the rotting deals. */
@Command(name = "board", mixinStandardHelpOptions = true,
        description = "Show the pipeline board: deals, amounts and weighted amounts per stage, and rotting deals.")
final class BoardCommand extends CrmCommand {
    @Option(names = "--pipeline", paramLabel = "NAME", description = "Only this pipeline (name, ignoring case). Default: all.")
    String pipeline;

    @Option(names = "--status", paramLabel = "STATUS", defaultValue = "any",
            description = "Which deals count: open, closed or any. Default: ${DEFAULT-VALUE}")
    DealStatus status;

    @Option(names = "--rotting", paramLabel = "N", defaultValue = "20",
            description = "List at most N rotting deals (0: none). Default: ${DEFAULT-VALUE}")
    int rottingLimit;

    @Override
    protected int run() {
        List<Pipeline> pipelines = session().tenant().pipelines().list();
        if (pipeline != null) {
            pipelines = pipelines.stream().filter(p -> p.name().equalsIgnoreCase(pipeline.strip())).toList();
            if (pipelines.isEmpty()) {
                throw new NotFoundException("Pipeline", pipeline);
            }
        }
        if (pipelines.isEmpty()) {
            out().println("No pipelines yet: import deals or run 'crm demo' first.");
            return ExitCodes.OK;
        }
        for (Pipeline p : pipelines) {
            BoardReport.printBoard(out(), session().tenant(), p, status);
            out().println();
        }
        if (rottingLimit > 0 && status != DealStatus.CLOSED) {
            out().println("Rotting deals (no stage change or activity for longer than the stage allows)");
            BoardReport.printRotting(out(), BoardReport.rotting(session().tenant(), pipelines), pipelines, rottingLimit);
        }
        return ExitCodes.OK;
    }
}
