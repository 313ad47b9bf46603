package dev.crmkit.jdbc.internal;

import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.shared.AccountId;
import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.ObjectType;
import dev.crmkit.core.model.shared.UserId;
import dev.crmkit.spi.AccountQuery;
import dev.crmkit.spi.AccountRepository;
import dev.crmkit.spi.NameSort;
import dev.crmkit.spi.Page;
import dev.crmkit.spi.PageRequest;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Accounts in SQL: the {@code account} table plus external ids and custom properties. */
final class JdbcAccountRepository extends AggregateTable<Account, AccountId, Account.Builder> implements AccountRepository {
    private final StoreSql sql;

    JdbcAccountRepository(Session session, StoreSql sql) {
        this(session, sql, sql.externalIds(ObjectType.ACCOUNT, "Account", "account"));
    }

    private JdbcAccountRepository(Session session, StoreSql sql, ExternalIdTable externalIds) {
        super(session, sql.account, List.of(
                new ExternalIdChild<>(externalIds, a -> a.id().value(), Account::externalIds, Account.Builder::externalIds),
                new PropertyChild<>(sql.properties(ObjectType.ACCOUNT, "Account"), a -> a.id().value(),
                        Account::properties, Account.Builder::properties)), externalIds);
        this.sql = sql;
    }

    @Override
    public String kind() {
        return "Account";
    }

    @Override
    UUID idOf(Account entity) {
        return entity.id().value();
    }

    @Override
    AccountId toId(UUID value) {
        return new AccountId(value);
    }

    @Override
    long versionOf(Account entity) {
        return entity.version();
    }

    @Override
    Instant createdAtOf(Account entity) {
        return entity.createdAt();
    }

    @Override
    Account withVersion(Account entity, long version) {
        return entity.withVersion(version);
    }

    @Override
    Account withIdentity(Account entity, UUID id, Instant createdAt, long version, Set<ExternalId> externalIds) {
        return Account.copyOf(entity).withId(new AccountId(id)).withCreatedAt(createdAt).withVersion(version)
                .withExternalIds(externalIds);
    }

    @Override
    Set<ExternalId> externalIdsOf(Account entity) {
        return entity.externalIds();
    }

    @Override
    void bindFields(Params p, Account a) throws SQLException {
        p.string(a.name()).string(a.name().toLowerCase(Locale.ROOT)).string(a.domain()).string(a.industry())
                .intValue(a.employeeCount().orElse(null))
                .decimal(a.annualRevenue().map(Money::amount).orElse(null))
                .string(a.annualRevenue().map(Money::currencyCode))
                .string(a.country()).string(a.owner().map(UserId::value)).id(a.parent()).instant(a.updatedAt());
    }

    @Override
    Account.Builder read(UUID id, Row r) throws SQLException {
        Account.Builder b = Account.builder().id(new AccountId(id)).name(r.string()).domain(r.optionalString())
                .industry(r.optionalString()).employeeCount(Optional.ofNullable(r.optionalInt()));
        BigDecimal revenue = r.decimal();
        String currency = r.string();
        if (revenue != null) {
            b.annualRevenue(Money.of(revenue, Money.currency(currency)));
        }
        return b.country(r.optionalString()).owner(r.optionalString().map(UserId::of))
                .parent(r.optionalId(AccountId::new)).updatedAt(r.instant()).createdAt(r.instant()).version(r.longValue());
    }

    @Override
    Account build(Account.Builder builder) {
        return builder.build();
    }

    @Override
    public Page<Account> find(AccountQuery query, PageRequest page) {
        String scope = Paging.scope(session.tenant(), "Account:" + query.sort());
        String nameOrder = session.dialect().codePointOrder("t.name");
        Where where = filter(query);
        page.cursor().ifPresent(cursor -> {
            CursorCodec.Keys keys = sql.cursors.decode(cursor, scope, query.sort() == NameSort.NAME ? 2 : 1);
            UUID lastId = keys.id(keys.size() - 1);
            List<Keyset.Key> sortKeys = new ArrayList<>();
            if (query.sort() == NameSort.NAME) {
                String name = keys.text(0);
                sortKeys.add(new Keyset.Key(nameOrder, p -> p.codePointKey(name)));
            }
            sortKeys.add(new Keyset.Key("t.id", p -> p.uuid(lastId)));
            Keyset.after(where, sortKeys, false);
        });
        List<String> columns = query.sort() == NameSort.NAME ? List.of(nameOrder, "t.id") : List.of("t.id");
        List<Account> rows = loadPage(where, where.orderBy(session.dialect(), false, columns), page);
        return Paging.page(rows, page, sql.cursors, scope, a -> query.sort() == NameSort.NAME
                ? List.of(a.name(), a.id().toString()) : List.of(a.id().toString()));
    }

    @Override
    public long count(AccountQuery query) {
        return countWhere(filter(query));
    }

    private Where filter(AccountQuery query) {
        Where where = new Where();
        query.domain().ifPresent(d -> where.andNarrowing("t.domain = ?", p -> p.string(Account.normalizeDomain(d))));
        query.namePrefix().ifPresent(text -> {
            PrefixMatch prefix = PrefixMatch.of(session.dialect(), text.toLowerCase(Locale.ROOT));
            where.andNarrowing(prefix.on("t.name_lc"), prefix::bind);
        });
        query.nameIgnoringCase().ifPresent(name -> where.andNarrowing("t.name_lc = ?", p -> p.string(name.toLowerCase(Locale.ROOT))));
        query.owner().ifPresent(owner -> where.and("t.owner_id = ?", p -> p.string(owner.value())));
        query.parent().ifPresent(parent -> where.andNarrowing("t.parent_id = ?", p -> p.id(parent)));
        return where;
    }
}
