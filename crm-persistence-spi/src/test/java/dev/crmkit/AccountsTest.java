package dev.crmkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.error.NotFoundException;
import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.activity.Activity;
import dev.crmkit.core.model.activity.ActivityType;
import dev.crmkit.core.model.contact.AccountLink;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.shared.AccountId;
import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.event.AccountCreated;
import dev.crmkit.event.AccountDeleted;
import dev.crmkit.spi.AccountQuery;
import dev.crmkit.spi.DuplicateKeyException;
import dev.crmkit.spi.PageRequest;
import dev.crmkit.spi.VersionConflictException;
import dev.crmkit.support.CrmFixture;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AccountsTest {
    private final CrmFixture fx = new CrmFixture();

    @Test
    void createAssignsIdAndTimestampsAndRaisesAnEvent() {
        Account acme = fx.tenant.accounts().create(a -> a.name("Acme").domain("https://www.Acme.example/about"));

        assertThat(acme.domain()).contains("acme.example");
        assertThat(acme.createdAt()).isEqualTo(CrmFixture.START);
        assertThat(acme.version()).isEqualTo(1);
        assertThat(fx.tenant.accounts().get(acme.id())).isEqualTo(acme);
        assertThat(fx.events.of(AccountCreated.class)).singleElement().satisfies(e -> {
            assertThat(e.account()).isEqualTo(acme);
            assertThat(e.tenant()).isEqualTo(fx.tenant.tenantId());
            assertThat(e.at()).isEqualTo(CrmFixture.START);
        });
    }

    @Test
    void createNamesTheMissingOrInvalidField() {
        assertThatThrownBy(() -> fx.tenant.accounts().create(a -> a.domain("acme.example")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> fx.tenant.accounts().create(a -> a.name("Sub").parent(new AccountId(java.util.UUID.randomUUID()))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("parent"));
        assertThatThrownBy(() -> fx.tenant.accounts().create(a -> a.name("V").version(3)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("version"));
    }

    @Test
    void externalIdsAreUnique() {
        fx.tenant.accounts().create(a -> a.name("A").addExternalIds(ExternalId.of("hubspot", "1")));

        assertThatThrownBy(() -> fx.tenant.accounts().create(a -> a.name("B").addExternalIds(ExternalId.of("hubspot", "1"))))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(fx.tenant.accounts().findByExternalId(ExternalId.of("hubspot", "1"))).isPresent();
    }

    @Test
    void updateSetsUpdatedAtAndRejectsParentCycles() {
        Account parent = fx.tenant.accounts().create(a -> a.name("Holding"));
        Account child = fx.tenant.accounts().create(a -> a.name("Child").parent(parent.id()));
        fx.clock.advance(Duration.ofHours(1));

        assertThatThrownBy(() -> fx.tenant.accounts().update(parent.withParent(child.id())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("parent"));
        Account renamed = fx.tenant.accounts().update(parent.withName("Holding AG"));
        assertThat(renamed.updatedAt()).isEqualTo(fx.clock.instant());
        assertThat(renamed.version()).isEqualTo(2);
        assertThatThrownBy(() -> fx.tenant.accounts().update(parent.withName("Stale")))
                .isInstanceOf(VersionConflictException.class);
        assertThatThrownBy(() -> fx.tenant.accounts().update(renamed.withCreatedAt(CrmFixture.START.minusSeconds(60))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("createdAt"));
    }

    @Test
    void deleteKeepsIntegrity() {
        Pipeline sales = fx.hubspot();
        Account acme = fx.tenant.accounts().create(a -> a.name("Acme"));
        Account other = fx.tenant.accounts().create(a -> a.name("Other"));
        Account subsidiary = fx.tenant.accounts().create(a -> a.name("Acme Labs").parent(acme.id()));
        Contact ada = fx.tenant.contacts().create(c -> c.firstName("Ada")
                .addAccounts(AccountLink.of(acme.id(), "CTO"), AccountLink.of(other.id(), "advisor")));
        Deal deal = fx.tenant.deals().create(sales.id(), d -> d.name("Deal").account(acme.id()));
        Activity withContact = fx.tenant.activities().log(a -> a.type(ActivityType.MEETING).subject("Kickoff")
                .occurredAt(CrmFixture.START).account(acme.id()).contact(ada.id()));
        Activity accountOnly = fx.tenant.activities().log(a -> a.type(ActivityType.NOTE).subject("Company note")
                .occurredAt(CrmFixture.START).account(acme.id()));

        fx.tenant.accounts().delete(acme.id(), acme.version());

        assertThat(fx.tenant.accounts().find(acme.id())).isEmpty();
        assertThat(fx.tenant.contacts().get(ada.id()).accounts()).containsExactly(AccountLink.of(other.id(), "advisor"));
        assertThat(fx.tenant.deals().get(deal.id()).account()).isEmpty();
        assertThat(fx.tenant.activities().get(withContact.id()).account()).isEmpty();
        assertThat(fx.tenant.activities().find(accountOnly.id())).isEmpty();
        assertThat(fx.tenant.accounts().get(subsidiary.id()).parent()).isEmpty();
        assertThat(fx.events.names()).last().isEqualTo("AccountDeleted");
        assertThat(fx.events.of(AccountDeleted.class)).singleElement()
                .satisfies(e -> assertThat(e.account()).isEqualTo(acme.id()));
    }

    @Test
    void deleteOfAMissingOrChangedAccountFails() {
        Account acme = fx.tenant.accounts().create(a -> a.name("Acme"));

        assertThatThrownBy(() -> fx.tenant.accounts().delete(acme.id(), 7)).isInstanceOf(VersionConflictException.class);
        fx.tenant.accounts().delete(acme.id(), 1);
        assertThatThrownBy(() -> fx.tenant.accounts().delete(acme.id(), 1)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void findDelegatesToPagedQueries() {
        for (int i = 0; i < 5; i++) {
            int n = i;
            fx.tenant.accounts().create(a -> a.name("Firm " + n));
        }
        var first = fx.tenant.accounts().find(AccountQuery.builder().namePrefix("firm").build(), PageRequest.first(3));
        var second = fx.tenant.accounts().find(AccountQuery.builder().namePrefix("firm").build(), first.nextRequest(3));

        assertThat(first.items()).hasSize(3);
        assertThat(second.items()).hasSize(2);
        assertThat(second.hasNext()).isFalse();
        assertThat(fx.tenant.accounts().count(AccountQuery.all())).isEqualTo(5);
    }
}
