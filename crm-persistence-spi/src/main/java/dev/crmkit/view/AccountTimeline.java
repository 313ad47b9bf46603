package dev.crmkit.view;

import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.activity.Activity;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.spi.Page;
import java.util.List;
import java.util.Objects;

/**
 * The customer-360 view of an account. Related lists hold at most {@code Timelines.RELATED_LIMIT} records each,
 * oldest first; the {@code more*} flags say whether there are more.
 *
 * @param account          the account
 * @param contacts         contacts linked to it
 * @param moreContacts     whether more contacts are linked than listed
 * @param deals            its deals
 * @param moreDeals        whether it has more deals than listed
 * @param subsidiaries     accounts whose parent it is
 * @param moreSubsidiaries whether it has more subsidiaries than listed
 * @param activities       one page of the activities linked to the account, the listed contacts or the listed deals
 */
public record AccountTimeline(Account account, List<Contact> contacts, boolean moreContacts, List<Deal> deals,
                              boolean moreDeals, List<Account> subsidiaries, boolean moreSubsidiaries,
                              Page<Activity> activities) {
    /** Copies the lists; requires account and activities. */
    public AccountTimeline {
        Objects.requireNonNull(account, "account");
        contacts = List.copyOf(contacts);
        deals = List.copyOf(deals);
        subsidiaries = List.copyOf(subsidiaries);
        Objects.requireNonNull(activities, "activities");
    }
}
