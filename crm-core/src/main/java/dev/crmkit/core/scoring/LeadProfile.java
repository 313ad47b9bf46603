package dev.crmkit.core.scoring;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.contact.AccountLink;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.contact.LifecycleStage;
import dev.crmkit.core.model.shared.AccountId;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.PropertyValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a scoring model looks at for one lead: a contact, its primary account (if any) and its engagement
 * events. Built once per lead and scored any number of times, by any model, from any thread (it is
 * immutable). The values rules read are extracted here once ({@code contact.emailDomain}, lower-cased
 * text, the account's employee count as a number, events grouped by kind and sorted newest first), so
 * scoring itself does no parsing and visits only the events some rule counts.
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

    // Extracted once so scoring reads arrays indexed by ProfileField ordinal, not Optionals; text is
    // lower-cased here so matchers compare with String.equals.
    private final LifecycleStage stage;
    private final String[] texts = new String[ProfileField.values().length];
    private final double[] numbers = new double[ProfileField.values().length];
    private final String revenueCurrency;
    private final HashMap<String, PropertyValue> contactProperties;
    private final HashMap<String, PropertyValue> accountProperties;
    private final HashMap<String, KindEvents> eventsByKind;

    private LeadProfile(Contact contact, List<Account> accounts, Account account, List<EngagementEvent> events) {
        this.contact = contact;
        this.accounts = accounts;
        this.account = account;
        this.stage = contact.lifecycleStage();
        Arrays.fill(numbers, Double.NaN);
        setText(ProfileField.CONTACT_LIFECYCLE_STAGE, stage.name());
        setText(ProfileField.CONTACT_LEAD_SOURCE, contact.leadSource().orElse(null));
        setText(ProfileField.CONTACT_TITLE, contact.title().orElse(null));
        setText(ProfileField.CONTACT_EMAIL, contact.primaryEmail().map(e -> e.matchKey()).orElse(null));
        setText(ProfileField.CONTACT_EMAIL_DOMAIN, contact.primaryEmail().map(e -> e.domain()).orElse(null));
        setText(ProfileField.CONTACT_PHONE, contact.phones().isEmpty() ? null : contact.phones().get(0).e164());
        this.contactProperties = new HashMap<>(contact.properties());
        if (account == null) {
            revenueCurrency = null;
            accountProperties = new HashMap<>();
        } else {
            setText(ProfileField.ACCOUNT_NAME, account.name());
            setText(ProfileField.ACCOUNT_DOMAIN, account.domain().orElse(null));
            setText(ProfileField.ACCOUNT_INDUSTRY, account.industry().orElse(null));
            setText(ProfileField.ACCOUNT_COUNTRY, account.country().orElse(null));
            account.employeeCount().ifPresent(n -> numbers[ProfileField.ACCOUNT_EMPLOYEE_COUNT.ordinal()] = n);
            Money revenue = account.annualRevenue().orElse(null);
            if (revenue != null) {
                numbers[ProfileField.ACCOUNT_ANNUAL_REVENUE.ordinal()] = revenue.amount().doubleValue();
            }
            revenueCurrency = revenue == null ? null : revenue.currencyCode();
            accountProperties = new HashMap<>(account.properties());
        }
        EngagementEvent[] sorted = events.toArray(new EngagementEvent[0]);
        Arrays.sort(sorted, NEWEST_FIRST);
        Map<String, List<EngagementEvent>> grouped = new HashMap<>();
        for (EngagementEvent event : sorted) {
            grouped.computeIfAbsent(event.kind(), k -> new ArrayList<>()).add(event);
        }
        this.eventsByKind = new HashMap<>();
        grouped.forEach((kind, list) -> eventsByKind.put(kind, new KindEvents(list)));
        this.events = Collections.unmodifiableList(Arrays.asList(sorted));
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

    /** A text field's value, lower-cased ({@link Locale#ROOT}), {@code null} when absent. */
    String text(ProfileField field) {
        return texts[field.ordinal()];
    }

    /** A number field's value, {@code NaN} when absent. */
    double number(ProfileField field) {
        return numbers[field.ordinal()];
    }

    /** The annual revenue's currency code, {@code null} when there is none. */
    String revenueCurrency() {
        return revenueCurrency;
    }

    /** The events of one kind, newest first, or {@code null} when the lead has none. */
    KindEvents eventsOf(String kind) {
        return eventsByKind.get(kind);
    }

    /** A custom property of the contact or of the primary account, {@code null} when absent. */
    PropertyValue property(boolean ofAccount, String key) {
        return (ofAccount ? accountProperties : contactProperties).get(key);
    }

    /** The events of one kind, newest first, with their timestamps in epoch milliseconds. */
    static final class KindEvents {
        final EngagementEvent[] events;
        final long[] millis;

        KindEvents(List<EngagementEvent> newestFirst) {
            events = newestFirst.toArray(new EngagementEvent[0]);
            millis = new long[events.length];
            for (int i = 0; i < events.length; i++) {
                millis[i] = events[i].at().toEpochMilli();
            }
        }
    }

    private void setText(ProfileField field, String value) {
        texts[field.ordinal()] = value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "LeadProfile[contact=" + contact.id() + ", account=" + (account == null ? "none" : account.id())
                + ", events=" + events.size() + "]";
    }
}
