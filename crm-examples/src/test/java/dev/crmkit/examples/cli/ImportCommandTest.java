package dev.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.Crm;
import dev.crmkit.core.model.shared.TenantId;
import dev.crmkit.jdbc.JdbcCrmStore;
import dev.crmkit.spi.ContactQuery;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
    private static final String CONTACTS = """
            Record ID,First Name,Last Name,Email,Phone Number,Job Title,Company Name
            101,Ada,Lovelace,ada@analytical.example,+1 415 555 0101,CTO,Analytical Engines
            102,Alan,Turing,not-an-email,,Researcher,Bletchley
            103,Grace,Hopper,grace@navy.example,+1 415 555 0103,Rear Admiral,Navy
            104,Edsger,Dijkstra,edsger@tue.example,12345,Professor,TU Eindhoven
            105,Barbara,Liskov,barbara@mit.example,,Professor,MIT
            """;

    @TempDir
    Path dir;

    @Test
    void keepsGoodRowsWritesBadOnesToTheRejectFileAndCreatesNoDuplicatesWhenRunAgain() throws IOException {
        Path file = write("contacts.csv", CONTACTS);
        Path rejects = dir.resolve("rejects.csv");
        CliRunner crm = new CliRunner(dir.resolve("db"));

        CliRunner.Result first = crm.run("import", "csv", "--object", "contacts", "--mapping", "hubspot-contacts",
                file.toString(), "--reject-file", rejects.toString());

        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.out()).contains("contacts.csv: 5 rows read, 3 inserted, 0 updated, 2 rejected")
                .contains("rejected by reason: invalid:email 1, invalid:phones 1")
                .contains("rejected rows written to " + rejects);
        List<String> rejected = Files.readAllLines(rejects, StandardCharsets.UTF_8);
        assertThat(rejected).hasSize(3);
        assertThat(rejected.get(0)).isEqualTo("row,line,reason_code,reason,Record ID,First Name,Last Name,Email,Phone Number,Job Title,Company Name");
        assertThat(rejected.get(1)).startsWith("2,3,invalid:email,").endsWith(",102,Alan,Turing,not-an-email,,Researcher,Bletchley");
        assertThat(rejected.get(2)).startsWith("4,5,invalid:phones,").contains("12345");
        assertThat(first.err()).as("plain progress lines when not on a terminal").contains("contacts.csv: importing")
                .contains("5 rows read");

        CliRunner.Result second = crm.run("import", "csv", "--object", "contacts", "--mapping", "hubspot-contacts", file.toString());

        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(second.out()).contains("5 rows read, 0 inserted, 3 updated, 2 rejected")
                .contains("row 2 (line 3): invalid:email:").contains("row 4 (line 5): invalid:phones:");
        assertThat(contactCount(dir.resolve("db"))).isEqualTo(3);
    }

    @Test
    void readsAMappingFile() throws IOException {
        Path mapping = write("people.json", """
                {"object": "contacts", "externalId": {"source": "sheet", "column": "id"},
                 "fields": {"fullName": {"column": "name"}, "email": {"column": "mail"}}}
                """);
        Path file = write("people.csv", "id;name;mail\n1;Ada Lovelace;ada@example.com\n2;Alan Turing;alan@example.com\n"
                .replace(';', ','));
        CliRunner crm = new CliRunner(dir.resolve("db"));

        CliRunner.Result result = crm.run("import", "csv", "--object", "contacts", "--mapping", mapping.toString(), file.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("people.csv: 2 rows read, 2 inserted, 0 updated, 0 rejected");
        assertThat(crm.run("timeline", "--contact", "alan@example.com").out()).startsWith("Alan Turing <alan@example.com>");
    }

    @Test
    void refusesAnObjectThatDoesNotMatchTheMappingAndUnknownMappings() throws IOException {
        Path file = write("contacts.csv", CONTACTS);
        CliRunner crm = new CliRunner(dir.resolve("db"));

        CliRunner.Result mismatch = crm.run("import", "csv", "--object", "deals", "--mapping", "hubspot-contacts", file.toString());
        CliRunner.Result unknown = crm.run("import", "csv", "--object", "deals", "--mapping", "nosuch-mapping", file.toString());

        assertThat(mismatch.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(mismatch.err()).contains("--object deals does not match the mapping, which imports contacts");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("'nosuch-mapping' is neither a mapping file nor a shipped mapping");
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    static long contactCount(Path database) {
        try (JdbcCrmStore store = JdbcCrmStore.h2File(database.resolve(Database.H2_FILE_NAME))) {
            return Crm.builder().store(store).build().tenant(TenantId.DEFAULT).contacts().count(ContactQuery.all());
        }
    }
}
