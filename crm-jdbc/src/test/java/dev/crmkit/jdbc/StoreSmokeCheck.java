package dev.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.TenantId;
import dev.crmkit.spi.DealAggregate;
import dev.crmkit.spi.DealStatus;
import dev.crmkit.spi.UnitOfWork;
import dev.crmkit.spi.tck.TckData;
import java.math.BigDecimal;
import java.util.List;

/**
 * A short TCK-style check that a store's schema works: insert, find, update and delete across tables with
 * foreign keys, and the board aggregation.
 */
final class StoreSmokeCheck {
    private static final TenantId TENANT = TenantId.of("smoke");

    private StoreSmokeCheck() {
    }

    static void assertBasicCrud(JdbcCrmStore store) {
        TckData data = new TckData();
        Pipeline pipeline = data.pipeline("Sales");
        Account account = data.account("Acme");
        Deal deal = data.dealBuilder(pipeline, "Renewal").account(account.id()).amount(Money.of("1000.00", "USD")).build();
        store.run(TENANT, uow -> {
            uow.pipelines().insert(pipeline);
            uow.accounts().insert(account);
            uow.deals().insert(deal);
        });

        assertThat(store.inTransaction(TENANT, (UnitOfWork uow) -> uow.deals().find(deal.id()))).contains(deal.withVersion(1));
        List<DealAggregate> board = store.inTransaction(TENANT, uow -> uow.deals().board(pipeline.id(), DealStatus.OPEN));
        assertThat(board).singleElement().satisfies(group -> {
            assertThat(group.stage()).contains(deal.stage());
            assertThat(group.count()).isEqualTo(1);
            assertThat(group.amount()).isEqualByComparingTo(new BigDecimal("1000"));
        });

        Account renamed = store.inTransaction(TENANT, (UnitOfWork uow) ->
                uow.accounts().update(uow.accounts().get(account.id()).withName("Acme Inc")));
        assertThat(renamed.version()).isEqualTo(2);
        store.run(TENANT, uow -> uow.deals().delete(deal.id(), 1));
        assertThat(store.inTransaction(TENANT, (UnitOfWork uow) -> uow.deals().find(deal.id()))).isEmpty();
        assertThat(store.inTransaction(TENANT, (UnitOfWork uow) -> uow.accounts().find(account.id())))
                .hasValueSatisfying(found -> assertThat(found.name()).isEqualTo("Acme Inc"));
    }
}
