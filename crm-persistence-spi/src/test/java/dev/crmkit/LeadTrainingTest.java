package dev.crmkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.forecast.OpenDealForecast;
import dev.crmkit.core.forecast.PredictiveForecast;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.contact.LifecycleStage;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.DealContact;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.ObjectType;
import dev.crmkit.core.model.shared.PropertyType;
import dev.crmkit.core.model.shared.PropertyValue;
import dev.crmkit.core.scoring.predictive.FeatureSpec;
import dev.crmkit.core.scoring.predictive.LeadScoringModel;
import dev.crmkit.core.scoring.predictive.LogisticRegressionSettings;
import dev.crmkit.core.scoring.predictive.NumericFeature;
import dev.crmkit.core.scoring.predictive.WinProbabilityModel;
import dev.crmkit.core.tabular.TabularRecord;
import dev.crmkit.insight.LeadColumns;
import dev.crmkit.insight.LeadLabelling;
import dev.crmkit.insight.LeadPrediction;
import dev.crmkit.support.CrmFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LeadTrainingTest {
    private static final FeatureSpec SPEC = FeatureSpec.builder()
            .label(LeadColumns.CONVERTED, "true")
            .categorical(LeadColumns.property("segment"), LeadColumns.LEAD_SOURCE)
            .numeric(NumericFeature.of(LeadColumns.ACTIVITIES_TOTAL))
            .build();

    private final CrmFixture fx = new CrmFixture();
    private final List<Contact> openEnterprise = new ArrayList<>();
    private final List<Contact> openSmb = new ArrayList<>();

    private Contact contact(String name, String segment, LifecycleStage stage) {
        return fx.tenant.contacts().create(c -> c.firstName(name).leadSource("web").lifecycleStage(stage)
                .putProperties("segment", new PropertyValue.Text(segment)));
    }

    /**
     * 200 contacts with an outcome, created 200 days before training: 80 of 100 enterprise contacts and 20 of
     * 100 small-business contacts became customers; then 10 open leads of each segment, created recently.
     */
    private void tenant() {
        fx.tenant.propertyDefinitions().define(d -> d.objectType(ObjectType.CONTACT).key("segment").label("Segment")
                .type(PropertyType.STRING));
        for (int i = 0; i < 200; i++) {
            boolean enterprise = i % 2 == 0;
            boolean converted = enterprise ? i % 10 != 0 : i % 10 == 1;
            contact("c" + i, enterprise ? "enterprise" : "smb", converted ? LifecycleStage.CUSTOMER : LifecycleStage.LEAD);
        }
        fx.clock.advance(Duration.ofDays(200));
        for (int i = 0; i < 10; i++) {
            openEnterprise.add(contact("e" + i, "enterprise", LifecycleStage.MARKETING_QUALIFIED));
            openSmb.add(contact("s" + i, "smb", LifecycleStage.MARKETING_QUALIFIED));
        }
    }

    @Test
    void trainingLearnsFromContactsWithAKnownOutcomeDeterministically() {
        tenant();

        List<TabularRecord> records = fx.tenant.scoring().leadRecords(LeadLabelling.defaults());
        assertThat(records).hasSize(200);
        assertThat(records.stream().filter(r -> r.get(LeadColumns.CONVERTED).equals("true"))).hasSize(100);
        assertThat(records.get(0).columns()).contains(LeadColumns.property("segment"), LeadColumns.ACCOUNT_INDUSTRY,
                LeadColumns.activityCount(dev.crmkit.core.model.activity.ActivityType.MEETING)).doesNotContain("lifecycleStage");

        LeadScoringModel model = fx.tenant.scoring().trainLeadModel(SPEC, LogisticRegressionSettings.defaults());
        LeadScoringModel again = fx.tenant.scoring().trainLeadModel(SPEC, LogisticRegressionSettings.defaults());
        assertThat(again).isEqualTo(model);
        assertThat(again.toJson()).isEqualTo(model.toJson());
        assertThat(model.metadata().trainingRows()).isEqualTo(200);
        assertThat(model.metadata().trainingPositives()).isEqualTo(100);

        LeadPrediction enterprise = fx.tenant.scoring().predictLead(openEnterprise.get(0).id(), model);
        LeadPrediction smb = fx.tenant.scoring().predictLead(openSmb.get(0).id(), model);
        assertThat(enterprise.probability()).isBetween(0.7, 0.85);
        assertThat(smb.probability()).isBetween(0.15, 0.3);
        assertThat(enterprise.explanation().positive()).extracting(c -> c.feature())
                .contains(LeadColumns.property("segment") + "=enterprise");
    }

    @Test
    void predictLeadsRanksOpenLeadsOnly() {
        tenant();
        LeadScoringModel model = fx.tenant.scoring().trainLeadModel(SPEC, LogisticRegressionSettings.defaults());

        List<LeadPrediction> top = fx.tenant.scoring().predictLeads(model, 30);

        // the 10 open enterprise leads and the 20 old enterprise leads that have not converted (yet)
        assertThat(top).extracting(p -> p.contact().properties().get("segment").asText()).containsOnly("enterprise");
        assertThat(top).extracting(p -> p.contact().id()).containsAll(openEnterprise.stream().map(Contact::id).toList());
        // old leads that did not convert are still leads; customers are not
        List<LeadPrediction> all = fx.tenant.scoring().predictLeads(model, 1000);
        assertThat(all).hasSize(20 + 100); // 20 open, 20 old enterprise and 80 old small-business leads
        assertThat(all).allSatisfy(p -> assertThat(p.contact().lifecycleStage()).isNotEqualTo(LifecycleStage.CUSTOMER));
        assertThat(all).extracting(LeadPrediction::probability).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void labellingCountsWonDealsAndDisqualifiedContacts() {
        Pipeline sales = fx.hubspot();
        Contact buyer = fx.tenant.contacts().create(c -> c.firstName("Buyer"));
        Contact gone = fx.tenant.contacts().create(c -> c.firstName("Gone").lifecycleStage(LifecycleStage.OTHER));
        fx.tenant.contacts().create(c -> c.firstName("Fresh"));
        Deal deal = fx.tenant.deals().create(sales.id(), d -> d.name("Deal").amount(Money.of("10.00", "USD"))
                .addContacts(DealContact.of(buyer.id(), "buyer")));
        fx.tenant.deals().closeWon(deal.id());

        List<TabularRecord> records = fx.tenant.scoring().leadRecords(new LeadLabelling(30));

        // the buyer is on a won deal, "Gone" is disqualified, "Fresh" has had less than 30 days to convert
        assertThat(records).extracting(r -> r.get(LeadColumns.CONVERTED)).containsExactly("true", "false");
        assertThat(buyer.lifecycleStage()).isEqualTo(LifecycleStage.LEAD);
        assertThat(gone.lifecycleStage()).isEqualTo(LifecycleStage.OTHER);
        assertThatThrownBy(() -> new LeadLabelling(0)).isInstanceOf(ValidationException.class);
    }

    @Test
    void theSpecMustLabelTheConvertedColumn() {
        FeatureSpec wrong = FeatureSpec.builder().label("won", "true").categorical(LeadColumns.LEAD_SOURCE).build();

        assertThatThrownBy(() -> fx.tenant.scoring().trainLeadModel(wrong, LogisticRegressionSettings.defaults()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("spec.label"));
    }

    @Test
    void aDealModelLearnsFromClosedDealsAndDrivesThePredictiveForecast() {
        Pipeline sales = fx.hubspot();
        Instant created = fx.clock.instant();
        List<Deal> deals = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            String source = i % 2 == 0 ? "referral" : "cold";
            deals.add(fx.tenant.deals().create(sales.id(), d -> d.name("d").source(source).amount(Money.of("1000.00", "USD"))));
        }
        fx.clock.advance(Duration.ofDays(10));
        for (int i = 0; i < deals.size(); i++) {
            boolean referral = i % 2 == 0;
            boolean won = referral ? i % 10 != 0 : i % 10 == 1;
            if (won) {
                fx.tenant.deals().closeWon(deals.get(i).id());
            } else {
                fx.tenant.deals().closeLost(deals.get(i).id(), "no");
            }
        }
        fx.clock.advance(Duration.ofDays(1));
        Deal hot = fx.tenant.deals().create(sales.id(), d -> d.name("hot").source("referral").amount(Money.of("1000.00", "USD"))
                .expectedCloseDate(java.time.LocalDate.of(2025, 3, 31)));
        Deal cold = fx.tenant.deals().create(sales.id(), d -> d.name("cold").source("cold").amount(Money.of("1000.00", "USD"))
                .expectedCloseDate(java.time.LocalDate.of(2025, 3, 31)));

        List<Map<String, String>> rows = fx.tenant.scoring().dealRecords();
        assertThat(rows).hasSize(80);
        assertThat(rows.get(0)).containsEntry(WinProbabilityModel.STAGE, "appointment-scheduled")
                .containsEntry(WinProbabilityModel.DAYS_IN_STAGE, "10").containsEntry(WinProbabilityModel.AMOUNT, "1000.00")
                .containsEntry(WinProbabilityModel.SOURCE, "referral").containsEntry(WinProbabilityModel.WON, "false");
        assertThat(fx.tenant.scoring().dealRecords(created.plus(Duration.ofDays(1)))).isEmpty();
        assertThatThrownBy(() -> fx.tenant.scoring().trainDealModel(LogisticRegressionSettings.defaults(), created))
                .isInstanceOf(ValidationException.class);

        WinProbabilityModel model = fx.tenant.scoring().trainDealModel(LogisticRegressionSettings.defaults());
        assertThat(fx.tenant.scoring().trainDealModel(LogisticRegressionSettings.defaults())).isEqualTo(model);

        PredictiveForecast forecast = fx.tenant.forecasts().predictive(fx.tenant.forecasts().period("2025-Q1"),
                fx.clock.instant(), 5L, fx.tenant.scoring().dealEstimator(model));
        assertThat(forecast.method()).isEqualTo("deal model win-probability@1");
        Map<Object, Double> p = new HashMap<>();
        forecast.openDeals().forEach(o -> p.put(o.deal(), o.probability()));
        assertThat(forecast.openDeals()).extracting(OpenDealForecast::deal).containsExactlyInAnyOrder(hot.id(), cold.id());
        assertThat(p.get(hot.id())).isGreaterThan(0.6);
        assertThat(p.get(cold.id())).isLessThan(0.4);
    }
}
