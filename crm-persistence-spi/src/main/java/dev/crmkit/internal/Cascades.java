package dev.crmkit.internal;

import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.activity.Activity;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.shared.AccountId;
import dev.crmkit.core.model.shared.ActivityId;
import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.core.model.shared.DealId;
import dev.crmkit.spi.AccountQuery;
import dev.crmkit.spi.ActivityQuery;
import dev.crmkit.spi.ActivityRepository;
import dev.crmkit.spi.ContactQuery;
import dev.crmkit.spi.DealQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The integrity side effects of deletes: references to a deleted record are removed from the records that
 * hold them, batch by batch, each change raising its own event.
 */
public final class Cascades {
    private Cascades() {
    }

    /** Removes a contact from the contact list of every deal it is on. */
    public static List<DealId> removeContactFromDeals(TxContext ctx, ContactId contact, Instant now) {
        List<DealId> ids = Batches.ids(page -> ctx.uow().deals().find(DealQuery.builder().contact(contact).build(), page),
                Deal::id);
        Batches.forEach(ids, ctx.uow().deals()::findAll, Deal::id, deal -> Writes.update(ctx, Deal.builder().from(deal)
                .contacts(deal.contacts().stream().filter(c -> !c.contact().equals(contact)).toList())
                .updatedAt(Writes.notBefore(now, deal.updatedAt()))
                .build(), now));
        return ids;
    }

    /** Clears the account of every deal with this account. Stage gates are not re-checked: they apply on entry. */
    public static void clearDealAccount(TxContext ctx, AccountId account, Instant now) {
        List<DealId> ids = Batches.ids(page -> ctx.uow().deals().find(DealQuery.builder().account(account).build(), page),
                Deal::id);
        Batches.forEach(ids, ctx.uow().deals()::findAll, Deal::id, deal -> Writes.update(ctx, Deal.builder().from(deal)
                .account(Optional.empty()).updatedAt(Writes.notBefore(now, deal.updatedAt())).build(), now));
    }

    /** Removes the link to this account from every contact linked to it. */
    public static void unlinkContacts(TxContext ctx, AccountId account, Instant now) {
        List<ContactId> ids = Batches.ids(
                page -> ctx.uow().contacts().find(ContactQuery.builder().account(account).build(), page), Contact::id);
        Batches.forEach(ids, ctx.uow().contacts()::findAll, Contact::id, contact -> Writes.update(ctx,
                Contact.builder().from(contact)
                        .accounts(contact.accounts().stream().filter(l -> !l.account().equals(account)).toList())
                        .updatedAt(Writes.notBefore(now, contact.updatedAt()))
                        .build(), now));
    }

    /** Clears the parent of every subsidiary of this account. */
    public static void clearSubsidiaryParents(TxContext ctx, AccountId account, Instant now) {
        List<AccountId> ids = Batches.ids(
                page -> ctx.uow().accounts().find(AccountQuery.builder().parent(account).build(), page), Account::id);
        Batches.forEach(ids, ctx.uow().accounts()::findAll, Account::id, child -> Writes.update(ctx,
                Account.builder().from(child).parent(Optional.empty())
                        .updatedAt(Writes.notBefore(now, child.updatedAt())).build(), now));
    }

    /** Detaches the activities linked to a contact; those linked to nothing else are deleted. */
    public static void detachActivitiesFromContact(TxContext ctx, ContactId contact, Instant now) {
        detach(ctx, ActivityQuery.builder().addContacts(contact).build(),
                a -> a.account().isEmpty() && a.deal().isEmpty(), b -> b.contact(Optional.empty()), now);
    }

    /** Detaches the activities linked to an account; those linked to nothing else are deleted. */
    public static void detachActivitiesFromAccount(TxContext ctx, AccountId account, Instant now) {
        detach(ctx, ActivityQuery.builder().addAccounts(account).build(),
                a -> a.contact().isEmpty() && a.deal().isEmpty(), b -> b.account(Optional.empty()), now);
    }

    /** Detaches the activities linked to a deal; those linked to nothing else are deleted. */
    public static void detachActivitiesFromDeal(TxContext ctx, DealId deal, Instant now) {
        detach(ctx, ActivityQuery.builder().addDeals(deal).build(),
                a -> a.contact().isEmpty() && a.account().isEmpty(), b -> b.deal(Optional.empty()), now);
    }

    private static void detach(TxContext ctx, ActivityQuery query, Predicate<Activity> noOtherLink,
                               UnaryOperator<Activity.Builder> clearLink, Instant now) {
        ActivityRepository activities = ctx.uow().activities();
        List<ActivityId> ids = Batches.ids(page -> activities.find(query, page), Activity::id);
        Batches.forEach(ids, activities::findAll, Activity::id, activity -> {
            if (noOtherLink.test(activity)) {
                Writes.delete(ctx, activity, now);
            } else {
                Writes.update(ctx, clearLink.apply(Activity.builder().from(activity))
                        .updatedAt(Writes.notBefore(now, activity.updatedAt())).build(), now);
            }
        });
    }
}
