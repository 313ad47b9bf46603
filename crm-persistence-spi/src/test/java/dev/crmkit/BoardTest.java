package dev.crmkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.model.activity.ActivityType;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.pipeline.Stage;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.spi.DealStatus;
import dev.crmkit.support.CrmFixture;
import dev.crmkit.view.BoardColumn;
import dev.crmkit.view.CurrencyTotal;
import dev.crmkit.view.PipelineBoard;
import dev.crmkit.view.RottingDeal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoardTest {
    private final CrmFixture fx = new CrmFixture();
    private final Pipeline sales = fx.hubspot();

    private Deal deal(String name, String stage, String amount, String currency) {
        return fx.tenant.deals().create(sales.id(), d -> {
            d.name(name).stage(stage).expectedCloseDate(LocalDate.of(2025, 6, 30));
            if (amount != null) {
                d.amount(Money.of(amount, currency));
            }
        });
    }

    @Test
    void boardSumsCountsAmountsAndWeightedAmountsPerStageAndCurrencyInPipelineOrder() {
        deal("A", "appointment-scheduled", "1000.00", "USD");
        deal("B", "appointment-scheduled", "500.00", "EUR");
        deal("C", "appointment-scheduled", null, null);
        deal("D", "decision-maker-bought-in", "2000.00", "USD");
        deal("E", "decision-maker-bought-in", "1000.00", "USD");
        deal("F", "closed-won", "3000.00", "USD");

        PipelineBoard board = fx.tenant.deals().board(sales.id());

        assertThat(board.columns()).extracting(c -> c.stage().key()).isEqualTo(sales.stageKeys());
        BoardColumn first = board.column("appointment-scheduled");
        assertThat(first.count()).isEqualTo(3);
        assertThat(first.dealsWithoutAmount()).isEqualTo(1);
        assertThat(first.totals()).containsExactly(
                new CurrencyTotal(1, Money.of("500.00", "EUR"), Money.of("100.00", "EUR")),
                new CurrencyTotal(1, Money.of("1000.00", "USD"), Money.of("200.00", "USD")));
        assertThat(board.column("decision-maker-bought-in").totals()).containsExactly(
                new CurrencyTotal(2, Money.of("3000.00", "USD"), Money.of("2400.00", "USD")));
        assertThat(board.column("closed-won").totals()).containsExactly(
                new CurrencyTotal(1, Money.of("3000.00", "USD"), Money.of("3000.00", "USD")));
        assertThat(board.column("qualified-to-buy").count()).isZero();
        assertThat(board.toText()).contains("Appointment Scheduled", "1000.00 USD (weighted 200.00 USD)");

        PipelineBoard open = fx.tenant.deals().board(sales.id(), DealStatus.OPEN);
        assertThat(open.column("closed-won").count()).isZero();
        assertThat(open.column("appointment-scheduled").count()).isEqualTo(3);
    }

    @Test
    void rottingDealsFollowTheClockAndActivitiesResetThem() {
        Deal early = deal("Early", "appointment-scheduled", "10.00", "USD");
        Deal late = deal("Late", "decision-maker-bought-in", "10.00", "USD");
        Deal closed = deal("Closed", "closed-won", "10.00", "USD");

        assertThat(fx.tenant.deals().rotting(sales.id())).isEmpty();

        fx.clock.advance(Duration.ofDays(20));
        assertThat(fx.tenant.deals().rotting(sales.id())).extracting(r -> r.deal().id()).containsExactly(late.id());

        fx.clock.advance(Duration.ofDays(11));
        List<RottingDeal> rotting = fx.tenant.deals().rotting(sales.id());
        assertThat(rotting).extracting(r -> r.deal().id()).containsExactlyInAnyOrder(early.id(), late.id());
        assertThat(rotting).extracting(RottingDeal::idleDays).containsOnly(31L);
        assertThat(rotting).extracting(r -> r.deal().id()).doesNotContain(closed.id());

        fx.tenant.activities().log(a -> a.type(ActivityType.CALL).subject("Check-in").occurredAt(fx.clock.instant())
                .deal(early.id()));
        PipelineBoard board = fx.tenant.deals().board(sales.id());
        assertThat(board.column("appointment-scheduled").rottingDeals()).isEmpty();
        assertThat(board.column("decision-maker-bought-in").rottingDeals()).containsExactly(late.id());
        assertThat(board.at()).isEqualTo(fx.clock.instant());
    }

    @Test
    void rottingListIsMostIdleFirst() {
        Deal older = deal("Older", "appointment-scheduled", "10.00", "USD");
        fx.clock.advance(Duration.ofDays(5));
        Deal newer = deal("Newer", "appointment-scheduled", "10.00", "USD");
        fx.clock.advance(Duration.ofDays(40));

        assertThat(fx.tenant.deals().rotting(sales.id())).extracting(r -> r.deal().id())
                .containsExactly(older.id(), newer.id());
        assertThat(fx.tenant.deals().rotting(sales.id())).extracting(RottingDeal::stage)
                .extracting(Stage::key).containsOnly("appointment-scheduled");
    }
}
