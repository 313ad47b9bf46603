package dev.crmkit.internal;

import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.activity.Activity;
import dev.crmkit.core.model.contact.AccountLink;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.shared.AccountId;
import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.core.scoring.EngagementEvent;
import dev.crmkit.core.scoring.LeadProfile;
import dev.crmkit.spi.ActivityQuery;
import dev.crmkit.spi.Page;
import dev.crmkit.spi.PageRequest;
import dev.crmkit.spi.TimeOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The accounts and activities of a batch of up to 1,000 contacts, read with one {@code findAll} per 500 accounts
 * and one paged activity query whose related-to set is the whole batch: a bounded number of calls per batch,
 * never one per contact.
 */
public final class LeadBatch {
    /** Contacts per batch: the most a single activity query may relate to. */
    public static final int SIZE = 1000;

    private final Map<AccountId, Account> accounts;
    private final Map<ContactId, List<Activity>> activities;

    private LeadBatch(Map<AccountId, Account> accounts, Map<ContactId, List<Activity>> activities) {
        this.accounts = accounts;
        this.activities = activities;
    }

    /** Reads the accounts and activities of {@code contacts} (at most {@link #SIZE}). */
    public static LeadBatch load(TxContext ctx, List<Contact> contacts) {
        if (contacts.size() > SIZE) {
            throw new IllegalArgumentException("at most " + SIZE + " contacts per batch");
        }
        Set<AccountId> accountIds = new LinkedHashSet<>();
        Set<ContactId> contactIds = new LinkedHashSet<>();
        for (Contact contact : contacts) {
            contactIds.add(contact.id());
            contact.accounts().forEach(link -> accountIds.add(link.account()));
        }
        Map<AccountId, Account> accounts = new HashMap<>();
        Batches.forEach(new ArrayList<>(accountIds), ids -> ctx.uow().accounts().findAll(ids), Account::id,
                a -> accounts.put(a.id(), a));
        Map<ContactId, List<Activity>> activities = new HashMap<>();
        if (!contactIds.isEmpty()) {
            ActivityQuery query = ActivityQuery.builder().contacts(contactIds).order(TimeOrder.OLDEST_FIRST).build();
            PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
            while (true) {
                Page<Activity> page = ctx.uow().activities().find(query, request);
                for (Activity activity : page.items()) {
                    activity.contact().filter(contactIds::contains)
                            .ifPresent(c -> activities.computeIfAbsent(c, k -> new ArrayList<>()).add(activity));
                }
                if (!page.hasNext()) {
                    break;
                }
                request = page.nextRequest(PageRequest.MAX_LIMIT);
            }
        }
        return new LeadBatch(accounts, activities);
    }

    /** The contact's linked accounts that exist, in link order, each once. */
    public List<Account> accounts(Contact contact) {
        List<Account> out = new ArrayList<>();
        Set<AccountId> seen = new LinkedHashSet<>();
        for (AccountLink link : contact.accounts()) {
            Account account = accounts.get(link.account());
            if (account != null && seen.add(account.id())) {
                out.add(account);
            }
        }
        return out;
    }

    /** The contact's activities, oldest first. */
    public List<Activity> activities(Contact contact) {
        return activities.getOrDefault(contact.id(), List.of());
    }

    /** The contact's rule-scoring profile: its accounts and its activities as engagement events. */
    public LeadProfile profile(Contact contact) {
        List<EngagementEvent> events = activities(contact).stream().map(EngagementEvent::fromActivity).toList();
        return LeadProfile.of(contact, accounts(contact), events);
    }
}
