package dev.crmkit.internal;

import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.activity.Activity;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.event.AccountUpdated;
import dev.crmkit.event.ActivityDeleted;
import dev.crmkit.event.ActivityUpdated;
import dev.crmkit.event.ContactUpdated;
import dev.crmkit.event.DealUpdated;
import java.time.Instant;

/** Writes that raise their event, shared by the use cases and their side effects. */
public final class Writes {
    private Writes() {
    }

    /** {@code now}, or {@code previous} when the clock has gone back behind it (keeps updatedAt monotonic). */
    public static Instant notBefore(Instant now, Instant previous) {
        return now.isBefore(previous) ? previous : now;
    }

    /** Updates an account and raises {@link AccountUpdated}. */
    public static Account update(TxContext ctx, Account account, Instant now) {
        Account stored = ctx.uow().accounts().update(account);
        ctx.publish(new AccountUpdated(ctx.tenant(), now, stored));
        return stored;
    }

    /** Updates a contact and raises {@link ContactUpdated}. */
    public static Contact update(TxContext ctx, Contact contact, Instant now) {
        Contact stored = ctx.uow().contacts().update(contact);
        ctx.publish(new ContactUpdated(ctx.tenant(), now, stored));
        return stored;
    }

    /** Updates a deal and raises {@link DealUpdated}. */
    public static Deal update(TxContext ctx, Deal deal, Instant now) {
        Deal stored = ctx.uow().deals().update(deal);
        ctx.publish(new DealUpdated(ctx.tenant(), now, stored));
        return stored;
    }

    /** Updates an activity and raises {@link ActivityUpdated}. */
    public static Activity update(TxContext ctx, Activity activity, Instant now) {
        Activity stored = ctx.uow().activities().update(activity);
        ctx.publish(new ActivityUpdated(ctx.tenant(), now, stored));
        return stored;
    }

    /** Deletes an activity and raises {@link ActivityDeleted}. */
    public static void delete(TxContext ctx, Activity activity, Instant now) {
        ctx.uow().activities().delete(activity.id(), activity.version());
        ctx.publish(new ActivityDeleted(ctx.tenant(), now, activity.id()));
    }
}
