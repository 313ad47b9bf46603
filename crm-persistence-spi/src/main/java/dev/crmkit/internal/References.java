package dev.crmkit.internal;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.activity.Activity;
import dev.crmkit.core.model.contact.AccountLink;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.DealContact;
import dev.crmkit.core.model.shared.AccountId;
import dev.crmkit.core.model.shared.EntityId;
import dev.crmkit.spi.AggregateRepository;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Checks that the records a record refers to exist in the tenant (one batch read per kind, never one per id). */
public final class References {
    /** Parent chains longer than this are treated as broken data rather than walked forever. */
    private static final int MAX_DEPTH = 1000;

    private References() {
    }

    /** An account's parent exists and is not the account itself or one of its descendants. */
    public static void checkAccount(TxContext ctx, Account account) {
        if (account.parent().isEmpty()) {
            return;
        }
        AccountId parent = account.parent().get();
        requireAll(ctx.uow().accounts(), "parent", List.of(parent), Account::id);
        if (isAncestorOrSelf(ctx, account.id(), parent)) {
            throw new ValidationException("parent", parent, "would make the account its own ancestor");
        }
    }

    /** Whether walking up the parent chain from {@code start} (inclusive) reaches {@code candidate}. */
    public static boolean isAncestorOrSelf(TxContext ctx, AccountId candidate, AccountId start) {
        Optional<AccountId> current = Optional.of(start);
        for (int depth = 0; current.isPresent() && depth < MAX_DEPTH; depth++) {
            if (current.get().equals(candidate)) {
                return true;
            }
            current = ctx.uow().accounts().find(current.get()).flatMap(Account::parent);
        }
        return false;
    }

    /** A contact's linked accounts exist. */
    public static void checkContact(TxContext ctx, Contact contact) {
        requireAll(ctx.uow().accounts(), "accounts.account",
                contact.accounts().stream().map(AccountLink::account).toList(), Account::id);
    }

    /** A deal's account and contacts exist. */
    public static void checkDeal(TxContext ctx, Deal deal) {
        requireAll(ctx.uow().accounts(), "account", deal.account().stream().toList(), Account::id);
        requireAll(ctx.uow().contacts(), "contacts.contact",
                deal.contacts().stream().map(DealContact::contact).toList(), Contact::id);
    }

    /** An activity's contact, account and deal exist. */
    public static void checkActivity(TxContext ctx, Activity activity) {
        requireAll(ctx.uow().contacts(), "contact", activity.contact().stream().toList(), Contact::id);
        requireAll(ctx.uow().accounts(), "account", activity.account().stream().toList(), Account::id);
        requireAll(ctx.uow().deals(), "deal", activity.deal().stream().toList(), Deal::id);
    }

    /** Throws naming {@code field} and the first id that does not exist in the tenant. */
    public static <T, I extends EntityId> void requireAll(AggregateRepository<T, I> repository, String field, List<I> ids,
                                                         Function<T, I> idOf) {
        if (ids.isEmpty()) {
            return;
        }
        Set<I> found = new HashSet<>();
        repository.findAll(ids).forEach(item -> found.add(idOf.apply(item)));
        for (I id : ids) {
            ValidationException.check(found.contains(id), field, id, "no " + repository.kind() + " with this id exists");
        }
    }
}
