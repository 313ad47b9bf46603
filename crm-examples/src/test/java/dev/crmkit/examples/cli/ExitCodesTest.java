package dev.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.error.CrmException;
import dev.crmkit.core.error.NotFoundException;
import dev.crmkit.core.error.RuleViolation;
import dev.crmkit.core.error.RuleViolationException;
import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.tabular.CsvFormatException;
import dev.crmkit.imports.ImportAbortedException;
import dev.crmkit.imports.ImportSummary;
import dev.crmkit.spi.CrmStorageException;
import dev.crmkit.spi.VersionConflictException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExitCodesTest {
    @TempDir
    Path dir;

    @Test
    void usageErrorsExitWithOneAndAOneLineMessage() {
        CliRunner crm = new CliRunner(dir.resolve("db"));

        CliRunner.Result noCommand = CliRunner.runRaw(java.time.Clock.systemUTC());
        CliRunner.Result unknownOption = crm.run("board", "--colour");
        CliRunner.Result badPeriod = crm.run("forecast", "--period", "2017-Q9");
        CliRunner.Result badTenant = crm.run("board", "--tenant", "no spaces");
        CliRunner.Result missingFile = crm.run("import", "leads", dir.resolve("nope.csv").toString());

        assertThat(noCommand.exitCode()).isEqualTo(1);
        assertThat(noCommand.err()).startsWith("crm: a command is required");
        assertThat(unknownOption.exitCode()).isEqualTo(1);
        assertThat(unknownOption.err()).isEqualTo("crm: Unknown option: '--colour'\nTry 'crm board --help' for usage.\n");
        assertThat(badPeriod.exitCode()).isEqualTo(1);
        assertThat(badPeriod.err()).startsWith("crm: --period '2017-Q9' is not a period label");
        assertThat(badTenant.exitCode()).isEqualTo(1);
        assertThat(missingFile.exitCode()).isEqualTo(1);
        assertThat(missingFile.err()).startsWith("crm: no such file: ");
    }

    @Test
    void badDataExitsWithTwoAndNoStackTraceUnlessVerbose() throws IOException {
        CliRunner crm = new CliRunner(dir.resolve("db"));
        Path brokenMapping = dir.resolve("mapping.json");
        Files.writeString(brokenMapping, "{\"object\": \"contacts\", \"externalId\": {\"source\": \"x\", \"column\": \"id\"}, "
                + "\"fields\": {\"email\": {\"column\": \"mail\", \"transforms\": [\"lowr\"]}}}", StandardCharsets.UTF_8);
        Path brokenCsv = dir.resolve("broken.csv");
        Files.writeString(brokenCsv, "Record ID,First Name,Last Name,Email\n1,Ada,Lovelace,\"ada@example.com\n", StandardCharsets.UTF_8);

        CliRunner.Result notFound = crm.run("timeline", "--contact", "nobody@example.com");
        CliRunner.Result mapping = crm.run("import", "csv", "--object", "contacts", "--mapping", brokenMapping.toString(),
                brokenCsv.toString());
        CliRunner.Result csv = crm.run("import", "csv", "--object", "contacts", "--mapping", "hubspot-contacts", brokenCsv.toString());
        CliRunner.Result verbose = crm.run("timeline", "--contact", "nobody@example.com", "--verbose");

        assertThat(notFound.exitCode()).isEqualTo(2);
        assertThat(notFound.err()).isEqualTo("crm: Contact not found: nobody@example.com\n");
        assertThat(mapping.exitCode()).isEqualTo(2);
        assertThat(mapping.err()).startsWith("crm: fields.email.transforms[0]: must be one of").doesNotContain("\tat ");
        assertThat(csv.exitCode()).as(csv.toString()).isEqualTo(2);
        assertThat(csv.err()).contains("crm: ").doesNotContain("\tat ");
        assertThat(verbose.exitCode()).isEqualTo(2);
        assertThat(verbose.err()).startsWith("crm: Contact not found: nobody@example.com\n")
                .contains("dev.crmkit.core.error.NotFoundException", "\tat ");
    }

    @Test
    void storageFailuresExitWithThree() {
        String missingDatabase = "jdbc:h2:file:" + dir.resolve("absent").toAbsolutePath() + ";IFEXISTS=TRUE";

        CliRunner.Result result = CliRunner.runRaw(java.time.Clock.systemUTC(), "board", "--db", missingDatabase);

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).startsWith("crm: cannot connect to jdbc:h2:file:").doesNotContain("\tat ");
        assertThat(result.err().lines()).hasSize(1);
    }

    @Test
    void mapsEveryFailureToItsExitCode() {
        ImportSummary summary = new ImportSummary("f.csv", 0, 0, 0, 0, 0, Duration.ZERO, Map.of(), Map.of());

        assertThat(ExitCodes.of(new ValidationException("email", "x", "is not an email"))).isEqualTo(2);
        assertThat(ExitCodes.of(new CsvFormatException(3, 2, "\"", "unterminated quote"))).isEqualTo(2);
        assertThat(ExitCodes.of(new RuleViolationException(List.of(new RuleViolation("stage.unknown", "stage", "no such stage")))))
                .isEqualTo(2);
        assertThat(ExitCodes.of(new NotFoundException("Deal", "42"))).isEqualTo(2);
        assertThat(ExitCodes.of(new CrmException("no exchange rate"))).isEqualTo(2);
        assertThat(ExitCodes.of(new CrmStorageException("disk full", false))).isEqualTo(3);
        assertThat(ExitCodes.of(new VersionConflictException("Deal", "42", 3))).isEqualTo(3);
        assertThat(ExitCodes.of(new ImportAbortedException("stopped", summary, new CrmStorageException("down", true)))).isEqualTo(3);
        assertThat(ExitCodes.of(new ImportAbortedException("stopped", summary, new CsvFormatException(1, 0, "", "no header"))))
                .isEqualTo(2);
        assertThat(ExitCodes.of(new UncheckedIOException(new IOException("read-only file system")))).isEqualTo(3);
        assertThat(ExitCodes.of(new IllegalStateException("bug"))).isEqualTo(4);
    }
}
