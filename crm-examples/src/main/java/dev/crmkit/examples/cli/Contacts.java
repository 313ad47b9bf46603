package dev.crmkit.examples.cli;

import dev.crmkit.CrmTenant;
import dev.crmkit.core.error.NotFoundException;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.shared.EmailAddress;
import dev.crmkit.spi.ContactQuery;
import dev.crmkit.spi.PageRequest;
import java.util.Optional;

/** Finds the contact a command names by email. */
final class Contacts {
    private Contacts() {
    }

    /**
     * The contact whose primary email is {@code email}, else the first contact with it among its other emails.
     *
     * @throws dev.crmkit.core.error.ValidationException when the text is not an email address
     * @throws NotFoundException                         when no contact has it
     */
    static Contact byEmail(CrmTenant tenant, String email) {
        EmailAddress address = EmailAddress.of(email);
        Optional<Contact> primary = tenant.contacts().findByPrimaryEmail(address);
        if (primary.isPresent()) {
            return primary.get();
        }
        return tenant.contacts().find(ContactQuery.builder().email(address).build(), PageRequest.first(1)).items().stream()
                .findFirst().orElseThrow(() -> new NotFoundException("Contact", address.value()));
    }
}
