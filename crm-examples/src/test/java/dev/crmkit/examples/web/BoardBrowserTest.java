package dev.crmkit.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.DealContact;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.UserId;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.StaleElementReferenceException;


/** The board in a real browser: moves by button and by drag and drop, broken rules, deal and forecast pages. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BoardBrowserTest {
    private HeadlessChromium browser;
    private SampleTenant sample;
    private BoardServer server;
    private WebDriverWait wait;
    private String base;

    @BeforeAll
    void start() {
        browser = HeadlessChromium.start();
        sample = SampleTenant.create("web-browser");
        server = BoardServer.start(sample.crm, SampleTenant.TENANT, 0);
        base = "http://localhost:" + server.port();
        wait = new WebDriverWait(browser.driver, Duration.ofSeconds(30));
        // the board re-renders a card in place after each action, so an element found a moment ago may be gone
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
        if (sample != null) {
            sample.close();
        }
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void boardMovesADealWithItsArrowButton() {
        openBoard();
        browser.screenshot("board");
        assertThat(column("appointment-scheduled").findElements(By.cssSelector(".card"))).hasSizeGreaterThanOrEqualTo(3);

        card(sample.rich).findElement(By.cssSelector("button.arrow.next")).click();

        waitForCardIn(sample.rich, "qualified-to-buy");
        assertThat(browser.driver.findElement(By.cssSelector(".notice")).getText())
                .isEqualTo("Moved Acme rollout to Qualified To Buy");
        assertThat(sample.tenant.deals().get(sample.rich.id()).stage()).isEqualTo("qualified-to-buy");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    @Order(2)
    void boardMovesADealByDragAndDrop() {
        Deal deal = sample.tenant.deals().create(sample.sales.id(), d -> d.name("Dragged deal")
                .amount(Money.of("7500.00", "USD")).expectedCloseDate(LocalDate.of(2025, 12, 20))
                .owner(UserId.of("grace")).addContacts(DealContact.of(sample.ada.id(), "buyer")));
        openBoard();

        WebElement grip = card(deal).findElement(By.cssSelector(".grip"));
        new Actions(browser.driver).clickAndHold(grip).moveByOffset(12, 8)
                .moveToElement(column("decision-maker-bought-in")).release().perform();

        waitForCardIn(deal, "decision-maker-bought-in");
        assertThat(sample.tenant.deals().get(deal.id()).stage()).isEqualTo("decision-maker-bought-in");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    @Order(3)
    void brokenRulesAreListedNextToTheCard() {
        openBoard();

        new Select(card(sample.bare).findElement(By.cssSelector("form.pick select"))).selectByValue("contract-sent");
        card(sample.bare).findElement(By.cssSelector("form.pick button")).click();

        // read the texts inside the wait: a stale read is retried against the re-rendered card
        List<List<String>> violations = wait.until(driver -> {
            List<WebElement> items = card(sample.bare).findElements(By.cssSelector(".violations li.violation"));
            if (items.size() != 2) {
                return null;
            }
            return items.stream().map(v -> List.of(v.findElement(By.cssSelector("code.rule")).getText(),
                    v.findElement(By.cssSelector(".message")).getText())).toList();
        });
        assertThat(violations).extracting(v -> v.get(0))
                .containsExactly("gate.required-field", "gate.required-field");
        assertThat(violations).extracting(v -> v.get(1))
                .containsExactly("stage 'Contract Sent' requires an amount",
                        "stage 'Contract Sent' requires an expected close date");
        ((JavascriptExecutor) browser.driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", card(sample.bare));
        browser.screenshot("violation");

        card(sample.bare).findElement(By.cssSelector("button.won")).click();
        wait.until(driver -> card(sample.bare).findElements(By.cssSelector(".violations code.rule")).stream()
                .anyMatch(rule -> rule.getText().equals("close.won-needs-positive-amount")));
        assertThat(sample.tenant.deals().get(sample.bare.id()).stage()).isEqualTo("appointment-scheduled");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    @Order(4)
    void lostTakesTheReasonFromItsFieldAndReopenBringsTheDealBack() {
        openBoard();

        card(sample.bare).findElement(By.cssSelector("form.lost input[name=reason]")).sendKeys("No budget this year");
        card(sample.bare).findElement(By.cssSelector("button.lost")).click();

        waitForCardIn(sample.bare, "closed-lost");
        assertThat(browser.driver.findElement(By.cssSelector(".notice")).getText())
                .isEqualTo("Closed as lost: Bare lead (Closed Lost)");
        assertThat(sample.tenant.deals().get(sample.bare.id()).lostReason()).hasValue("No budget this year");

        card(sample.bare).findElement(By.cssSelector("button.reopen")).click();

        waitForCardIn(sample.bare, "appointment-scheduled");
        assertThat(sample.tenant.deals().get(sample.bare.id()).closedAt()).isEmpty();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    @Order(5)
    void dealPageShowsTheStageHistoryAndTimeline() {
        openBoard();
        card(sample.rich).findElement(By.cssSelector("a.card-title")).click();

        wait.until(ExpectedConditions.urlToBe(base + "/deals/" + sample.rich.id()));
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Acme rollout");
        List<WebElement> history = browser.driver.findElements(By.cssSelector(".history-table tbody tr"));
        assertThat(history).hasSize(2);
        assertThat(history.get(1).getText()).contains("Appointment Scheduled", "Qualified To Buy");
        assertThat(browser.driver.findElements(By.cssSelector(".activities .activity"))).hasSize(2);
        browser.screenshot("deal");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    @Order(6)
    void forecastPageDrawsTheChartWithTheP10ToP90Band() {
        browser.driver.get(base + "/forecast");

        WebElement chart = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg#forecast-chart")));
        List<WebElement> bands = chart.findElements(By.cssSelector("rect.band"));
        assertThat(bands).hasSize(2);
        for (WebElement band : bands) {
            assertThat(Double.parseDouble(band.getAttribute("height"))).isPositive();
            assertThat(band.getCssValue("fill")).isNotEqualTo("rgb(0, 0, 0)");
        }
        assertThat(chart.findElements(By.cssSelector("g.period"))).extracting(g -> g.getAttribute("data-period"))
                .containsExactly("2025-Q4", "2026-Q1");
        assertThat(browser.driver.findElements(By.cssSelector("table.backtest:not(.summary) tbody tr"))).hasSize(16);
        browser.screenshot("forecast");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private void openBoard() {
        browser.driver.get(base + "/pipelines/" + sample.sales.id());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#board .column")));
    }

    private WebElement column(String stage) {
        return browser.driver.findElement(By.id("stage-" + stage));
    }

    private WebElement card(Deal deal) {
        return browser.driver.findElement(By.id("deal-" + deal.id()));
    }

    private void waitForCardIn(Deal deal, String stage) {
        wait.until(driver -> !driver.findElements(By.cssSelector("#stage-" + stage + " #deal-" + deal.id())).isEmpty());
    }
}
