package dev.crmkit.examples.cli;

import dev.crmkit.imports.ImportInput;
import dev.crmkit.imports.MavenPipelineImport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code crm import maven-pipeline DIR}: Maven Analytics' CRM + Sales Opportunities folder ({@link MavenPipelineImport}). */
@Command(name = "maven-pipeline", mixinStandardHelpOptions = true,
        description = "Import Maven Analytics' CRM + Sales Opportunities folder (accounts, products, teams, pipeline).")
final class ImportMavenCommand extends CrmCommand {
    @Parameters(paramLabel = "DIR", description = "The folder with accounts.csv, products.csv, sales_teams.csv and sales_pipeline.csv.")
    Path directory;

    @Mixin
    ImportOptions options;

    @Override
    protected int run() {
        if (!Files.isDirectory(directory)) {
            throw usage("no such folder: " + directory);
        }
        for (String file : new String[]{"accounts.csv", "products.csv", "sales_teams.csv", "sales_pipeline.csv"}) {
            ImportCommand.existingFile(spec.commandLine(), directory.resolve(file));
        }
        ImportProgressReporter progress = new ImportProgressReporter(cli().environment().terminal(), err());
        try (ImportOptions.Rejects rejects = options.open()) {
            MavenPipelineImport.Result result = new MavenPipelineImport(session().importContext(), progress, rejects)
                    .run(name -> {
                        progress.input(name);
                        return ImportInput.ofFile(directory.resolve(name), StandardCharsets.UTF_8);
                    });
            out().println("Pipeline \"" + result.pipeline().name() + "\" with stages "
                    + String.join(", ", result.pipeline().stageKeys()));
            ImportCommand.printSummary(out(), result.accounts(), options, rejects);
            ImportCommand.printSummary(out(), result.deals(), options, rejects);
        }
        return ExitCodes.OK;
    }
}
