package dev.crmkit.examples.web;

import static dev.crmkit.examples.web.HttpHelper.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.view.BoardColumn;
import dev.crmkit.view.CurrencyTotal;
import dev.crmkit.view.PipelineBoard;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BoardServerHttpTest {
    private SampleTenant sample;
    private BoardServer server;
    private HttpHelper http;

    @BeforeAll
    void start() {
        sample = SampleTenant.create("web-http");
        server = BoardServer.start(sample.crm, SampleTenant.TENANT, 0);
        http = new HttpHelper(server.port());
    }

    @AfterAll
    void stop() {
        server.close();
        sample.close();
    }

    @Test
    void homeListsThePipelinesWithSecurityHeaders() {
        HttpResponse<String> home = http.get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(home.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY).contains("script-src 'self'").doesNotContain("unsafe-inline");
        assertThat(home.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(home.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(home.body()).contains("<a href=\"/pipelines/" + sample.sales.id() + "\" class=\"pipeline-link\">Sales</a>");
        assertThat(home.body()).doesNotContain("<script>").contains("<script src=\"/static/board.js\" defer=\"defer\"></script>");
    }

    @Test
    void boardShowsEveryStageWithCountTotalsAndWeightedTotalsAndTheCards() {
        String page = http.get("/pipelines/" + sample.sales.id()).body();
        PipelineBoard board = sample.tenant.deals().board(sample.sales.id());

        for (BoardColumn column : board.columns()) {
            String section = between(page, "id=\"stage-" + column.stage().key() + "\"", "</header>");
            assertThat(section).contains(">" + column.stage().name() + "</h2>")
                    .contains("<dd class=\"count\">" + column.count() + "</dd>");
            for (CurrencyTotal total : column.totals()) {
                assertThat(section).contains(Formats.money(total.amount()), Formats.money(total.weightedAmount()));
            }
        }
        // the first stage holds the three hand-made deals: 18,000 + 4,200 USD at 20 %, and one without amount
        String first = between(page, "id=\"stage-appointment-scheduled\"", "</header>");
        assertThat(first).contains("<dd class=\"count\">3</dd>", "22,200.00 USD", "4,440.00 USD", "1 without amount");
        assertThat(board.columns()).anySatisfy(c -> assertThat(c.totals()).extracting(t -> t.amount().currencyCode())
                .contains("EUR", "USD"));

        String rich = card(page, sample.rich);
        assertThat(rich).contains(">Acme rollout</a>", "18,000.00 USD", ">ada</dd>", "3 days", "2025-12-15")
                .doesNotContain("rotting");
        assertThat(card(page, sample.stale)).contains("class=\"card rotting\"", ">rotting</span>", ">linus</dd>");
        assertThat(card(page, sample.bare)).contains("no amount", ">grace</dd>", "3 days");
    }

    @Test
    void dealPageShowsStageHistoryAndActivities() {
        HttpResponse<String> response = http.get("/deals/" + sample.rich.id());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<h1>Acme rollout</h1>", "Stage history", "(created)",
                "Appointment Scheduled", "Discovery call", "Budget confirmed for Q4.", "Sent security questionnaire",
                "href=\"/contacts/" + sample.ada.id() + "\"", "Acme Corp", "champion");
    }

    @Test
    void contactPageShowsAccountsDealsAndTimeline() {
        HttpResponse<String> response = http.get("/contacts/" + sample.ada.id());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<h1>Ada Lovelace</h1>", "CTO", "ada@acme.example", "Acme Corp", "buyer",
                "href=\"/deals/" + sample.rich.id() + "\"", "Discovery call", "Follow-up");
    }

    @Test
    void forecastPageChartsBothQuartersWithTheBandAndBacktestsFourQuarters() {
        HttpResponse<String> response = http.get("/forecast");

        assertThat(response.statusCode()).isEqualTo(200);
        String page = response.body();
        assertThat(page).contains("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"forecast-chart\"")
                .contains("data-period=\"2025-Q4\"", "data-period=\"2026-Q1\"")
                .contains("class=\"band\" data-series=\"p10-p90\"", "class=\"p50\"")
                .contains("class=\"bar weighted\"", "class=\"bar commit\"", "class=\"bar best-case\"",
                        "class=\"bar predictive\"");
        for (String quarter : new String[] {"2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3"}) {
            assertThat(page).contains("<tr data-period=\"" + quarter + "\" data-method=\"predictive\">",
                    "<tr data-period=\"" + quarter + "\" data-method=\"weighted\">");
        }
        assertThat(page).contains("<tr data-method=\"predictive\">");
    }

    @Test
    void unknownAndMalformedAddressesAre404() {
        String missing = UUID.randomUUID().toString();
        for (String path : new String[] {"/deals/" + missing, "/contacts/" + missing, "/pipelines/" + missing,
                "/deals/not-an-id", "/nothing-here", "/static/other.js", "/static/..%2Fboard.js"}) {
            HttpResponse<String> response = http.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
        }
        assertThat(http.get("/deals/" + missing).body()).contains("<h1>Not found</h1>", "not found");
        assertThat(http.get("/nothing-here").body()).contains("<h1>Not found</h1>", "There is no page at this address.");
        assertThat(http.get("/deals/" + sample.rich.id() + "/move").statusCode()).isEqualTo(404);
    }

    @Test
    void staticFilesAreServedWithTheirTypes() {
        HttpResponse<String> script = http.get("/static/board.js");
        HttpResponse<String> styles = http.get("/static/board.css");

        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        assertThat(script.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(script.body()).contains("pointerdown");
        assertThat(styles.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
    }

    @Test
    void postsWithoutTheRightTokenAreRefusedAndChangeNothing() {
        String path = "/deals/" + sample.rich.id() + "/move";

        HttpResponse<String> none = http.post(path, form("stage", "qualified-to-buy", "return", "board"));
        HttpResponse<String> wrong = http.post(path, form("csrf", "0".repeat(64), "stage", "qualified-to-buy"));
        HttpResponse<String> json = http.postJson(path, form("csrf", "", "stage", "qualified-to-buy"));

        assertThat(none.statusCode()).isEqualTo(403);
        assertThat(none.body()).contains("form token is missing or wrong");
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(json.statusCode()).isEqualTo(403);
        assertThat(json.body()).contains("\"ok\":false");
        assertThat(sample.tenant.deals().get(sample.rich.id()).stage()).isEqualTo("appointment-scheduled");
    }

    @Test
    void formMoveIntoAGatedStageRedirectsBackAndShowsEveryBrokenRuleNextToTheCard() {
        HttpResponse<String> post = http.post("/deals/" + sample.bare.id() + "/move",
                form("csrf", http.token(), "return", "board", "stage", "contract-sent"));

        assertThat(post.statusCode()).isEqualTo(303);
        String location = post.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches("/pipelines/" + sample.sales.id() + "\\?flash=[0-9a-f]{32}#deal-" + sample.bare.id());
        String card = card(http.get(location.substring(0, location.indexOf('#'))).body(), sample.bare);
        assertThat(card).contains("2 rules broken");
        assertThat(occurrences(card, "<code class=\"rule\">gate.required-field</code>")).isEqualTo(2);
        assertThat(card).contains("data-field=\"amount\"", "requires an amount",
                "data-field=\"expectedCloseDate\"", "requires an expected close date");
        assertThat(sample.tenant.deals().get(sample.bare.id()).stage()).isEqualTo("appointment-scheduled");
    }

    @Test
    void scriptCloseWonWithoutAmountGetsTheViolationsAsJson() {
        HttpResponse<String> response = http.postJson("/deals/" + sample.bare.id() + "/won",
                form("csrf", http.token(), "return", "board"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).contains("\"ok\":false", "\"ruleId\":\"close.won-needs-positive-amount\"");
        assertThat(sample.tenant.deals().get(sample.bare.id()).closedAt()).isEmpty();
    }

    @Test
    void lostWithoutReasonIsARuleViolationAndTheDealPageShowsIt() {
        HttpResponse<String> post = http.post("/deals/" + sample.bare.id() + "/lost",
                form("csrf", http.token(), "return", "deal", "reason", "  "));

        String location = post.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches("/deals/" + sample.bare.id() + "\\?flash=[0-9a-f]{32}");
        assertThat(http.get(location).body()).contains("<code class=\"rule\">close.lost-needs-reason</code>");
    }

    @Test
    void successfulActionsChangeTheDealThroughTheFacade() {
        Deal deal = sample.tenant.deals().create(sample.sales.id(), d -> d.name("Moving deal")
                .amount(Money.of("900.00", "USD")).expectedCloseDate(LocalDate.of(2026, 1, 31)));
        String token = http.token();

        HttpResponse<String> moved = http.post("/deals/" + deal.id() + "/move",
                form("csrf", token, "return", "board", "stage", "qualified-to-buy"));
        assertThat(moved.statusCode()).isEqualTo(303);
        String location = moved.headers().firstValue("Location").orElseThrow();
        assertThat(http.get(location.substring(0, location.indexOf('#'))).body())
                .contains("<p class=\"notice\" role=\"status\">Moved Moving deal to Qualified To Buy</p>");
        assertThat(sample.tenant.deals().get(deal.id()).stage()).isEqualTo("qualified-to-buy");

        HttpResponse<String> won = http.postJson("/deals/" + deal.id() + "/won", form("csrf", token));
        assertThat(won.statusCode()).isEqualTo(200);
        assertThat(won.body()).contains("\"ok\":true", "Closed as won: Moving deal (Closed Won)");
        assertThat(sample.tenant.deals().get(deal.id()).stage()).isEqualTo("closed-won");

        HttpResponse<String> reopened = http.postJson("/deals/" + deal.id() + "/reopen", form("csrf", token));
        assertThat(reopened.statusCode()).isEqualTo(200);
        assertThat(sample.tenant.deals().get(deal.id()).stage()).isEqualTo("qualified-to-buy");

        HttpResponse<String> lost = http.postJson("/deals/" + deal.id() + "/lost",
                form("csrf", token, "reason", "Budget cut"));
        assertThat(lost.statusCode()).isEqualTo(200);
        assertThat(sample.tenant.deals().get(deal.id()).lostReason()).hasValue("Budget cut");
    }

    @Test
    void badActionRequestsAreRefused() {
        String token = http.token();
        assertThat(http.post("/deals/" + sample.rich.id() + "/move", form("csrf", token)).statusCode()).isEqualTo(400);
        assertThat(http.post("/deals/" + sample.rich.id() + "/delete", form("csrf", token)).statusCode()).isEqualTo(404);
        assertThat(http.post("/deals/" + UUID.randomUUID() + "/won", form("csrf", token)).statusCode()).isEqualTo(404);
        assertThat(http.postJson("/deals/" + sample.rich.id() + "/move", form("csrf", token, "stage", "no-such-stage"))
                .body()).contains("\"ruleId\":\"stage.unknown\"");
        HttpResponse<String> tooLong = http.postJson("/deals/" + sample.rich.id() + "/lost",
                form("csrf", token, "reason", "x".repeat(501)));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("\"ok\":false", "lostReason");
        assertThat(sample.tenant.deals().get(sample.rich.id()).closedAt()).isEmpty();
    }

    @Test
    void requestsForAnotherHostNameAreRefused() throws IOException {
        assertThat(rawStatus("evil.example:" + server.port())).isEqualTo(421);
        assertThat(rawStatus("127.0.0.1:" + server.port())).isEqualTo(200);
    }

    private int rawStatus(String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(status.substring(9, 12));
        }
    }

    /** The HTML of one deal's card on a board page. */
    static String card(String page, Deal deal) {
        String card = between(page, "id=\"deal-" + deal.id() + "\"", "</div></li>");
        int start = page.lastIndexOf("<li ", page.indexOf(card));
        return page.substring(start, page.indexOf(card) + card.length());
    }

    static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as("found " + start).isNotNegative();
        int to = text.indexOf(end, from);
        assertThat(to).as("found " + end + " after " + start).isPositive();
        return text.substring(from, to);
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }
}
