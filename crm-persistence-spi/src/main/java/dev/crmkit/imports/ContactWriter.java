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
import java.util.Map;
import java.util.Optional;

/** Stores a batch of contact rows. */
final class ContactWriter {
    private ContactWriter() {
    }

    static void write(AttemptScope scope, List<PendingRow> rows) {
        Map<String, Contact> stored = StoredRecords.byExternalId(scope.uow.contacts(), scope.mapping.externalId().source(), rows);
        Map<String, Contact> emailOwners = scope.uow.contacts().findAllByPrimaryEmails(rows.stream()
                .flatMap(row -> ((ContactDraft) row.draft()).primaryEmail().stream()).toList());
        List<Contact> contacts = new ArrayList<>();
        for (PendingRow row : rows) {
            try {
                ContactDraft draft = (ContactDraft) row.draft();
                contacts.add(prepare(scope, draft, Optional.ofNullable(stored.get(draft.externalId().id())), emailOwners));
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

    private static Contact prepare(AttemptScope scope, ContactDraft draft, Optional<Contact> existing,
                                   Map<String, Contact> emailOwners) {
        if (draft.primaryEmail().isPresent()) {
            Optional<Contact> owner = Optional.ofNullable(emailOwners.get(draft.primaryEmail().get().matchKey()));
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
