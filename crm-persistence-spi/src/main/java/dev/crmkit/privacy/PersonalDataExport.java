package dev.crmkit.privacy;

import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.activity.Activity;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.StageChange;
import dev.crmkit.core.model.shared.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything the CRM stores about one contact, as serialized to JSON by {@code Privacy.exportJson}.
 *
 * @param tenant       the tenant
 * @param exportedAt   when the export was made
 * @param contact      the contact
 * @param accounts     the accounts the contact is linked to
 * @param deals        the deals the contact is on
 * @param stageHistory the stage history of those deals, by deal then time
 * @param activities   the activities linked to the contact, oldest first
 * @param mentions     activities not linked to the contact whose text names it (its email, phone, or first and
 *                     last name together), oldest first
 */
public record PersonalDataExport(TenantId tenant, Instant exportedAt, Contact contact, List<Account> accounts,
                                 List<Deal> deals, List<StageChange> stageHistory, List<Activity> activities,
                                 List<Activity> mentions) {
    /** Copies the lists; requires tenant, moment and contact. */
    public PersonalDataExport {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(exportedAt, "exportedAt");
        Objects.requireNonNull(contact, "contact");
        accounts = List.copyOf(accounts);
        deals = List.copyOf(deals);
        stageHistory = List.copyOf(stageHistory);
        activities = List.copyOf(activities);
        mentions = List.copyOf(mentions);
    }
}
