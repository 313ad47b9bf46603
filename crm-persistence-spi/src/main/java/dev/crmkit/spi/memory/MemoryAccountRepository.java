package dev.crmkit.spi.memory;

import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.shared.AccountId;
import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.spi.AccountQuery;
import dev.crmkit.spi.AccountRepository;
import dev.crmkit.spi.NameSort;
import dev.crmkit.spi.Page;
import dev.crmkit.spi.PageRequest;
import java.util.Objects;
import java.util.Set;

/** Accounts of an in-memory unit of work. */
final class MemoryAccountRepository extends MemoryExternallyIdentifiedRepository<AccountId, Account>
        implements AccountRepository {
    private static final Keyset<Account> BY_ID = Keyset.<Account>named("account:created")
            .then(a -> a.id().value(), Orders.UUID_ORDER, Keyset.Codec.UUID).build();
    private static final Keyset<Account> BY_NAME = Keyset.<Account>named("account:name")
            .then(Account::name, Orders.CODE_POINT_ORDER, Keyset.Codec.STRING)
            .then(a -> a.id().value(), Orders.UUID_ORDER, Keyset.Codec.UUID).build();

    MemoryAccountRepository(MemoryUnitOfWork uow) {
        super(uow, TenantState.ACCOUNTS);
    }

    @Override
    public Page<Account> find(AccountQuery query, PageRequest page) {
        Objects.requireNonNull(page, "page");
        Keyset<Account> order = query.sort() == NameSort.NAME ? BY_NAME : BY_ID;
        return order.page(uow.cursorScope(), table().all(), a -> matches(query, a), page);
    }

    @Override
    public long count(AccountQuery query) {
        return table().all().stream().filter(a -> matches(query, a)).count();
    }

    private static boolean matches(AccountQuery query, Account account) {
        return (query.domain().isEmpty() || account.domain().equals(query.domain()))
                && (query.namePrefix().isEmpty() || Text.startsWithIgnoreCase(account.name(), query.namePrefix().get()))
                && (query.nameIgnoringCase().isEmpty() || Text.equalsIgnoreCase(account.name(), query.nameIgnoringCase().get()))
                && (query.owner().isEmpty() || account.owner().equals(query.owner()))
                && (query.parent().isEmpty() || account.parent().equals(query.parent()));
    }

    @Override
    Set<ExternalId> externalIds(Account entity) {
        return entity.externalIds();
    }

    @Override
    Account merge(Account stored, Account incoming, Set<ExternalId> externalIds) {
        return Account.copyOf(incoming).withId(stored.id()).withCreatedAt(stored.createdAt())
                .withExternalIds(externalIds).withVersion(stored.version());
    }
}
