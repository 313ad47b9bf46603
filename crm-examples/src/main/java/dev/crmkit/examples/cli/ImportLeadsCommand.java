package dev.crmkit.examples.cli;

import dev.crmkit.imports.ImportInput;
import dev.crmkit.imports.ImportSummary;
import dev.crmkit.imports.LeadsCsvImport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code crm import leads FILE}: X Education's {@code Leads.csv} as contacts ({@link LeadsCsvImport}). */
@Command(name = "leads", mixinStandardHelpOptions = true,
        description = "Import X Education's Leads.csv as contacts (every column kept as a custom property).")
final class ImportLeadsCommand extends CrmCommand {
    @Parameters(paramLabel = "FILE", description = "The Leads.csv file.")
    Path file;

    @Mixin
    ImportOptions options;

    @Override
    protected int run() {
        ImportCommand.existingFile(spec.commandLine(), file);
        ImportProgressReporter progress = new ImportProgressReporter(cli().environment().terminal(), err())
                .input(file.getFileName().toString());
        try (ImportOptions.Rejects rejects = options.open()) {
            ImportSummary summary = new LeadsCsvImport(session().importContext(), progress, rejects)
                    .run(ImportInput.ofFile(file, StandardCharsets.UTF_8));
            ImportCommand.printSummary(out(), summary, options, rejects);
        }
        return ExitCodes.OK;
    }
}
