package dev.crmkit.jdbc.internal;

import dev.crmkit.core.model.contact.AccountLink;
import dev.crmkit.core.model.contact.Consent;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.contact.LifecycleStage;
import dev.crmkit.core.model.shared.AccountId;
import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.core.model.shared.EmailAddress;
import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.core.model.shared.ObjectType;
import dev.crmkit.core.model.shared.PhoneNumber;
import dev.crmkit.core.model.shared.UserId;
import dev.crmkit.spi.ContactQuery;
import dev.crmkit.spi.ContactRepository;
import dev.crmkit.spi.DuplicateKeyException;
import dev.crmkit.spi.NameSort;
import dev.crmkit.spi.Page;
import dev.crmkit.spi.PageRequest;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Contacts in SQL: the {@code contact} table plus emails, phones, account links, external ids and custom
 * properties in child tables, so each of them can be filtered on with an index.
 */
final class JdbcContactRepository extends AggregateTable<Contact, ContactId, Contact.Builder> implements ContactRepository {
    private final StoreSql sql;

    JdbcContactRepository(Session session, StoreSql sql) {
        this(session, sql, sql.externalIds(ObjectType.CONTACT, "Contact", "contact"));
    }

    private JdbcContactRepository(Session session, StoreSql sql, ExternalIdTable externalIds) {
        super(session, sql.contact, List.of(
                emails(sql),
                new ListChildTable<Contact, Contact.Builder, PhoneNumber>(sql.contactPhone, c -> c.id().value(),
                        Contact::phones, (p, phone) -> p.string(phone.e164()), r -> new PhoneNumber(r.string()),
                        Contact.Builder::phones),
                new ListChildTable<Contact, Contact.Builder, AccountLink>(sql.contactAccount, c -> c.id().value(),
                        Contact::accounts, (p, link) -> p.id(link.account()).string(link.role()),
                        r -> AccountLink.of(r.id(AccountId::new), r.string()), Contact.Builder::accounts),
                new ExternalIdChild<>(externalIds, c -> c.id().value(), Contact::externalIds, Contact.Builder::externalIds),
                new PropertyChild<>(sql.properties(ObjectType.CONTACT, "Contact"), c -> c.id().value(),
                        Contact::properties, Contact.Builder::properties)), externalIds);
        this.sql = sql;
    }

    /** One row per email, the primary first; its {@code primary_key} column carries the tenant-wide uniqueness. */
    private static ChildTable<Contact, Contact.Builder> emails(StoreSql sql) {
        return new ListChildTable<Contact, Contact.Builder, StoredEmail>(sql.contactEmail, c -> c.id().value(),
                StoredEmail::of,
                (p, e) -> p.string(e.email().value()).string(e.email().matchKey())
                        .string(e.primary() ? e.email().matchKey() : null),
                r -> {
                    EmailAddress email = new EmailAddress(r.string());
                    r.skip();
                    return new StoredEmail(email, r.string() != null);
                },
                (builder, emails) -> {
                    List<EmailAddress> others = new ArrayList<>(emails.size());
                    for (StoredEmail e : emails) {
                        if (e.primary()) {
                            builder.primaryEmail(e.email());
                        } else {
                            others.add(e.email());
                        }
                    }
                    builder.otherEmails(others);
                },
                e -> new DuplicateKeyException("Contact", "primaryEmail=" + e.email().matchKey()),
                () -> new DuplicateKeyException("Contact", "primaryEmail (one of the batch)"));
    }

    /** An email row: the address and whether it is the primary one. */
    private record StoredEmail(EmailAddress email, boolean primary) {
        static List<StoredEmail> of(Contact contact) {
            List<StoredEmail> rows = new ArrayList<>(contact.otherEmails().size() + 1);
            contact.primaryEmail().ifPresent(e -> rows.add(new StoredEmail(e, true)));
            contact.otherEmails().forEach(e -> rows.add(new StoredEmail(e, false)));
            return rows;
        }
    }

    @Override
    public String kind() {
        return "Contact";
    }

    @Override
    UUID idOf(Contact entity) {
        return entity.id().value();
    }

    @Override
    ContactId toId(UUID value) {
        return new ContactId(value);
    }

    @Override
    long versionOf(Contact entity) {
        return entity.version();
    }

    @Override
    Instant createdAtOf(Contact entity) {
        return entity.createdAt();
    }

    @Override
    Contact withVersion(Contact entity, long version) {
        return entity.withVersion(version);
    }

    @Override
    Contact withIdentity(Contact entity, UUID id, Instant createdAt, long version, Set<ExternalId> externalIds) {
        return Contact.copyOf(entity).withId(new ContactId(id)).withCreatedAt(createdAt).withVersion(version)
                .withExternalIds(externalIds);
    }

    @Override
    Set<ExternalId> externalIdsOf(Contact entity) {
        return entity.externalIds();
    }

    @Override
    void bindFields(Params p, Contact c) throws SQLException {
        String first = c.firstName().orElse("");
        String last = c.lastName().orElse("");
        p.string(first).string(last).string(first.toLowerCase(Locale.ROOT)).string(last.toLowerCase(Locale.ROOT))
                .string(fullNameKey(c)).string(c.title()).enumName(c.lifecycleStage())
                .string(sql.json.lifecycle(c.lifecycleEnteredAt())).string(c.leadSource())
                .string(c.owner().map(UserId::value)).bool(c.consent().marketingEmailOptIn())
                .bool(c.consent().doNotEmail()).bool(c.consent().doNotCall()).instant(c.updatedAt());
    }

