package dev.crmkit.spi.memory;

import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.core.model.shared.EmailAddress;
import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.spi.ContactQuery;
import dev.crmkit.spi.ContactRepository;
import dev.crmkit.spi.NameSort;
import dev.crmkit.spi.Page;
import dev.crmkit.spi.PageRequest;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Contacts of an in-memory unit of work. */
final class MemoryContactRepository extends MemoryExternallyIdentifiedRepository<ContactId, Contact>
        implements ContactRepository {
    private static final Keyset<Contact> BY_ID = Keyset.<Contact>named("contact:created")
            .then(c -> c.id().value(), Orders.UUID_ORDER, Keyset.Codec.UUID).build();
    private static final Keyset<Contact> BY_NAME = Keyset.<Contact>named("contact:name")
            .then(c -> c.lastName().orElse(""), Orders.CODE_POINT_ORDER, Keyset.Codec.STRING)
            .then(c -> c.firstName().orElse(""), Orders.CODE_POINT_ORDER, Keyset.Codec.STRING)
            .then(c -> c.id().value(), Orders.UUID_ORDER, Keyset.Codec.UUID).build();

    MemoryContactRepository(MemoryUnitOfWork uow) {
        super(uow, TenantState.CONTACTS);
    }

    @Override
    public Optional<Contact> findByPrimaryEmail(EmailAddress email) {
        Objects.requireNonNull(email, "email");
        return table().findByKey(TenantState.primaryEmailKey(email.matchKey()));
    }

    @Override
    public Page<Contact> find(ContactQuery query, PageRequest page) {
        Objects.requireNonNull(page, "page");
        Keyset<Contact> order = query.sort() == NameSort.NAME ? BY_NAME : BY_ID;
        return order.page(uow.cursorScope(), table().all(), c -> matches(query, c), page);
    }

    @Override
    public long count(ContactQuery query) {
        return table().all().stream().filter(c -> matches(query, c)).count();
    }

    private static boolean matches(ContactQuery query, Contact contact) {
        return (query.email().isEmpty() || hasEmail(contact, query.email().get()))
                && (query.phone().isEmpty() || contact.phones().contains(query.phone().get()))
                && (query.account().isEmpty() || contact.isLinkedTo(query.account().get()))
                && (query.lifecycleStage().isEmpty() || contact.lifecycleStage() == query.lifecycleStage().get())
                && (query.namePrefix().isEmpty() || nameStartsWith(contact, query.namePrefix().get()))
                && (query.owner().isEmpty() || contact.owner().equals(query.owner()));
    }

    private static boolean hasEmail(Contact contact, EmailAddress email) {
        String key = email.matchKey();
        return contact.emails().stream().anyMatch(e -> e.matchKey().equals(key));
    }

    private static boolean nameStartsWith(Contact contact, String prefix) {
        Optional<String> first = contact.firstName();
        Optional<String> last = contact.lastName();
        return first.map(f -> Text.startsWithIgnoreCase(f, prefix)).orElse(false)
                || last.map(l -> Text.startsWithIgnoreCase(l, prefix)).orElse(false)
                || (first.isPresent() && last.isPresent() && Text.startsWithIgnoreCase(first.get() + " " + last.get(), prefix));
    }

    @Override
    Set<ExternalId> externalIds(Contact entity) {
        return entity.externalIds();
    }

    @Override
    Contact merge(Contact stored, Contact incoming, Set<ExternalId> externalIds) {
        return Contact.copyOf(incoming).withId(stored.id()).withCreatedAt(stored.createdAt())
                .withExternalIds(externalIds).withVersion(stored.version());
    }
}
