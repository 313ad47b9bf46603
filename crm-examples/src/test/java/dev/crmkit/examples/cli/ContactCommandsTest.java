package dev.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.Crm;
import dev.crmkit.CrmTenant;
import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.activity.ActivityType;
import dev.crmkit.core.model.contact.AccountLink;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.deal.DealContact;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.pipeline.PipelineTemplates;
import dev.crmkit.core.model.shared.EmailAddress;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.PhoneNumber;
import dev.crmkit.jdbc.JdbcCrmStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Smoke tests of the commands about one contact: timeline, dedupe and the privacy requests. */
class ContactCommandsTest {
    @TempDir
    Path dir;

    private CliRunner crm;

    @BeforeEach
    void storeAContactTwice() {
        try (JdbcCrmStore store = JdbcCrmStore.h2File(dir.resolve("db").resolve(Database.H2_FILE_NAME))) {
            CrmTenant tenant = Crm.builder().store(store).clock(Clock.fixed(CliRunner.NOW, ZoneOffset.UTC)).build().defaultTenant();
            Account acme = tenant.accounts().create(a -> a.name("Acme Corp").domain("acme.example"));
            Contact ada = tenant.contacts().create(c -> c.firstName("Ada").lastName("Lovelace")
                    .primaryEmail(EmailAddress.of("ada@acme.example")).addPhones(PhoneNumber.parse("+1 415 555 0101", null))
                    .title("CTO").addAccounts(AccountLink.of(acme.id(), "employee")));
            tenant.contacts().create(c -> c.firstName("Ada").lastName("Lovelace")
                    .primaryEmail(EmailAddress.of("ada.lovelace@mail.example")).addPhones(PhoneNumber.parse("+1 (415) 555-0101", null)));
            Pipeline sales = tenant.pipelines().create(PipelineTemplates::hubspotStyle, "Sales");
            var deal = tenant.deals().create(sales.id(), d -> d.name("Acme rollout").account(acme.id())
                    .addContacts(DealContact.of(ada.id(), "champion")).amount(Money.of("12000.00", "USD")));
            tenant.activities().log(a -> a.type(ActivityType.CALL).subject("Intro call").outcome("connected")
                    .occurredAt(CliRunner.NOW.minus(Duration.ofDays(2))).contact(ada.id()).deal(deal.id()));
            tenant.activities().log(a -> a.type(ActivityType.NOTE).subject("Met Ada Lovelace at the fair")
                    .occurredAt(CliRunner.NOW.minus(Duration.ofDays(1))).account(acme.id()));
        }
        crm = new CliRunner(dir.resolve("db"));
    }

    @Test
    void timelineShowsTheContactItsAccountDealsAndActivities() {
        CliRunner.Result result = crm.run("timeline", "--contact", "ADA@acme.example");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).startsWith("Ada Lovelace <ada@acme.example>\n")
                .containsPattern("title\\s+CTO")
                .containsPattern("Acme Corp\\s+employee\\s+acme.example")
                .containsPattern("Acme rollout\\s+Sales\\s+Appointment Scheduled\\s+12,000.00 USD")
                .containsPattern("2025-06-13 10:00\\s+call\\s+Intro call\\s+connected\\s+Acme rollout");
    }

    @Test
    void dedupeShowsThePlanInADryRunAndMergesOnApply() {
        CliRunner.Result dryRun = crm.run("dedupe", "--dry-run");

        assertThat(dryRun.exitCode()).as(dryRun.toString()).isZero();
        assertThat(dryRun.out()).contains("Duplicate contacts: 1 group(s)")
                .contains("Would merge into Ada Lovelace <ada@acme.example>", "same phone")
                .contains("- Ada Lovelace <ada.lovelace@mail.example>")
                .contains("Dry run: nothing changed.");
        assertThat(ImportCommandTest.contactCount(dir.resolve("db"))).isEqualTo(2);

        CliRunner.Result apply = crm.run("dedupe", "--apply");

        assertThat(apply.exitCode()).as(apply.toString()).isZero();
        assertThat(apply.out()).contains("Merged 1 contact(s) and 0 account(s).");
        assertThat(ImportCommandTest.contactCount(dir.resolve("db"))).isEqualTo(1);
        assertThat(crm.run("timeline", "--contact", "ada.lovelace@mail.example").out()).startsWith("Ada Lovelace <ada@acme.example>");
        assertThat(crm.run("dedupe", "--dry-run").out()).contains("Duplicate contacts: 0 group(s)");
        assertThat(crm.run("dedupe").exitCode()).as("a mode is required").isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void privacyExportWritesEverythingAboutThePersonAndEraseRemovesIt() throws IOException {
        Path file = dir.resolve("ada.json");

        CliRunner.Result export = crm.run("privacy", "export", "--contact", "ada@acme.example", "--out", file.toString());

        assertThat(export.exitCode()).as(export.toString()).isZero();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("\"ada@acme.example\"", "Acme rollout", "Intro call",
                "Met Ada Lovelace at the fair");

        CliRunner.Result erase = crm.run("privacy", "erase", "--contact", "ada@acme.example");

        assertThat(erase.exitCode()).as(erase.toString()).isZero();
        assertThat(erase.out()).contains("deleted the contact, scrubbed 1 deal(s) and ").doesNotContain("Lovelace");
        assertThat(crm.run("timeline", "--contact", "ada@acme.example").exitCode()).isEqualTo(ExitCodes.BAD_DATA);
        assertThat(crm.run("export", "deals").out()).contains("Acme rollout").doesNotContain("ada@acme.example");
    }
}
