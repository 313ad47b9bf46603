package dev.crmkit.view;

import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.activity.Activity;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.StageChange;
import dev.crmkit.spi.Page;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The 360 view of a deal.
 *
 * @param deal         the deal
 * @param account      its account
 * @param contacts     its contacts, in the deal's order
 * @param stageHistory its stage history, oldest first
 * @param activities   one page of the activities linked to the deal
 */
public record DealTimeline(Deal deal, Optional<Account> account, List<Contact> contacts, List<StageChange> stageHistory,
                           Page<Activity> activities) {
    /** Copies the lists; requires deal, account and activities. */
    public DealTimeline {
        Objects.requireNonNull(deal, "deal");
        Objects.requireNonNull(account, "account");
        contacts = List.copyOf(contacts);
        stageHistory = List.copyOf(stageHistory);
        Objects.requireNonNull(activities, "activities");
    }
}
