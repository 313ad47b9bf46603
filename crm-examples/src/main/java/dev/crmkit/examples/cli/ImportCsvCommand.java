package dev.crmkit.examples.cli;

import dev.crmkit.imports.CsvImport;
import dev.crmkit.imports.ImportInput;
import dev.crmkit.imports.ImportSummary;
import dev.crmkit.imports.mapping.ImportMapping;
import dev.crmkit.imports.mapping.ImportObject;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code crm import csv}: any CSV export of contacts, accounts or deals, with a JSON mapping file or one of the
 * shipped mappings ({@link ImportMapping#BUILT_IN}); see docs/import.md for the mapping format.
 */
@Command(name = "csv", mixinStandardHelpOptions = true,
        description = "Import contacts, accounts or deals from any CSV export with a mapping (a JSON file or a shipped name).")
final class ImportCsvCommand extends CrmCommand {
    @Option(names = "--object", required = true, paramLabel = "OBJECT",
            description = "What the rows are: contacts, accounts or deals (must match the mapping).")
    String object;

    @Option(names = "--mapping", required = true, paramLabel = "MAPPING",
            description = "A mapping JSON file, or a shipped mapping: ${COMPLETION-CANDIDATES}",
            completionCandidates = BuiltInMappings.class)
    String mapping;

    @Option(names = "--batch-size", defaultValue = "500", paramLabel = "N",
            description = "Rows per transaction. Default: ${DEFAULT-VALUE}")
    int batchSize;

    @Parameters(paramLabel = "FILE", description = "The CSV file.")
    Path file;

    @Mixin
    ImportOptions options;

    @Override
    protected int run() {
        ImportObject expected = objectOption();
        ImportMapping chosen = mapping();
        if (chosen.object() != expected) {
            throw usage("--object " + object + " does not match the mapping, which imports "
                    + chosen.object().name().toLowerCase(Locale.ROOT));
        }
        if (batchSize < 1) {
            throw usage("--batch-size must be at least 1");
        }
        ImportCommand.existingFile(spec.commandLine(), file);
        ImportProgressReporter progress = new ImportProgressReporter(cli().environment().terminal(), err())
                .input(file.getFileName().toString());
        try (ImportOptions.Rejects rejects = options.open()) {
            ImportSummary summary = CsvImport.builder(session().importContext()).mapping(chosen).listener(progress)
                    .rejects(rejects).batchSize(batchSize).build()
                    .run(ImportInput.ofFile(file, chosen.format().charset()));
            ImportCommand.printSummary(out(), summary, options, rejects);
        }
        return ExitCodes.OK;
    }

    private ImportObject objectOption() {
        for (ImportObject candidate : ImportObject.values()) {
            if (candidate.name().equalsIgnoreCase(object.strip())) {
                return candidate;
            }
        }
        throw usage("--object must be contacts, accounts or deals, not '" + object + "'");
    }

    /** A mapping file when one exists at that path, else a shipped mapping of that name. */
    private ImportMapping mapping() {
        Path path = Path.of(mapping);
        if (Files.isRegularFile(path)) {
            try (Reader json = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                return ImportMapping.fromJson(json);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the mapping " + path + ": " + e.getMessage(), e);
            }
        }
        if (mapping.endsWith(".json") || mapping.contains("/") || mapping.contains("\\")) {
            throw usage("no such mapping file: " + mapping);
        }
        if (!ImportMapping.BUILT_IN.contains(mapping.strip().toLowerCase(Locale.ROOT))) {
            throw usage("'" + mapping + "' is neither a mapping file nor a shipped mapping (" + String.join(", ", ImportMapping.BUILT_IN) + ")");
        }
        return ImportMapping.builtIn(mapping);
    }

    /** The shipped mapping names, for help and shell completion. */
    static final class BuiltInMappings implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return ImportMapping.BUILT_IN.iterator();
        }
    }
}
