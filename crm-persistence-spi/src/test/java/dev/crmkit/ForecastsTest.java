package dev.crmkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.forecast.Attainment;
import dev.crmkit.core.forecast.Backtest;
import dev.crmkit.core.forecast.BacktestCase;
import dev.crmkit.core.forecast.BacktestReport;
import dev.crmkit.core.forecast.CategoryRollup;
import dev.crmkit.core.forecast.ExchangeRates;
import dev.crmkit.core.forecast.ForecastContext;
import dev.crmkit.core.forecast.ForecastMethod;
import dev.crmkit.core.forecast.MissingExchangeRateException;
import dev.crmkit.core.forecast.Period;
import dev.crmkit.core.forecast.PeriodKind;
import dev.crmkit.core.forecast.PipelineSnapshot;
import dev.crmkit.core.forecast.PredictiveForecast;
import dev.crmkit.core.forecast.PredictiveForecaster;
import dev.crmkit.core.forecast.Quota;
import dev.crmkit.core.forecast.QuotaHolder;
import dev.crmkit.core.forecast.RollupReport;
import dev.crmkit.core.forecast.StageRef;
import dev.crmkit.core.forecast.TeamDirectory;
import dev.crmkit.core.forecast.WeightedPipeline;
import dev.crmkit.core.forecast.WeightedPipelineReport;
import dev.crmkit.core.forecast.WinProbabilityEstimator;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.UserId;
import dev.crmkit.insight.BacktestMethod;
import dev.crmkit.insight.ForecastInputs;
import dev.crmkit.spi.DealQuery;
import dev.crmkit.spi.DealStatus;
import dev.crmkit.support.CrmFixture;
import dev.crmkit.support.StoreReads;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ForecastsTest {
    private static final UserId ALICE = UserId.of("alice");
    private static final UserId BOB = UserId.of("bob");

    private final CrmFixture fx = new CrmFixture();
    private final Pipeline sales = fx.hubspot();
    private final Period q2 = fx.tenant.forecasts().period("2025-Q2");

    private Deal deal(String name, String stage, String amount, LocalDate close, UserId owner) {
        return fx.tenant.deals().create(sales.id(), d -> {
            d.name(name).stage(stage).amount(Money.of(amount, "USD"));
            if (close != null) {
                d.expectedCloseDate(close);
            }
            if (owner != null) {
                d.owner(owner);
            }
        });
    }

    /** Seven deals: two open in Q2, one open in Q3, one undated, one won and one lost in Q2, one won in Q1. */
    private void quarter() {
        deal("a", "appointment-scheduled", "1000.00", LocalDate.of(2025, 5, 10), ALICE);
        deal("b", "decision-maker-bought-in", "2000.00", LocalDate.of(2025, 6, 30), BOB);
        deal("c", "contract-sent", "3000.00", LocalDate.of(2025, 7, 15), ALICE);
        deal("d", "qualified-to-buy", "500.00", null, BOB);
        Deal e = deal("e", "appointment-scheduled", "400.00", LocalDate.of(2025, 4, 2), ALICE);
        Deal f = deal("f", "appointment-scheduled", "700.00", LocalDate.of(2025, 5, 1), BOB);
        Deal g = deal("g", "appointment-scheduled", "900.00", LocalDate.of(2025, 3, 20), ALICE);
        fx.tenant.deals().closeWon(g.id());
        fx.clock.set(Instant.parse("2025-04-15T10:00:00Z"));
        fx.tenant.deals().closeWon(e.id());
        fx.clock.set(Instant.parse("2025-05-20T10:00:00Z"));
        fx.tenant.deals().closeLost(f.id(), "budget");
        fx.clock.set(Instant.parse("2025-06-01T10:00:00Z"));
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    @Test
    void weightedPipelineCountsOpenDealsExpectedToCloseInThePeriodAndEqualsTheCoreFunction() {
        quarter();

        WeightedPipelineReport report = fx.tenant.forecasts().weightedPipeline(q2);

        // a: 1000 x 20 % + b: 2000 x 80 %; c closes in Q3, d is undated, e/f/g are closed
        assertThat(report.weighted()).isEqualTo(usd("1800.00"));
        assertThat(report.openAmount()).isEqualTo(usd("3000.00"));
        assertThat(report.byOwner()).containsExactlyInAnyOrderEntriesOf(Map.of(
                Optional.of(ALICE), usd("200.00"), Optional.of(BOB), usd("1600.00")));
        assertThat(report.byStage()).containsEntry(new StageRef(sales.id(), "decision-maker-bought-in"), usd("1600.00"));
        ForecastContext context = fx.tenant.forecasts().context();
        assertThat(report).isEqualTo(WeightedPipeline.compute(StoreReads.deals(fx.store), q2, context));

        WeightedPipelineReport alice = fx.tenant.forecasts().weightedPipeline(q2, DealQuery.builder().owner(ALICE).build());
        assertThat(alice.weighted()).isEqualTo(usd("200.00"));
    }

    @Test
    void categoryRollupAddsClosedAndLostDealsOfThePeriodAndEqualsTheCoreFunction() {
        quarter();

        RollupReport report = fx.tenant.forecasts().categoryRollup(q2);

        assertThat(report.total().pipeline()).isEqualTo(usd("1000.00"));
        assertThat(report.total().mostLikely()).isEqualTo(usd("2000.00"));
        assertThat(report.total().commit()).isEqualTo(usd("0.00"));
        assertThat(report.total().closed()).isEqualTo(usd("400.00"));
        assertThat(report.total().omitted()).isEqualTo(usd("700.00"));
        assertThat(report.total().mostLikelyForecast()).isEqualTo(usd("2400.00"));
        assertThat(report).isEqualTo(CategoryRollup.rollup(StoreReads.deals(fx.store), q2, fx.tenant.forecasts().context()));
        assertThat(fx.tenant.forecasts().wonValue(q2)).isEqualTo(usd("400.00"));
        assertThat(fx.tenant.forecasts().wonValue(fx.tenant.forecasts().period("2025-Q1"))).isEqualTo(usd("900.00"));

        RollupReport bob = fx.tenant.forecasts().categoryRollup(q2, DealQuery.builder().owner(BOB).build());
        assertThat(bob.total().closed()).isEqualTo(usd("0.00"));
        assertThat(bob.total().omitted()).isEqualTo(usd("700.00"));
        assertThat(bob.total().mostLikely()).isEqualTo(usd("2000.00"));
    }

    @Test
    void quotaAttainmentComparesClosedBusinessWithTheQuota() {
        quarter();

        List<Attainment> attainment = fx.tenant.forecasts().attainment(q2, List.of(
                new Quota(QuotaHolder.owner(ALICE), q2, usd("800.00")),
                new Quota(QuotaHolder.owner(BOB), q2, usd("1000.00"))));

        assertThat(attainment.get(0).closed()).isEqualTo(usd("400.00"));
        assertThat(attainment.get(0).attainment()).contains(new java.math.BigDecimal("0.5000"));
        assertThat(attainment.get(1).closed()).isEqualTo(usd("0.00"));
    }

    @Test
    void aScopeMayNotSetWhatThePeriodDecides() {
        assertThatThrownBy(() -> fx.tenant.forecasts().weightedPipeline(q2, DealQuery.builder().status(DealStatus.OPEN).build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("scope.status"));
        assertThatThrownBy(() -> fx.tenant.forecasts().categoryRollup(q2,
                DealQuery.builder().expectedCloseFrom(LocalDate.of(2025, 1, 1)).build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("scope.expectedCloseFrom"));
    }

    @Test
    void anEmptyTenantReportsZeros() {
        CrmTenant empty = fx.crm.tenant("empty");

        assertThat(empty.forecasts().weightedPipeline(q2).weighted()).isEqualTo(usd("0.00"));
        assertThat(empty.forecasts().categoryRollup(q2).total().closed()).isEqualTo(usd("0.00"));
        assertThatThrownBy(() -> empty.forecasts().predictive(q2, Instant.parse("2025-05-01T00:00:00Z"), 1))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("pipelines"));
    }

    @Test
    void severalCurrenciesNeedAReportingCurrencyAndRates() {
        deal("usd", "appointment-scheduled", "1000.00", LocalDate.of(2025, 5, 10), null);
        fx.tenant.deals().create(sales.id(), d -> d.name("eur").stage("appointment-scheduled")
                .amount(Money.of("1000.00", "EUR")).expectedCloseDate(LocalDate.of(2025, 5, 12)));

        assertThatThrownBy(() -> fx.tenant.forecasts().weightedPipeline(q2))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("reportingCurrency"));

        CrmTenant noRates = Crm.builder().store(fx.store).clock(fx.clock).reportingCurrency("USD").build().defaultTenant();
        assertThatThrownBy(() -> noRates.forecasts().weightedPipeline(q2)).isInstanceOf(MissingExchangeRateException.class);

        CrmTenant withRates = Crm.builder().store(fx.store).clock(fx.clock).reportingCurrency("USD")
                .exchangeRates(ExchangeRates.fixed().rate("EUR", "USD", "1.10").build()).build().defaultTenant();
        // 1000 x 20 % + 1000 x 1.10 x 20 %
        assertThat(withRates.forecasts().weightedPipeline(q2).weighted()).isEqualTo(usd("420.00"));
    }

    @Test
    void theBuilderConfiguresTheCalendarAndTeams() {
        deal("a", "appointment-scheduled", "1000.00", LocalDate.of(2025, 5, 10), ALICE);
        CrmTenant fiscal = Crm.builder().store(fx.store).clock(fx.clock).fiscalYear(Month.APRIL, ZoneId.of("Europe/Berlin"))
                .teams(TeamDirectory.of(Map.of(ALICE, "east"))).build().defaultTenant();

        Period fy = fiscal.forecasts().period("FY2026");
        assertThat(fy.start()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(fiscal.forecasts().currentPeriod(PeriodKind.QUARTER).label()).isEqualTo("FY2025-Q4");
        assertThat(fiscal.forecasts().calendar().zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(fiscal.forecasts().weightedPipeline(fy).byTeam()).containsEntry(Optional.of("east"), usd("200.00"));
        assertThat(fx.tenant.forecasts().calendar().zone()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void predictiveForecastEqualsTheCoreForecastOnTheSameInputs() {
        quarter();
        Instant asOf = Instant.parse("2025-05-01T00:00:00Z");

        PredictiveForecast viaFacade = fx.tenant.forecasts().predictive(q2, asOf, 42L);

        PredictiveForecast core = PredictiveForecaster.builder().context(fx.tenant.forecasts().context()).seed(42L).build()
                .forecast(StoreReads.replay(fx.store), asOf, q2);
        assertThat(viaFacade).isEqualTo(core);
        assertThat(viaFacade.closedWonSoFar()).isEqualTo(usd("400.00"));
        // a, b, c, d and f were open on May 1st
        assertThat(viaFacade.openDeals()).hasSize(5);
    }

    @Test
    void predictiveForecastTakesAnEstimator() {
        quarter();
        Instant asOf = Instant.parse("2025-05-01T00:00:00Z");

        PredictiveForecast half = fx.tenant.forecasts().predictive(q2, asOf, 7L, WinProbabilityEstimator.perDeal("half", d -> 0.5));

        assertThat(half.method()).isEqualTo("half");
        // (1000 + 2000 + 3000 + 500 + 700) / 2
        assertThat(half.openExpected()).isEqualTo(usd("3600.00"));
    }

    @Test
    void asOfReplayRebuildsThePipelineAsItStood() {
        quarter();

        PipelineSnapshot snapshot = fx.tenant.forecasts().asOf(Instant.parse("2025-04-20T00:00:00Z"));

        assertThat(snapshot).isEqualTo(StoreReads.replay(fx.store).snapshot(Instant.parse("2025-04-20T00:00:00Z")));
        Map<String, Deal> byName = new java.util.HashMap<>();
        snapshot.deals().forEach(d -> byName.put(d.name(), d));
        assertThat(byName).hasSize(7);
        assertThat(byName.get("e").stage()).isEqualTo("closed-won");
        assertThat(byName.get("f").stage()).isEqualTo("appointment-scheduled");
        assertThat(byName.get("f").closedAt()).isEmpty();
    }

    @Test
    void backtestEqualsTheCoreBacktest() {
        quarter();
        List<Instant> asOf = List.of(Instant.parse("2025-04-10T00:00:00Z"), Instant.parse("2025-05-01T00:00:00Z"));
        List<Period> periods = List.of(q2, q2);

        BacktestReport report = fx.tenant.forecasts().backtest(asOf, periods, 3L, BacktestMethod.WEIGHTED, BacktestMethod.NAIVE);

        ForecastContext context = fx.tenant.forecasts().context();
        BacktestReport core = Backtest.run(StoreReads.replay(fx.store),
                List.of(new BacktestCase(asOf.get(0), q2), new BacktestCase(asOf.get(1), q2)),
                List.of(ForecastMethod.weighted(context), ForecastMethod.naive(context)), context);
        assertThat(report).isEqualTo(core);
        assertThat(report.rows()).hasSize(4);
        assertThat(fx.tenant.forecasts().backtest(List.of(new BacktestCase(asOf.get(1), q2)), 3L).rows()).hasSize(4);
        assertThatThrownBy(() -> fx.tenant.forecasts().backtest(asOf, List.of(q2), 3L))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("periods"));
    }

    @Test
    void inputsHoldEveryDealWithItsHistory() {
        quarter();

        ForecastInputs inputs = fx.tenant.forecasts().inputs();

        assertThat(inputs.deals()).hasSize(7);
        assertThat(inputs.pipelines()).containsExactly(sales);
        // 7 creations, 3 closes
        assertThat(inputs.history()).hasSize(10);
        assertThat(fx.tenant.forecasts().inputs(DealQuery.builder().owner(BOB).build()).deals()).extracting(Deal::name)
                .containsExactly("b", "d", "f");
    }
}
