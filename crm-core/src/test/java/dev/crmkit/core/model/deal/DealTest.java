package dev.crmkit.core.model.deal;

import static dev.crmkit.core.testing.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.Percentage;
import dev.crmkit.core.model.shared.PropertyValue;
import dev.crmkit.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

class DealTest {

    @Test
    void buildsAndTrimsTextFields() {
        Deal deal = Fixtures.deal().name("  Big deal ").lostReason(" Price ").source(" Web ").build();
        assertThat(deal.name()).isEqualTo("Big deal");
        assertThat(deal.lostReason()).contains("Price");
        assertThat(deal.source()).contains("Web");
        assertThat(deal.version()).isZero();
        assertThat(deal.updatedAt()).isEqualTo(deal.createdAt());
    }

    @Test
    void rejectsInvalidFields() {
        assertRejected("name", () -> Fixtures.deal().name(" \t ").build());
        assertRejected("name", () -> Fixtures.deal().name("n".repeat(256)).build());
        assertRejected("stage", () -> Fixtures.deal().stage(" ").build());
        assertRejected("amount", () -> Fixtures.deal().amount(Money.of("-1", "EUR")).build());
        assertRejected("contacts", () -> Fixtures.deal().addContacts(DealContact.of(Fixtures.contactId(1), "champion"),
                DealContact.of(Fixtures.contactId(1), "decision maker")).build());
        assertRejected("closedAt", () -> Fixtures.deal().closedAt(Fixtures.T0.minusSeconds(1)).build());
        assertRejected("lostReason", () -> Fixtures.deal().lostReason(" ").build());
        assertRejected("lostReason", () -> Fixtures.deal().lostReason("r".repeat(501)).build());
        assertRejected("source", () -> Fixtures.deal().source("").build());
        assertRejected("externalIds", () -> Fixtures.deal()
                .addExternalIds(ExternalId.of("crm", "1"), ExternalId.of("crm", "2")).build());
        assertRejected("properties.Seats", () -> Fixtures.deal().putProperties("Seats", PropertyValue.bool(true)).build());
        assertRejected("version", () -> Fixtures.deal().version(-1).build());
        assertRejected("updatedAt", () -> Fixtures.deal().updatedAt(Fixtures.T0.minusSeconds(1)).build());
        assertRejected("percentage", () -> Fixtures.deal().probabilityOverride(Percentage.of(101)).build());
        assertRejected("pipeline", () -> Deal.builder().id(Fixtures.dealId(1)).name("x").stage("a")
                .stageEnteredAt(Fixtures.T0).createdAt(Fixtures.T0).build());
    }

    @Test
    void zeroAmountIsAllowedOnADeal() {
        assertThat(Fixtures.deal().amount(Money.of("0", "EUR")).build().amount()).contains(Money.of("0.00", "EUR"));
    }

    @Test
    void dealContactsNeedAContactAndARole() {
        assertThat(DealContact.of(Fixtures.contactId(1), " champion ").role()).isEqualTo("champion");
        assertRejected("contacts.role", () -> DealContact.of(Fixtures.contactId(1), ""));
        assertRejected("contacts.contact", () -> DealContact.of(null, "champion"));
    }

    @Test
    void lastTouchIsTheLaterOfStageEntryAndActivity() {
        Deal deal = Fixtures.deal().build();
        assertThat(deal.lastTouchedAt()).isEqualTo(Fixtures.T0);
        assertThat(Deal.copyOf(deal).withLastActivityAt(Fixtures.T0.plusSeconds(60)).lastTouchedAt())
                .isEqualTo(Fixtures.T0.plusSeconds(60));
        assertThat(Deal.copyOf(deal).withLastActivityAt(Fixtures.T0.minusSeconds(60)).lastTouchedAt()).isEqualTo(Fixtures.T0);
    }

    @Test
    void knowsItsContacts() {
        Deal deal = Fixtures.deal().addContacts(DealContact.of(Fixtures.contactId(3), "champion")).build();
        assertThat(deal.hasContact(Fixtures.contactId(3))).isTrue();
        assertThat(deal.hasContact(Fixtures.contactId(4))).isFalse();
    }
}
