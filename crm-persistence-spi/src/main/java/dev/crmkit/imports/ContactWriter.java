package dev.crmkit.imports;

import dev.crmkit.core.error.CrmException;
import dev.crmkit.core.model.contact.AccountLink;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.shared.AccountId;
import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.spi.DuplicateKeyException;
import dev.crmkit.spi.UpsertResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Stores a batch of contact rows. */
final class ContactWriter {
    private ContactWriter() {
    }

    static void write(AttemptScope scope, List<PendingRow> rows) {
        List<Contact> contacts = new ArrayList<>();
        for (PendingRow row : rows) {
            try {
                contacts.add(prepare(scope, (ContactDraft) row.draft()));
            } catch (CrmException e) {
                scope.reject(row, e);
            }
        }
        scope.writeDependencies();
        if (!contacts.isEmpty()) {
            UpsertResult<Contact> result = scope.uow.contacts()
                    .upsertAllByExternalId(scope.mapping.externalId().source(), contacts);
            scope.inserted += result.inserted().size();
            scope.updated += result.updated().size();
        }
    }

    private static Contact prepare(AttemptScope scope, ContactDraft draft) {
        Optional<Contact> existing = scope.uow.contacts().findByExternalId(draft.externalId());
        if (draft.primaryEmail().isPresent()) {
            Optional<Contact> owner = scope.uow.contacts().findByPrimaryEmail(draft.primaryEmail().get());
            if (owner.isPresent() && (existing.isEmpty() || !owner.get().id().equals(existing.get().id()))) {
                throw new DuplicateKeyException("Contact", "primaryEmail=" + draft.primaryEmail().get().matchKey()
                        + " (contact " + owner.get().id() + ")");
            }
        }
        Optional<AccountId> account = draft.account().flatMap(scope.resolver::account);
        Optional<AccountLink> link = account.map(id -> AccountLink.of(id, draft.account().get().role()));
        ContactId id = existing.map(Contact::id).orElseGet(() -> scope.context.ids().next(ContactId::new));
        Contact contact = Assembly.contact(draft, existing, id, scope.now, link);
        scope.properties.accept(draft.properties());
        account.ifPresent(scope.resolver::use);
        return contact;
    }
}
