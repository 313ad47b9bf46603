package dev.crmkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.forecast.Period;
import dev.crmkit.core.model.activity.ActivityType;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.shared.DealId;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.insight.CohortQuery;
import dev.crmkit.insight.ForecastInputs;
import dev.crmkit.support.CountingStore;
import dev.crmkit.support.CrmFixture;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Forecasts, analytics and scoring read a bounded number of times however many records there are: no N+1. */
class InsightCallCountTest {
    private final CrmFixture fx = new CrmFixture(CountingStore::new);
    private final CountingStore counting = (CountingStore) fx.store;

    /** 3,000 deals, one in three moved on and every tenth closed a week later: 3,000 + 1,000 + 300 history entries. */
    private void deals() {
        Pipeline sales = fx.hubspot();
        List<DealId> everyTenth = new ArrayList<>();
        fx.tenant.run(tx -> {
            for (int i = 0; i < 3000; i++) {
                int n = i;
                Deal deal = tx.deals().create(sales.id(), d -> d.name("deal " + n).amount(Money.of("100.00", "USD"))
                        .expectedCloseDate(LocalDate.of(2025, 4 + n % 3, 10)));
                if (n % 3 == 0) {
                    tx.deals().move(deal.id(), "qualified-to-buy");
                }
                if (n % 10 == 0) {
                    everyTenth.add(deal.id());
                }
            }
        });
        fx.clock.advance(Duration.ofDays(7));
        fx.tenant.run(tx -> everyTenth.forEach(id -> tx.deals().closeWon(id)));
        counting.reset();
    }

    @Test
    void loadingForecastInputsOf3000DealsTakesOneHistoryReadPerPage() {
        deals();

        ForecastInputs inputs = fx.tenant.forecasts().inputs();

        assertThat(inputs.deals()).hasSize(3000);
        assertThat(inputs.history()).hasSize(4300);
        assertThat(counting.calls("StageHistoryRepository.forDeals")).isEqualTo(3);
        assertThat(counting.calls("StageHistoryRepository.forDeal")).isZero();
        assertThat(counting.calls("DealRepository.find")).isEqualTo(3);
        assertThat(counting.calls("PipelineRepository.findAll")).isEqualTo(1);
        assertThat(counting.total()).as(counting.snapshot().toString()).isEqualTo(7);
    }

    @Test
    void periodReportsPredictiveForecastsAndAnalyticsReadABoundedNumberOfTimes() {
        deals();
        Period q2 = fx.tenant.forecasts().period("2025-Q2");

        assertThat(fx.tenant.forecasts().weightedPipeline(q2).lines()).hasSize(2700);
        assertThat(counting.total()).as(counting.snapshot().toString()).isLessThanOrEqualTo(6);

        counting.reset();
        assertThat(fx.tenant.forecasts().categoryRollup(fx.tenant.forecasts().period("2025-Q1")).total().closed())
                .isEqualTo(Money.of("30000.00", "USD"));
        // 4,300 history entries in Q1: 5 pages; 300 closed deals read in one batch
        assertThat(counting.calls("DealRepository.findAll")).isEqualTo(1);
        assertThat(counting.total()).as(counting.snapshot().toString()).isLessThanOrEqualTo(14);

        counting.reset();
        fx.tenant.forecasts().predictive(q2, fx.clock.instant(), 1L);
        assertThat(counting.total()).as(counting.snapshot().toString()).isLessThanOrEqualTo(10);

        counting.reset();
        assertThat(fx.tenant.analytics().report(CohortQuery.all()).deals()).isEqualTo(3000);
        assertThat(counting.total()).as(counting.snapshot().toString()).isLessThanOrEqualTo(10);
    }

    @Test
    void scoringPagesContactsAndReadsActivitiesPerThousandContacts() {
        fx.tenant.run(tx -> {
            for (int i = 0; i < 2500; i++) {
                int n = i;
                Contact contact = tx.contacts().create(c -> c.firstName("c" + n));
                tx.activities().log(a -> a.type(ActivityType.MEETING).subject("m").occurredAt(Instant.parse("2025-03-01T00:00:00Z"))
                        .contact(contact.id()));
            }
        });
        counting.reset();

        assertThat(fx.tenant.scoring().topLeads(ScoringTest.MODEL, 5)).hasSize(5);

        assertThat(counting.calls("ContactRepository.find")).isEqualTo(3);
        // one activity query per 1,000 contacts, each at most two pages of 1,000 activities
        assertThat(counting.calls("ActivityRepository.find")).isBetween(3L, 6L);
        assertThat(counting.calls("ContactRepository.get")).isZero();
        assertThat(counting.total()).as(counting.snapshot().toString()).isLessThanOrEqualTo(10);

        counting.reset();
        assertThat(fx.tenant.scoring().applyThresholds(ScoringTest.MODEL).scored()).isEqualTo(2500);
        assertThat(counting.total()).as(counting.snapshot().toString()).isLessThanOrEqualTo(10);
    }
}
