package dev.crmkit;

import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.activity.Activity;
import dev.crmkit.core.model.contact.AccountLink;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.DealContact;
import dev.crmkit.core.model.shared.AccountId;
import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.core.model.shared.DealId;
import dev.crmkit.internal.Batches;
import dev.crmkit.internal.TxRunner;
import dev.crmkit.spi.AccountQuery;
import dev.crmkit.spi.ActivityQuery;
import dev.crmkit.spi.ContactQuery;
import dev.crmkit.spi.DealQuery;
import dev.crmkit.spi.Page;
import dev.crmkit.spi.PageRequest;
import dev.crmkit.spi.TimeOrder;
import dev.crmkit.view.AccountTimeline;
import dev.crmkit.view.ContactTimeline;
import dev.crmkit.view.DealTimeline;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Customer-360 timelines: a record, its related records and its activities in time order. Each call is one
 * read-only transaction with a fixed number of queries: related records come from one query or one batch
 * read per kind, and the activities from one {@link ActivityQuery} whose related-to sets are OR-ed, paged by
 * keyset (pass the previous page's cursor for the next page).
 */
public final class Timelines {
    /** At most this many related records of each kind are listed (and their activities included). */
    public static final int RELATED_LIMIT = 300;

    private final TxRunner runner;

    Timelines(TxRunner runner) {
        this.runner = runner;
    }

    /** {@link #contact(ContactId, TimeOrder, PageRequest)}, newest first. */
    public ContactTimeline contact(ContactId id, PageRequest page) {
        return contact(id, TimeOrder.NEWEST_FIRST, page);
    }

    /**
     * A contact's timeline: the contact, its accounts, the deals it is on, and the activities linked to the
     * contact or to those deals.
     *
     * @throws dev.crmkit.core.error.NotFoundException when the contact does not exist
     * @throws dev.crmkit.spi.InvalidCursorException  when the cursor does not belong to this timeline
     */
    public ContactTimeline contact(ContactId id, TimeOrder order, PageRequest page) {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(page, "page");
        return runner.call(ctx -> {
            Contact contact = ctx.uow().contacts().get(id);
            List<AccountId> accountIds = contact.accounts().stream().map(AccountLink::account).toList();
            List<Account> accounts = Batches.load(accountIds, ctx.uow().accounts()::findAll, Account::id);
            Page<Deal> deals = ctx.uow().deals().find(DealQuery.builder().contact(id).build(),
                    PageRequest.first(RELATED_LIMIT));
            ActivityQuery query = ActivityQuery.builder().addContacts(id)
                    .addAllDeals(deals.items().stream().map(Deal::id).toList())
                    .order(order).build();
            Page<Activity> activities = ctx.uow().activities().find(query, page);
            return new ContactTimeline(contact, accounts, deals.items(), deals.hasNext(), activities);
        });
    }

    /** {@link #account(AccountId, TimeOrder, PageRequest)}, newest first. */
    public AccountTimeline account(AccountId id, PageRequest page) {
        return account(id, TimeOrder.NEWEST_FIRST, page);
    }

    /**
     * An account's timeline: the account, its contacts, deals and subsidiaries, and the activities linked to the
     * account or to the listed contacts and deals.
     *
     * @throws dev.crmkit.core.error.NotFoundException when the account does not exist
     * @throws dev.crmkit.spi.InvalidCursorException  when the cursor does not belong to this timeline
     */
    public AccountTimeline account(AccountId id, TimeOrder order, PageRequest page) {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(page, "page");
        return runner.call(ctx -> {
            Account account = ctx.uow().accounts().get(id);
            PageRequest related = PageRequest.first(RELATED_LIMIT);
            Page<Contact> contacts = ctx.uow().contacts().find(ContactQuery.builder().account(id).build(), related);
            Page<Deal> deals = ctx.uow().deals().find(DealQuery.builder().account(id).build(), related);
            Page<Account> subsidiaries = ctx.uow().accounts().find(AccountQuery.builder().parent(id).build(), related);
            ActivityQuery query = ActivityQuery.builder().addAccounts(id)
                    .addAllContacts(contacts.items().stream().map(Contact::id).toList())
                    .addAllDeals(deals.items().stream().map(Deal::id).toList())
                    .order(order).build();
            Page<Activity> activities = ctx.uow().activities().find(query, page);
            return new AccountTimeline(account, contacts.items(), contacts.hasNext(), deals.items(), deals.hasNext(),
                    subsidiaries.items(), subsidiaries.hasNext(), activities);
        });
    }

    /** {@link #deal(DealId, TimeOrder, PageRequest)}, newest first. */
    public DealTimeline deal(DealId id, PageRequest page) {
        return deal(id, TimeOrder.NEWEST_FIRST, page);
    }

    /**
     * A deal's timeline: the deal, its account and contacts, its stage history, and the activities linked to it.
     *
     * @throws dev.crmkit.core.error.NotFoundException when the deal does not exist
     * @throws dev.crmkit.spi.InvalidCursorException  when the cursor does not belong to this timeline
     */
    public DealTimeline deal(DealId id, TimeOrder order, PageRequest page) {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(page, "page");
        return runner.call(ctx -> {
            Deal deal = ctx.uow().deals().get(id);
            Optional<Account> account = deal.account().flatMap(ctx.uow().accounts()::find);
            List<ContactId> contactIds = deal.contacts().stream().map(DealContact::contact).toList();
            List<Contact> contacts = Batches.load(contactIds, ctx.uow().contacts()::findAll, Contact::id);
            Page<Activity> activities = ctx.uow().activities()
                    .find(ActivityQuery.builder().addDeals(id).order(order).build(), page);
            return new DealTimeline(deal, account, contacts, ctx.uow().stageHistory().forDeal(id), activities);
        });
    }
}
