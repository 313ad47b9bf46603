package dev.crmkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.activity.Activity;
import dev.crmkit.core.model.activity.ActivityType;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.contact.LifecycleStage;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.DealContact;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.shared.EmailAddress;
import dev.crmkit.core.model.shared.PhoneNumber;
import dev.crmkit.event.ContactLifecycleChanged;
import dev.crmkit.spi.DuplicateKeyException;
import dev.crmkit.spi.PageRequest;
import dev.crmkit.support.CrmFixture;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ContactsTest {
    private final CrmFixture fx = new CrmFixture();

    @Test
    void createRecordsWhenTheLifecycleStageWasEntered() {
        Contact ada = fx.tenant.contacts().create(c -> c.firstName("Ada").lifecycleStage(LifecycleStage.MARKETING_QUALIFIED));

        assertThat(ada.lifecycleEnteredAt()).containsEntry(LifecycleStage.MARKETING_QUALIFIED, CrmFixture.START);
    }

    @Test
    void primaryEmailIsUniqueIgnoringCase() {
        fx.tenant.contacts().create(c -> c.primaryEmail(EmailAddress.of("ada@example.com")));

        assertThatThrownBy(() -> fx.tenant.contacts().create(c -> c.primaryEmail(EmailAddress.of("ADA@example.com"))))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(fx.tenant.contacts().findByPrimaryEmail(EmailAddress.of("Ada@Example.com"))).isPresent();
    }

    @Test
    void aContactNeedsANameOrEmail() {
        assertThatThrownBy(() -> fx.tenant.contacts().create(c -> c.title("CTO")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("name"));
    }

    @Test
    void findByPhoneUsesTheDefaultRegion() {
        Contact ada = fx.tenant.contacts().create(c -> c.firstName("Ada").addPhones(PhoneNumber.of("+14155550123")));

        assertThat(fx.tenant.contacts().findByPhone("(415) 555-0123", PageRequest.first(10)).items()).containsExactly(ada);
        assertThat(fx.crm.parsePhone("415.555.0123")).isEqualTo(PhoneNumber.of("+14155550123"));
    }

    @Test
    void lifecycleSuggestionsPromoteButNeverDemote() {
        Contact ada = fx.tenant.contacts().create(c -> c.firstName("Ada"));
        fx.clock.advance(Duration.ofDays(1));

        Contact promoted = fx.tenant.contacts().applyLifecycleSuggestion(ada.id(), LifecycleStage.SALES_QUALIFIED);
        Contact unchanged = fx.tenant.contacts().applyLifecycleSuggestion(ada.id(), LifecycleStage.MARKETING_QUALIFIED);

        assertThat(promoted.lifecycleStage()).isEqualTo(LifecycleStage.SALES_QUALIFIED);
        assertThat(promoted.lifecycleEnteredAt()).containsEntry(LifecycleStage.SALES_QUALIFIED, fx.clock.instant());
        assertThat(unchanged).isEqualTo(promoted);
        assertThat(fx.events.of(ContactLifecycleChanged.class)).singleElement().satisfies(e -> {
            assertThat(e.from()).isEqualTo(LifecycleStage.LEAD);
            assertThat(e.to()).isEqualTo(LifecycleStage.SALES_QUALIFIED);
            assertThat(e.contact()).isEqualTo(ada.id());
        });
    }

    @Test
    void updateOfTheLifecycleStageRaisesTheLifecycleEvent() {
        Contact ada = fx.tenant.contacts().create(c -> c.firstName("Ada"));

        Contact customer = fx.tenant.contacts().update(ada.withLifecycleStage(LifecycleStage.CUSTOMER));

        assertThat(customer.lifecycleEnteredAt()).containsKey(LifecycleStage.CUSTOMER);
        assertThat(fx.events.names()).endsWith("ContactUpdated", "ContactLifecycleChanged");
        Contact back = fx.tenant.contacts().changeLifecycleStage(ada.id(), LifecycleStage.LEAD);
        assertThat(back.lifecycleStage()).isEqualTo(LifecycleStage.LEAD);
    }

    @Test
    void deleteRemovesTheContactFromDealsAndActivities() {
        Pipeline sales = fx.hubspot();
        Contact ada = fx.tenant.contacts().create(c -> c.firstName("Ada"));
        Contact bob = fx.tenant.contacts().create(c -> c.firstName("Bob"));
        Deal deal = fx.tenant.deals().create(sales.id(), d -> d.name("Deal")
                .addContacts(DealContact.of(ada.id(), "champion"), DealContact.of(bob.id(), "buyer")));
        Activity onlyAda = fx.tenant.activities().log(a -> a.type(ActivityType.CALL).subject("Call Ada")
                .occurredAt(CrmFixture.START).contact(ada.id()));
        Activity adaAndDeal = fx.tenant.activities().log(a -> a.type(ActivityType.EMAIL).subject("Email")
                .occurredAt(CrmFixture.START).contact(ada.id()).deal(deal.id()));

        fx.tenant.contacts().delete(ada.id(), ada.version());

        assertThat(fx.tenant.deals().get(deal.id()).contacts()).containsExactly(DealContact.of(bob.id(), "buyer"));
        assertThat(fx.tenant.activities().find(onlyAda.id())).isEmpty();
        assertThat(fx.tenant.activities().get(adaAndDeal.id()).contact()).isEmpty();
        assertThat(fx.events.names()).last().isEqualTo("ContactDeleted");
    }
}
