package dev.crmkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.shared.TenantId;
import dev.crmkit.spi.AccountQuery;
import dev.crmkit.spi.memory.InMemoryCrmStore;
import dev.crmkit.support.CrmFixture;
import dev.crmkit.support.SequentialIds;
import dev.crmkit.support.TestClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CrmBuilderTest {

    @Test
    void aStoreIsRequired() {
        assertThatThrownBy(() -> Crm.builder().build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("store"));
    }

    @Test
    void defaultsAreTheSystemClockAndTimeOrderedUuids() {
        Crm crm = Crm.builder().store(new InMemoryCrmStore()).build();

        Account first = crm.defaultTenant().accounts().create(a -> a.name("First"));
        Account second = crm.defaultTenant().accounts().create(a -> a.name("Second"));

        assertThat(first.id().value().version()).isEqualTo(7);
        assertThat(second.id().value().compareTo(first.id().value())).isPositive();
        assertThat(crm.defaultTenant().tenantId()).isEqualTo(TenantId.DEFAULT);
    }

    @Test
    void theInjectedClockAndIdGeneratorStampEveryRecord() {
        TestClock clock = new TestClock(Instant.parse("2030-01-01T00:00:00Z"));
        SequentialIds ids = new SequentialIds();
        Crm crm = Crm.builder().store(new InMemoryCrmStore()).clock(clock).idGenerator(ids).build();

        Account acme = crm.defaultTenant().accounts().create(a -> a.name("Acme"));
        clock.advance(Duration.ofMinutes(3));
        Account renamed = crm.defaultTenant().accounts().update(acme.withName("Acme AG"));

        assertThat(acme.id().value()).isEqualTo(SequentialIds.nth(1));
        assertThat(acme.createdAt()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
        assertThat(renamed.updatedAt()).isEqualTo(Instant.parse("2030-01-01T00:03:00Z"));
        assertThat(crm.clock()).isSameAs(clock);
    }

    @Test
    void phoneNumbersWithoutCountryCodeNeedADefaultRegion() {
        Crm withoutRegion = Crm.builder().store(new InMemoryCrmStore()).build();

        assertThatThrownBy(() -> withoutRegion.parsePhone("(415) 555-0123"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("phone"));
        assertThat(withoutRegion.parsePhone("+44 20 7946 0958").e164()).isEqualTo("+442079460958");
        assertThat(Crm.builder().store(new InMemoryCrmStore()).defaultRegion("gb").build().parsePhone("020 7946 0958").e164())
                .isEqualTo("+442079460958");
        assertThatThrownBy(() -> Crm.builder().defaultRegion("Britain"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("defaultRegion"));
    }

    @Test
    void tenantsSeeOnlyTheirOwnRecords() {
        CrmFixture fx = new CrmFixture();
        CrmTenant a = fx.crm.tenant("tenant-a");
        CrmTenant b = fx.crm.tenant(TenantId.of("tenant-b"));

        Account onlyA = a.accounts().create(x -> x.name("A's customer"));

        assertThat(a.accounts().count(AccountQuery.all())).isEqualTo(1);
        assertThat(b.accounts().count(AccountQuery.all())).isZero();
        assertThat(b.accounts().find(onlyA.id())).isEmpty();
        assertThatThrownBy(() -> fx.crm.tenant("no spaces allowed")).isInstanceOf(ValidationException.class);
    }

    @Test
    void retryBackoffMustBeOrdered() {
        assertThatThrownBy(() -> Crm.builder().retryBackoff(Duration.ofSeconds(1), Duration.ofMillis(1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("max"));
    }
}
