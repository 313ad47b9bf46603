package dev.crmkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.contact.AccountLink;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.DealContact;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.pipeline.PipelineTemplates;
import dev.crmkit.core.model.shared.EmailAddress;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.spi.memory.InMemoryCrmStore;
import dev.crmkit.view.PipelineBoard;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's quickstart, compiled and run; and a check that the README shows exactly this code. The code
 * between the markers below must stay identical (up to white space) to the code between the same markers in
 * the project's README.md.
 */
class ReadmeQuickstartTest {
    // Built from parts so that this file holds each marker only once, around the quickstart itself.
    private static final String BEGIN = "// README-QUICKSTART-" + "BEGIN";
    private static final String END = "// README-QUICKSTART-" + "END";

    @Test
    void quickstartRuns() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream originalOut = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            quickstart();
        } finally {
            System.setOut(originalOut);
        }
        String board = printed.toString(StandardCharsets.UTF_8);
        originalOut.print(board);
        assertThat(board).contains("Sales", "Presentation Scheduled", "12000.00 USD (weighted 7200.00 USD)");
    }

    @Test
    void readmeShowsTheSameQuickstart() throws IOException {
        Path readme = Path.of("..", "README.md");
        assumeTrue(Files.exists(readme), "README.md not found at " + readme.toAbsolutePath().normalize()
                + "; the quickstart copy cannot be compared");
        Path source = Path.of("src", "test", "java", "dev", "crmkit", "ReadmeQuickstartTest.java");

        String inReadme = between(Files.readString(readme), readme);
        String inTest = between(Files.readString(source), source);

        assertThat(normalize(inReadme)).as("quickstart in README.md vs ReadmeQuickstartTest").isEqualTo(normalize(inTest));
    }

    private static void quickstart() {
        // README-QUICKSTART-BEGIN
        Crm crm = Crm.builder().store(new InMemoryCrmStore()).build();
        CrmTenant tenant = crm.defaultTenant();
        Pipeline sales = tenant.pipelines().create(PipelineTemplates::hubspotStyle, "Sales");
        Account acme = tenant.accounts().create(a -> a.name("Acme Corp").domain("acme.example"));
        Contact ada = tenant.contacts().create(c -> c.firstName("Ada").lastName("Lovelace")
                .primaryEmail(EmailAddress.of("ada@acme.example"))
                .addAccounts(AccountLink.of(acme.id(), "CTO")));
        Deal deal = tenant.deals().create(sales.id(), d -> d.name("Acme rollout")
                .account(acme.id())
                .addContacts(DealContact.of(ada.id(), "champion"))
                .amount(Money.of("12000.00", "USD")));
        tenant.deals().move(deal.id(), "presentation-scheduled");
        PipelineBoard board = tenant.deals().board(sales.id());
        System.out.println(board.toText());
        // README-QUICKSTART-END
    }

    private static String between(String text, Path file) {
        Matcher m = Pattern.compile(Pattern.quote(BEGIN) + "(.*?)" + Pattern.quote(END), Pattern.DOTALL).matcher(text);
        assertThat(m.find()).as("markers " + BEGIN + " ... " + END + " in " + file).isTrue();
        return m.group(1);
    }

    private static String normalize(String code) {
        return code.replaceAll("\\s+", " ").strip();
    }
}
