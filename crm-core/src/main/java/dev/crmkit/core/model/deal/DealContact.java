package dev.crmkit.core.model.deal;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.shared.ContactId;

/**
 * A contact on a deal with their role in the buying decision ({@code "decision maker"}, {@code "champion"}).
 *
 * @param contact the contact
 * @param role    the role, 1-100 characters
 */
public record DealContact(ContactId contact, String role) {
    public DealContact {
        ValidationException.check(contact != null, "contacts.contact", null, "is required");
        role = ValidationException.requireText("contacts.role", role, 100);
    }

    /** Same as the constructor. */
    public static DealContact of(ContactId contact, String role) {
        return new DealContact(contact, role);
    }
}