    /** "first last" lower-cased, the third form a name prefix matches; only when both names exist. */
    static String fullNameKey(Contact c) {
        if (c.firstName().isEmpty() || c.lastName().isEmpty()) {
            return null;
        }
        return (c.firstName().get() + " " + c.lastName().get()).toLowerCase(Locale.ROOT);
    }

    @Override
    Contact.Builder read(UUID id, Row r) throws SQLException {
        return Contact.builder().id(new ContactId(id)).firstName(r.emptyAsAbsent()).lastName(r.emptyAsAbsent())
                .title(r.optionalString()).lifecycleStage(r.enumValue(LifecycleStage.class))
                .lifecycleEnteredAt(sql.json.lifecycle(r.string())).leadSource(r.optionalString())
                .owner(r.optionalString().map(UserId::of)).consent(new Consent(r.bool(), r.bool(), r.bool()))
                .updatedAt(r.instant()).createdAt(r.instant()).version(r.longValue());
    }

    @Override
    Contact build(Contact.Builder builder) {
        return builder.build();
    }

    @Override
    public Optional<Contact> findByPrimaryEmail(EmailAddress email) {
        List<Contact> found = load(sql.contact.selectByPrimaryEmail,
                p -> p.tenant(session.tenant()).string(email.matchKey()));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** One key-list query per thousand emails (and the found contacts' children), not one look-up per email. */
    @Override
    public Map<String, Contact> findAllByPrimaryEmails(Collection<EmailAddress> emails) {
        List<String> keys = emails.stream().map(EmailAddress::matchKey).distinct().toList();
        Map<String, Contact> found = new LinkedHashMap<>();
        for (List<String> chunk : Chunks.of(keys, Chunks.MAX_IN)) {
            for (Contact contact : load(sql.contact.selectByPrimaryEmails(chunk.size()),
                    p -> p.keyIn(q -> q.tenant(session.tenant()), chunk, Params::string))) {
                contact.primaryEmail().ifPresent(email -> found.put(email.matchKey(), contact));
            }
        }
        return found;
    }

    @Override
    public Page<Contact> find(ContactQuery query, PageRequest page) {
        boolean byName = query.sort() == NameSort.NAME;
        String scope = Paging.scope(session.tenant(), "Contact:" + query.sort());
        String lastNameOrder = session.dialect().codePointOrder("t.last_name");
        String firstNameOrder = session.dialect().codePointOrder("t.first_name");
        Where where = filter(query);
        page.cursor().ifPresent(cursor -> {
            CursorCodec.Keys keys = sql.cursors.decode(cursor, scope, byName ? 3 : 1);
            UUID lastId = keys.id(keys.size() - 1);
            List<Keyset.Key> sortKeys = new ArrayList<>();
            if (byName) {
                String lastName = keys.text(0);
                String firstName = keys.text(1);
                sortKeys.add(new Keyset.Key(lastNameOrder, p -> p.codePointKey(lastName)));
                sortKeys.add(new Keyset.Key(firstNameOrder, p -> p.codePointKey(firstName)));
            }
            sortKeys.add(new Keyset.Key("t.id", p -> p.uuid(lastId)));
            Keyset.after(where, sortKeys, false);
        });
        List<String> columns = byName ? List.of(lastNameOrder, firstNameOrder, "t.id") : List.of("t.id");
        List<Contact> rows = loadPage(where, where.orderBy(session.dialect(), false, columns), page);
        return Paging.page(rows, page, sql.cursors, scope, c -> byName
                ? List.of(c.lastName().orElse(""), c.firstName().orElse(""), c.id().toString())
                : List.of(c.id().toString()));
    }

    @Override
    public long count(ContactQuery query) {
        return countWhere(filter(query));
    }

    private Where filter(ContactQuery query) {
        Where where = new Where();
        query.email().ifPresent(email -> where.andNarrowingThrough(sql.contact.withEmail,
                p -> p.tenant(session.tenant()).string(email.matchKey())));
        query.phone().ifPresent(phone -> where.andNarrowingThrough(sql.contact.withPhone,
                p -> p.tenant(session.tenant()).string(phone.e164())));
        query.account().ifPresent(account -> where.andNarrowingThrough(sql.contact.withAccount,
                p -> p.tenant(session.tenant()).id(account)));
        query.lifecycleStage().ifPresent(stage -> where.and("t.lifecycle_stage = ?", p -> p.enumName(stage)));
        query.namePrefix().ifPresent(text -> {
            PrefixMatch prefix = PrefixMatch.of(session.dialect(), text.toLowerCase(Locale.ROOT));
            // a prefix of the first, last or full name: each through its own index
            where.andNarrowingAnyOf(session.dialect(), Stream.of("t.first_name_lc", "t.last_name_lc", "t.full_name_lc")
                    .map(column -> new Where().andNarrowing(prefix.on(column), prefix::bind))
                    .toList());
        });
        query.owner().ifPresent(owner -> where.and("t.owner_id = ?", p -> p.string(owner.value())));
        return where;
    }
}
