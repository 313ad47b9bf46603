package dev.crmkit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.contact.LifecycleStage;
import dev.crmkit.core.testing.Fixtures;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LifecycleTransitionsTest {
    private static final Instant T1 = Fixtures.T0.plusSeconds(86_400);
    private final Contact lead = Fixtures.contact().putLifecycleEnteredAt(LifecycleStage.LEAD, Fixtures.T0).build();

    @Test
    void movingRecordsWhenTheStageWasEntered() {
        Contact customer = LifecycleTransitions.moveTo(lead, LifecycleStage.CUSTOMER, T1);
        assertThat(customer.lifecycleStage()).isEqualTo(LifecycleStage.CUSTOMER);
        assertThat(customer.lifecycleEnteredAt()).containsEntry(LifecycleStage.CUSTOMER, T1)
                .containsEntry(LifecycleStage.LEAD, Fixtures.T0);
        assertThat(customer.updatedAt()).isEqualTo(T1);
    }

    @Test
    void movingToTheCurrentStageChangesNothing() {
        assertThat(LifecycleTransitions.moveTo(lead, LifecycleStage.LEAD, T1)).isSameAs(lead);
    }

    @Test
    void movingMayGoBackButUpdatedAtNeverDoes() {
        Contact later = lead.withUpdatedAt(T1);
        Contact subscriber = LifecycleTransitions.moveTo(later, LifecycleStage.SUBSCRIBER, Fixtures.T0.plusSeconds(5));
        assertThat(subscriber.lifecycleStage()).isEqualTo(LifecycleStage.SUBSCRIBER);
        assertThat(subscriber.updatedAt()).isEqualTo(T1);
    }

    @Test
    void promotingOnlyMovesDownTheFunnel() {
        assertThat(LifecycleTransitions.promote(lead, LifecycleStage.SALES_QUALIFIED, T1).lifecycleStage())
                .isEqualTo(LifecycleStage.SALES_QUALIFIED);
        Contact customer = LifecycleTransitions.moveTo(lead, LifecycleStage.CUSTOMER, T1);
        assertThat(LifecycleTransitions.promote(customer, LifecycleStage.MARKETING_QUALIFIED, T1)).isSameAs(customer);
        assertThat(LifecycleTransitions.promote(customer, LifecycleStage.OTHER, T1)).isSameAs(customer);
        Contact partner = LifecycleTransitions.moveTo(lead, LifecycleStage.OTHER, T1);
        assertThat(LifecycleTransitions.promote(partner, LifecycleStage.CUSTOMER, T1)).isSameAs(partner);
    }
}
