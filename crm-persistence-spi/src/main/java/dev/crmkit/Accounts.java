package dev.crmkit;

import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.shared.AccountId;
import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.core.model.shared.ObjectType;
import dev.crmkit.event.AccountCreated;
import dev.crmkit.event.AccountDeleted;
import dev.crmkit.event.AccountUpdated;
import dev.crmkit.internal.Cascades;
import dev.crmkit.internal.Drafts;
import dev.crmkit.internal.References;
import dev.crmkit.internal.Stored;
import dev.crmkit.internal.TxRunner;
import dev.crmkit.internal.Writes;
import dev.crmkit.spi.AccountQuery;
import dev.crmkit.spi.Page;
import dev.crmkit.spi.PageRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Account use cases of one tenant. Each method is one transaction (or part of the caller's
 * {@link CrmTenant#inTransaction} block); events are delivered after commit.
 */
public final class Accounts {
    private final TxRunner runner;

    Accounts(TxRunner runner) {
        this.runner = runner;
    }

    /**
     * Creates an account. {@code draft} fills a builder whose id, {@code createdAt} and {@code updatedAt} the
     * façade has set (from its id generator and clock); leave those and {@code version} alone. Raises
     * {@link AccountCreated}.
     *
     * <pre>{@code accounts.create(a -> a.name("Acme Corp").domain("acme.example"))}</pre>
     *
     * @return the stored account (version 1)
     * @throws dev.crmkit.core.error.ValidationException for a missing name, an invalid value, a parent that
     *                                                    does not exist, an id or timestamp set by the draft, or
     *                                                    an undefined or mistyped custom property
     * @throws dev.crmkit.spi.DuplicateKeyException      when an external id is taken
     */
    public Account create(Consumer<Account.Builder> draft) {
        Objects.requireNonNull(draft, "draft");
        return runner.call(ctx -> {
            Instant now = ctx.now();
            AccountId id = ctx.newId(AccountId::new);
            Account.Builder builder = Account.builder().id(id).createdAt(now).updatedAt(now);
            draft.accept(builder);
            Account account = builder.build();
            Drafts.requireAssigned("id", id, account.id());
            Drafts.requireAssigned("createdAt", now, account.createdAt());
            Drafts.requireAssigned("updatedAt", now, account.updatedAt());
            Drafts.requireAssigned("version", 0L, account.version());
            References.checkAccount(ctx, account);
            Stored.checkProperties(ctx, ObjectType.ACCOUNT, account.properties());
            Account stored = ctx.uow().accounts().insert(account);
            ctx.publish(new AccountCreated(ctx.tenant(), now, stored));
            return stored;
        });
    }

    /**
     * Stores a changed account. Pass the record as read, changed, with the version read; {@code updatedAt} is
     * set by the façade and {@code createdAt} must not change. Raises {@link AccountUpdated}.
     *
     * @return the stored account (version + 1)
     * @throws dev.crmkit.core.error.NotFoundException   when the account does not exist
     * @throws dev.crmkit.spi.VersionConflictException   when it changed since it was read
     * @throws dev.crmkit.core.error.ValidationException for a changed {@code createdAt}, a missing parent or a
     *                                                    parent cycle, or a bad custom property
     * @throws dev.crmkit.spi.DuplicateKeyException      when an external id is taken
     */
    public Account update(Account account) {
        Objects.requireNonNull(account, "account");
        return runner.call(ctx -> {
            Instant now = ctx.now();
            Account stored = Stored.expect(ctx.uow().accounts(), account.id(), account.version(), Account::version);
            Drafts.requireUnchanged("createdAt", stored.createdAt(), account.createdAt(), "it records the creation");
            References.checkAccount(ctx, account);
            Stored.checkProperties(ctx, ObjectType.ACCOUNT, account.properties());
            Account changed = Account.copyOf(account).withUpdatedAt(Writes.notBefore(now, stored.updatedAt()));
            return Writes.update(ctx, changed, now);
        });
    }

    /**
     * Deletes an account and keeps the data consistent in the same transaction: contacts lose their link to it,
     * deals and activities linked to it have their account cleared (activities linked to nothing else are
     * deleted), and its subsidiaries lose their parent. Each side effect raises its own update or delete
     * event, then {@link AccountDeleted} is raised.
     *
     * @throws dev.crmkit.core.error.NotFoundException when the account does not exist
     * @throws dev.crmkit.spi.VersionConflictException when its version is not {@code expectedVersion}
     */
    public void delete(AccountId id, long expectedVersion) {
        Objects.requireNonNull(id, "id");
        runner.call(ctx -> {
            Instant now = ctx.now();
            Stored.expect(ctx.uow().accounts(), id, expectedVersion, Account::version);
            Cascades.unlinkContacts(ctx, id, now);
            Cascades.clearDealAccount(ctx, id, now);
            Cascades.detachActivitiesFromAccount(ctx, id, now);
            Cascades.clearSubsidiaryParents(ctx, id, now);
            ctx.uow().accounts().delete(id, expectedVersion);
            ctx.publish(new AccountDeleted(ctx.tenant(), now, id));
            return null;
        });
    }

    /** The account, or empty. Read-only transaction. */
    public Optional<Account> find(AccountId id) {
        return runner.call(ctx -> ctx.uow().accounts().find(id));
    }

    /**
     * The account.
     *
     * @throws dev.crmkit.core.error.NotFoundException when it does not exist
     */
    public Account get(AccountId id) {
        return runner.call(ctx -> ctx.uow().accounts().get(id));
    }

    /** The accounts with these ids that exist, in no particular order; one batch read. */
    public List<Account> getAll(Collection<AccountId> ids) {
        return runner.call(ctx -> ctx.uow().accounts().findAll(ids));
    }

    /** The account with this external id, or empty. */
    public Optional<Account> findByExternalId(ExternalId externalId) {
        return runner.call(ctx -> ctx.uow().accounts().findByExternalId(externalId));
    }

    /**
     * One page of accounts matching the query.
     *
     * @throws dev.crmkit.spi.InvalidCursorException when the cursor does not belong to this query
     */
    public Page<Account> find(AccountQuery query, PageRequest page) {
        return runner.call(ctx -> ctx.uow().accounts().find(query, page));
    }

    /** How many accounts match. */
    public long count(AccountQuery query) {
        return runner.call(ctx -> ctx.uow().accounts().count(query));
    }
}
