package dev.crmkit.spi;

import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.core.model.shared.EmailAddress;
import java.util.Optional;

/**
 * Contacts of the unit of work's tenant. Unique keys: id; primary email (by
 * {@link EmailAddress#matchKey()}); external id (source, id).
 */
public interface ContactRepository extends ExternallyIdentifiedRepository<Contact, ContactId> {

    /** The contact whose primary email has this match key, or empty. */
    Optional<Contact> findByPrimaryEmail(EmailAddress email);

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
