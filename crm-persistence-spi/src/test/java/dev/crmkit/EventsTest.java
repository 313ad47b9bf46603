package dev.crmkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.error.RuleViolationException;
import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.event.AccountCreated;
import dev.crmkit.event.CrmEvent;
import dev.crmkit.spi.AccountQuery;
import dev.crmkit.spi.CrmStorageException;
import dev.crmkit.support.CrmFixture;
import dev.crmkit.support.FlakyStore;
import dev.crmkit.support.RecordingListener;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class EventsTest {

    @Test
    void eventsOfATransactionArriveAfterCommitInTheOrderTheyWereRaised() {
        CrmFixture fx = new CrmFixture();
        Pipeline sales = fx.hubspot();
        fx.events.clear();
        List<Integer> seenInside = new ArrayList<>();

        Deal deal = fx.tenant.inTransaction(tx -> {
            Account acme = tx.accounts().create(a -> a.name("Acme"));
            Deal created = tx.deals().create(sales.id(), d -> d.name("Deal").account(acme.id()));
            tx.deals().move(created.id(), "qualified-to-buy");
            seenInside.add(fx.events.events().size());
            return created;
        });

        assertThat(seenInside).containsExactly(0);
        assertThat(fx.events.names()).containsExactly("AccountCreated", "DealCreated", "DealStageChanged");
        assertThat(fx.tenant.deals().get(deal.id()).stage()).isEqualTo("qualified-to-buy");
    }

    @Test
    void aRolledBackTransactionPublishesNothingAndKeepsNothing() {
        CrmFixture fx = new CrmFixture();

        assertThatThrownBy(() -> fx.tenant.run(tx -> {
            tx.accounts().create(a -> a.name("Acme"));
            tx.contacts().create(c -> c.firstName("Ada"));
            throw new IllegalStateException("host changed its mind");
        })).isInstanceOf(IllegalStateException.class).hasMessage("host changed its mind");

        assertThat(fx.events.events()).isEmpty();
        assertThat(fx.tenant.accounts().count(AccountQuery.all())).isZero();
    }

    @Test
    void aFailedUseCasePublishesNothing() {
        CrmFixture fx = new CrmFixture();
        Pipeline sales = fx.hubspot();
        Deal deal = fx.tenant.deals().create(sales.id(), d -> d.name("Deal"));
        fx.events.clear();

        assertThatThrownBy(() -> fx.tenant.deals().closeWon(deal.id())).isInstanceOf(RuleViolationException.class);

        assertThat(fx.events.events()).isEmpty();
    }

    @Test
    void aFailedCommitPublishesNothing() {
        CrmFixture fx = new CrmFixture(store -> new FlakyStore(store, 1, () -> new CrmStorageException("commit failed", true)));

        assertThatThrownBy(() -> fx.tenant.accounts().create(a -> a.name("Acme"))).isInstanceOf(CrmStorageException.class);
        assertThat(fx.events.events()).isEmpty();

        fx.tenant.accounts().create(a -> a.name("Acme"));
        assertThat(fx.events.names()).containsExactly("AccountCreated");
    }

    @Test
    void aFailingListenerDoesNotUndoTheCommitNorSilenceOtherListeners() {
        CrmFixture fx = new CrmFixture();
        RecordingListener after = new RecordingListener();
        List<CrmEvent> seenByFailing = new ArrayList<>();
        fx.crm.addListener(event -> {
            seenByFailing.add(event);
            throw new IllegalStateException("listener bug");
        });
        fx.crm.addListener(after);

        Account acme = fx.tenant.inTransaction(tx -> {
            tx.contacts().create(c -> c.firstName("Ada"));
            return tx.accounts().create(a -> a.name("Acme"));
        });

        assertThat(fx.tenant.accounts().find(acme.id())).isPresent();
        assertThat(seenByFailing).hasSize(2);
        assertThat(after.names()).containsExactly("ContactCreated", "AccountCreated");
        assertThat(fx.events.names()).containsExactly("ContactCreated", "AccountCreated");
    }

    @Test
    void aListenerCanUseTheFacadeInANewTransaction() {
        CrmFixture fx = new CrmFixture();
        fx.crm.addListener(event -> {
            if (event instanceof AccountCreated created && created.account().name().equals("Acme")) {
                fx.tenant.contacts().create(c -> c.firstName("Welcome").lastName("Bot"));
            }
        });

        fx.tenant.accounts().create(a -> a.name("Acme"));

        assertThat(fx.events.names()).containsExactly("AccountCreated", "ContactCreated");
    }

    @Test
    void removedListenersReceiveNothing() {
        CrmFixture fx = new CrmFixture();
        assertThat(fx.crm.removeListener(fx.events)).isTrue();

        fx.tenant.accounts().create(a -> a.name("Acme"));

        assertThat(fx.events.events()).isEmpty();
    }

    @Test
    void aTransactionCannotBeUsedAfterItEnded() {
        CrmFixture fx = new CrmFixture();
        AtomicReference<CrmTransaction> escaped = new AtomicReference<>();
        fx.tenant.run(escaped::set);

        assertThatThrownBy(() -> escaped.get().accounts().create(a -> a.name("Late")))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> escaped.get().unitOfWork()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void eventsCarryTheTenantAndTheClockMoment() {
        CrmFixture fx = new CrmFixture();
        fx.crm.tenant("other-tenant").accounts().create(a -> a.name("Elsewhere"));

        assertThat(fx.events.of(AccountCreated.class)).singleElement().satisfies(e -> {
            assertThat(e.tenant().value()).isEqualTo("other-tenant");
            assertThat(e.at()).isEqualTo(CrmFixture.START);
        });
        assertThat(fx.tenant.accounts().count(AccountQuery.all())).isZero();
    }
}
