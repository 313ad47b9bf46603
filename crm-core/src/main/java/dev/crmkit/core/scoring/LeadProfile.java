package dev.crmkit.core.scoring;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.contact.AccountLink;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.contact.LifecycleStage;
import dev.crmkit.core.model.shared.AccountId;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.PropertyValue;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a scoring model looks at for one lead: a contact, its primary account (if any) and its engagement
 * events. Built once per lead and scored any number of times, by any model, from any thread (it is
 * immutable). The values rules read are extracted here once ({@code contact.emailDomain}, the account's
 * employee count as a number, events sorted newest first), so scoring itself does no parsing.
 *
 * <p>Account paths ({@code account.*}) read the <em>primary</em> account: of the accounts given, the one
 * the contact links to first in {@link Contact#accounts()}.
 */
public final class LeadProfile {
    private static final Comparator<EngagementEvent> NEWEST_FIRST =
            Comparator.comparing(EngagementEvent::at).reversed().thenComparing(EngagementEvent::kind);

    private final Contact contact;
    private final List<Account> accounts;
    private final Account account;
    private final List<EngagementEvent> events;

    // Extracted once so scoring reads fields, not Optionals.
    private final LifecycleStage stage;
    private final String leadSource;
    private final String title;
    private final String email;
    private final String emailDomain;
    private final String phone;
    private final String accountName;
    private final String accountDomain;
    private final String industry;
    private final String country;
    private final double employeeCount;
    private final double annualRevenue;
    private final String revenueCurrency;
    private final Map<String, PropertyValue> contactProperties;
    private final Map<String, PropertyValue> accountProperties;
    final EngagementEvent[] sortedEvents;
    final long[] eventMillis;

    private LeadProfile(Contact contact, List<Account> accounts, Account account, List<EngagementEvent> events) {
        this.contact = contact;
        this.accounts = accounts;
        this.account = account;
        this.stage = contact.lifecycleStage();
        this.leadSource = contact.leadSource().orElse(null);
        this.title = contact.title().orElse(null);
        this.email = contact.primaryEmail().map(e -> e.matchKey()).orElse(null);
        this.emailDomain = contact.primaryEmail().map(e -> e.domain()).orElse(null);
        this.phone = contact.phones().isEmpty() ? null : contact.phones().get(0).e164();
        this.contactProperties = contact.properties();
        if (account == null) {
            accountName = null;
            accountDomain = null;
            industry = null;
            country = null;
            employeeCount = Double.NaN;
            annualRevenue = Double.NaN;
            revenueCurrency = null;
            accountProperties = Map.of();
        } else {
            accountName = account.name();
            accountDomain = account.domain().orElse(null);
            industry = account.industry().orElse(null);
            country = account.country().orElse(null);
            employeeCount = account.employeeCount().map(Integer::doubleValue).orElse(Double.NaN);
            Money revenue = account.annualRevenue().orElse(null);
            annualRevenue = revenue == null ? Double.NaN : revenue.amount().doubleValue();
            revenueCurrency = revenue == null ? null : revenue.currencyCode();
            accountProperties = account.properties();
        }
        EngagementEvent[] sorted = events.toArray(new EngagementEvent[0]);
        Arrays.sort(sorted, NEWEST_FIRST);
        this.sortedEvents = sorted;
        this.eventMillis = new long[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            eventMillis[i] = sorted[i].at().toEpochMilli();
        }
        this.events = Collections.unmodifiableList(Arrays.asList(sorted.clone()));
    }

    /** A lead without an account. */
    public static LeadProfile of(Contact contact, List<EngagementEvent> events) {
        return of(contact, List.of(), events);
    }

    /** A lead with one account, which the contact must link to. */
    public static LeadProfile of(Contact contact, Account account, List<EngagementEvent> events) {
        return of(contact, List.of(Objects.requireNonNull(account, "account")), events);
    }

    /**
     * A lead with its accounts. Throws {@link ValidationException} when the contact is missing, an account
     * is missing, given twice or not linked to the contact ({@code accounts[i]}), or an event is missing
     * ({@code events[i]}).
     */
    public static LeadProfile of(Contact contact, List<Account> accounts, List<EngagementEvent> events) {
        ValidationException.check(contact != null, "contact", null, "is required");
        ValidationException.check(accounts != null, "accounts", null, "is required");
        ValidationException.check(events != null, "events", null, "is required");
        Map<AccountId, Account> byId = new HashMap<>();
        for (int i = 0; i < accounts.size(); i++) {
            Account a = accounts.get(i);
            ValidationException.check(a != null, "accounts[" + i + "]", null, "is required");
            ValidationException.check(contact.isLinkedTo(a.id()), "accounts[" + i + "]", a.id(),
                    "is not linked to the contact");
            ValidationException.check(byId.put(a.id(), a) == null, "accounts[" + i + "]", a.id(), "is listed twice");
        }
        Account primary = null;
        for (AccountLink link : contact.accounts()) {
            primary = byId.get(link.account());
            if (primary != null) {
                break;
            }
        }
        for (int i = 0; i < events.size(); i++) {
            ValidationException.check(events.get(i) != null, "events[" + i + "]", null, "is required");
        }
        return new LeadProfile(contact, List.copyOf(accounts), primary, events);
    }

    /** The contact. */
    public Contact contact() {
        return contact;
    }

    /** The primary account, which {@code account.*} paths read. */
    public Optional<Account> account() {
        return Optional.ofNullable(account);
    }

    /** Every account given. */
    public List<Account> accounts() {
        return accounts;
    }

    /** The engagement events, newest first. */
    public List<EngagementEvent> events() {
        return events;
    }

    /** This profile with other engagement events (the contact and accounts stay). */
    public LeadProfile withEvents(List<EngagementEvent> newEvents) {
        return of(contact, accounts, newEvents);
    }

    LifecycleStage stage() {
        return stage;
    }

    /** A text field's value, {@code null} when absent. */
    String text(ProfileField field) {
        return switch (field) {
            case CONTACT_LEAD_SOURCE -> leadSource;
            case CONTACT_TITLE -> title;
            case CONTACT_EMAIL -> email;
            case CONTACT_EMAIL_DOMAIN -> emailDomain;
            case CONTACT_PHONE -> phone;
            case ACCOUNT_NAME -> accountName;
            case ACCOUNT_DOMAIN -> accountDomain;
            case ACCOUNT_INDUSTRY -> industry;
            case ACCOUNT_COUNTRY -> country;
            case CONTACT_LIFECYCLE_STAGE -> stage.name();
            default -> null;
        };
    }

    /** A number field's value, {@code NaN} when absent. */
    double number(ProfileField field) {
        return switch (field) {
            case ACCOUNT_EMPLOYEE_COUNT -> employeeCount;
            case ACCOUNT_ANNUAL_REVENUE -> annualRevenue;
            default -> Double.NaN;
        };
    }

    /** The annual revenue's currency code, {@code null} when there is none. */
    String revenueCurrency() {
        return revenueCurrency;
    }

    /** A custom property of the contact or of the primary account, {@code null} when absent. */
    PropertyValue property(boolean ofAccount, String key) {
        return (ofAccount ? accountProperties : contactProperties).get(key);
    }

    @Override
    public String toString() {
        return "LeadProfile[contact=" + contact.id() + ", account=" + (account == null ? "none" : account.id())
                + ", events=" + sortedEvents.length + "]";
    }
}
