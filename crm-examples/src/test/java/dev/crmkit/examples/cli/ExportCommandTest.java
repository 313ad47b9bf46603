package dev.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crmkit.Crm;
import dev.crmkit.CrmTenant;
import dev.crmkit.core.json.CrmJson;
import dev.crmkit.core.model.contact.AccountLink;
import dev.crmkit.core.model.deal.DealContact;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.pipeline.PipelineTemplates;
import dev.crmkit.core.model.shared.EmailAddress;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.jdbc.JdbcCrmStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    @TempDir
    Path dir;

    private CliRunner crm;

    @BeforeEach
    void storeRecordsWithFormulaLikeText() {
        try (JdbcCrmStore store = JdbcCrmStore.h2File(dir.resolve("db").resolve(Database.H2_FILE_NAME))) {
            CrmTenant tenant = Crm.builder().store(store).clock(Clock.fixed(CliRunner.NOW, ZoneOffset.UTC)).build().defaultTenant();
            Account account = tenant.accounts().create(a -> a.name("@Evil Corp"));
            Contact contact = tenant.contacts().create(c -> c.firstName("=1+2").lastName("-Lovelace")
                    .primaryEmail(EmailAddress.of("ada@example.com")).title("+cmd|' /C calc'!A0")
                    .addAccounts(AccountLink.of(account.id(), "employee")));
            Pipeline sales = tenant.pipelines().create(PipelineTemplates::hubspotStyle, "Sales");
            tenant.deals().create(sales.id(), d -> d.name("=HYPERLINK(\"http://evil.example\")").account(account.id())
                    .addContacts(DealContact.of(contact.id(), "champion")).amount(Money.of("1500.00", "USD")));
        }
        crm = new CliRunner(dir.resolve("db"));
    }

    @Test
    void neutralizesFormulaCellsInContactsCsv() throws IOException {
        Path out = dir.resolve("contacts.csv");

        CliRunner.Result result = crm.run("export", "contacts", "--out", out.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("Exported 1 contacts to " + out);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains(",'=1+2,'-Lovelace,ada@example.com,,,'+cmd|' /C calc'!A0,'@Evil Corp,LEAD,");
    }

    @Test
    void neutralizesTextButWritesNumbersAsNumbersInDealsCsv() {
        CliRunner.Result result = crm.run("export", "deals", "--format", "csv");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        String row = result.out().lines().skip(1).findFirst().orElseThrow();
        assertThat(row).contains(",\"'=HYPERLINK(\"\"http://evil.example\"\")\",Sales,appointment-scheduled,1500.00,USD,20,,'@Evil Corp,ada@example.com,");
    }

    @Test
    void writesJsonThatReadsBack() throws IOException {
        CliRunner.Result result = crm.run("export", "contacts", "--format", "json");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        JsonNode contacts = CrmJson.newObjectMapper().readTree(result.out());
        assertThat(contacts.isArray()).isTrue();
        assertThat(contacts).hasSize(1);
        Contact contact = CrmJson.newObjectMapper().treeToValue(contacts.get(0), Contact.class);
        assertThat(contact.firstName()).contains("=1+2");
        assertThat(contact.primaryEmail()).contains(EmailAddress.of("ada@example.com"));
    }
}
