package dev.crmkit.examples.cli;

import dev.crmkit.imports.ImportSummary;
import dev.crmkit.imports.RejectedRow;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * {@code crm import}: imports CSV files with the {@code dev.crmkit.imports} engine. Rows are upserted by their
 * external id, so running an import again updates what the first run created and adds nothing; bad rows are
 * rejected with their row number and reason while good rows are kept.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        subcommands = {ImportMavenCommand.class, ImportLeadsCommand.class, ImportCsvCommand.class},
        description = "Import CSV files (re-running an import updates records instead of duplicating them).")
final class ImportCommand extends CrmCommand {
    @Override
    protected int run() {
        throw usage("name what to import: maven-pipeline, leads or csv");
    }

    /**
     * The input file, which must exist.
     *
     * @throws CommandLine.ParameterException (usage) when it does not
     */
    static Path existingFile(CommandLine commandLine, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new CommandLine.ParameterException(commandLine, "no such file: " + file);
        }
        return file;
    }

    /** Prints what one import did: counts, rate, rejects by reason, and where the rejects are. */
    static void printSummary(PrintWriter out, ImportSummary summary, ImportOptions options, ImportOptions.Rejects rejects) {
        out.println(summary.source() + ": " + Formats.count(summary.rowsRead()) + " rows read, "
                + Formats.count(summary.inserted()) + " inserted, " + Formats.count(summary.updated()) + " updated, "
                + Formats.count(summary.rejected()) + " rejected" + (summary.warnings() == 0 ? ""
                : ", " + Formats.count(summary.warnings()) + " with warnings") + " in "
                + Formats.seconds(summary.duration()) + String.format(Locale.ROOT, " (%s rows/s)",
                Formats.count(Math.round(summary.rowsPerSecond()))));
        if (summary.rejected() > 0) {
            out.println("  rejected by reason: " + counts(summary.rejectedByReason()));
        }
        if (summary.warnings() > 0) {
            out.println("  warnings by rule: " + counts(summary.warningsByRule()));
        }
        if (summary.rejected() > 0 && options.rejectFile != null) {
            out.println("  rejected rows written to " + options.rejectFile);
        }
        for (RejectedRow row : rejects.listed()) {
            if (row.source().equals(summary.source())) {
                out.println("  row " + row.rowNumber() + " (line " + row.lineNumber() + "): " + row.reasonCode() + ": " + row.reason());
            }
        }
        long unlisted = summary.rejected() - rejects.listed().stream().filter(r -> r.source().equals(summary.source())).count();
        if (options.rejectFile == null && unlisted > 0) {
            out.println("  ... and " + Formats.count(unlisted) + " more (use --reject-file FILE to keep every rejected row)");
        }
    }

    private static String counts(Map<String, Long> byKey) {
        StringBuilder text = new StringBuilder();
        byKey.forEach((key, n) -> text.append(text.length() == 0 ? "" : ", ").append(key).append(' ').append(Formats.count(n)));
        return text.toString();
    }
}
