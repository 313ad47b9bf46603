package dev.crmkit.spi;

import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.core.model.shared.EmailAddress;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Contacts of the unit of work's tenant. Unique keys: id; primary email (by
 * {@link EmailAddress#matchKey()}); external id (source, id).
 */
public interface ContactRepository extends ExternallyIdentifiedRepository<Contact, ContactId> {

    /** The contact whose primary email has this match key, or empty. */
    Optional<Contact> findByPrimaryEmail(EmailAddress email);

    /**
     * The contacts whose primary email has one of these match keys, keyed by {@link EmailAddress#matchKey()}
     * (emails no contact has as its primary one are absent). What an import looks up for a whole batch at once;
     * SQL stores answer it with a few key-list queries. The default asks {@link #findByPrimaryEmail} once per
     * distinct match key, which is correct for any store. Reads within the unit of work; throws nothing of its
     * own.
     */
    default Map<String, Contact> findAllByPrimaryEmails(Collection<EmailAddress> emails) {
        Map<String, EmailAddress> distinct = new LinkedHashMap<>();
        emails.forEach(email -> distinct.putIfAbsent(email.matchKey(), email));
        Map<String, Contact> found = new LinkedHashMap<>();
        distinct.forEach((key, email) -> findByPrimaryEmail(email).ifPresent(contact -> found.put(key, contact)));
        return found;
    }

    /**
     * One page of contacts matching the query, in its {@link ContactQuery#sort()} order.
     *
     * @throws InvalidCursorException when the cursor was not made for this query's order
     */
    Page<Contact> find(ContactQuery query, PageRequest page);

    /** How many contacts match. */
    long count(ContactQuery query);

    @Override
    default String kind() {
        return "Contact";
    }
}
