package dev.crmkit.examples.web;

import static dev.crmkit.examples.web.HttpHelper.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.Crm;
import dev.crmkit.CrmTenant;
import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.activity.ActivityType;
import dev.crmkit.core.model.contact.AccountLink;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.DealContact;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.pipeline.PipelineTemplates;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.TenantId;
import dev.crmkit.core.model.shared.UserId;
import dev.crmkit.spi.memory.InMemoryCrmStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** CRM data that looks like markup is served only escaped, on every page. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EscapingTest {
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMG = "\"><img src=x onerror=alert(1)>";
    private static final String QUOTE = "' onmouseover='alert(1)";
    private static final List<String> PAYLOADS = List.of(SCRIPT, IMG, QUOTE);
    private static final TenantId TENANT = TenantId.of("xss");

    private final MutableClock clock = new MutableClock(Instant.parse("2025-11-01T10:00:00Z"));
    private BoardServer server;
    private HttpHelper http;
    private Pipeline pipeline;
    private Deal deal;
    private Contact contact;

    @BeforeAll
    void seed() {
        Crm crm = Crm.builder().store(new InMemoryCrmStore()).clock(clock).reportingCurrency("USD").build();
        CrmTenant tenant = crm.tenant(TENANT);
        pipeline = tenant.pipelines().create((id, name, at) -> {
            Pipeline template = PipelineTemplates.hubspotStyle(id, name, at);
            return Pipeline.copyOf(template).withStages(template.stages().stream()
                    .map(s -> s.kind().isClosed() ? s : s.withName(s.name() + " " + IMG)).toList());
        }, "Sales " + SCRIPT);
        Account account = tenant.accounts().create(a -> a.name("Account " + IMG).domain("evil.example")
                .industry(SCRIPT));
        contact = tenant.contacts().create(c -> c.firstName(SCRIPT).lastName(IMG).title(QUOTE).leadSource(SCRIPT)
                .addAccounts(AccountLink.of(account.id(), "role " + SCRIPT)));
        deal = tenant.deals().create(pipeline.id(), d -> d.name("Deal " + SCRIPT + IMG + QUOTE)
                .amount(Money.of("100.00", "USD")).owner(UserId.of("owner" + IMG)).source(SCRIPT)
                .expectedCloseDate(LocalDate.of(2025, 12, 1)).account(account.id())
                .addContacts(DealContact.of(contact.id(), "role " + IMG)));
        tenant.activities().log(a -> a.type(ActivityType.NOTE).subject("Subject " + SCRIPT).body("Body " + IMG)
                .outcome(QUOTE).occurredAt(clock.instant()).deal(deal.id()).contact(contact.id()));
        server = BoardServer.start(crm, TENANT, 0);
        http = new HttpHelper(server.port());
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void everyPageServesThePayloadsOnlyEscaped() {
        for (String path : List.of("/", "/pipelines/" + pipeline.id(), "/deals/" + deal.id(), "/contacts/" + contact.id(),
                "/forecast")) {
            String page = http.get(path).body();
            for (String payload : PAYLOADS) {
                assertThat(page).as(path).doesNotContain(payload);
            }
            assertThat(page).as(path).doesNotContain("<img", "<script>");
            assertNoInjectedAttributes(path, page);
        }
        assertThat(http.get("/deals/" + deal.id()).body())
                .contains("Deal &lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"
                        + "&#39; onmouseover=&#39;alert(1)")
                .contains("owner&quot;&gt;&lt;img src=x onerror=alert(1)&gt;", "Subject &lt;script&gt;")
                .contains("aria-label=\"Lost reason for Deal &lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;");
        assertThat(http.get("/pipelines/" + pipeline.id()).body())
                .contains("<h1>Sales &lt;script&gt;alert(1)&lt;/script&gt;</h1>")
                .contains("aria-label=\"Appointment Scheduled &quot;&gt;&lt;img src=x onerror=alert(1)&gt;\"");
        assertThat(http.get("/contacts/" + contact.id()).body())
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(1)&gt;",
                        "&#39; onmouseover=&#39;alert(1)");
    }

    /** Every tag's attributes, once their quoted values are removed, are plain names: no event handler got in. */
    private static void assertNoInjectedAttributes(String path, String page) {
        Matcher tags = Pattern.compile("<[a-zA-Z][^>]*>").matcher(page);
        int count = 0;
        while (tags.find()) {
            String names = tags.group().replaceAll("\"[^\"]*\"", "\"\"");
            assertThat(names).as(path).doesNotContainPattern("(?i)\\son[a-z]+\\s*=").doesNotContain("'");
            count++;
        }
        assertThat(count).as(path).isGreaterThan(10);
    }

    @Test
    void violationMessagesAndNoticesNamingTheDealAreEscapedToo() {
        String token = http.token();
        String violation = http.post("/deals/" + deal.id() + "/move", form("csrf", token, "return", "deal",
                "stage", "presentation-scheduled" + SCRIPT)).headers().firstValue("Location").orElseThrow();
        String json = http.postJson("/deals/" + deal.id() + "/move", form("csrf", token, "stage", SCRIPT)).body();
        String moved = http.post("/deals/" + deal.id() + "/move", form("csrf", token, "return", "deal",
                "stage", "qualified-to-buy")).headers().firstValue("Location").orElseThrow();

        String violationPage = http.get(violation).body();
        assertThat(violationPage).contains("<code class=\"rule\">stage.unknown</code>").doesNotContain(SCRIPT);
        assertThat(json).contains("stage.unknown").doesNotContain("<", ">");
        String movedPage = http.get(moved).body();
        assertThat(movedPage).contains("<p class=\"notice\" role=\"status\">Moved Deal &lt;script&gt;")
                .doesNotContain(SCRIPT, IMG);
    }
}
