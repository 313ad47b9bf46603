package dev.crmkit.view;

import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.activity.Activity;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.spi.Page;
import java.util.List;
import java.util.Objects;

/**
 * The customer-360 view of a contact.
 *
 * @param contact    the contact
 * @param accounts   the accounts it is linked to, in link order
 * @param deals      the deals it is on (the first {@code Timelines.RELATED_LIMIT}, oldest first)
 * @param moreDeals  whether it is on more deals than listed
 * @param activities one page of the activities linked to the contact or to the listed deals
 */
public record ContactTimeline(Contact contact, List<Account> accounts, List<Deal> deals, boolean moreDeals,
                              Page<Activity> activities) {
    /** Copies the lists; requires contact and activities. */
    public ContactTimeline {
        Objects.requireNonNull(contact, "contact");
        accounts = List.copyOf(accounts);
        deals = List.copyOf(deals);
        Objects.requireNonNull(activities, "activities");
    }
}
