package dev.crmkit;

import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.contact.LifecycleStage;
import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.core.model.shared.EmailAddress;
import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.core.model.shared.ObjectType;
import dev.crmkit.core.model.shared.PhoneNumber;
import dev.crmkit.core.rules.LifecycleTransitions;
import dev.crmkit.event.ContactCreated;
import dev.crmkit.event.ContactDeleted;
import dev.crmkit.event.ContactLifecycleChanged;
import dev.crmkit.internal.Cascades;
import dev.crmkit.internal.Drafts;
import dev.crmkit.internal.References;
import dev.crmkit.internal.Stored;
import dev.crmkit.internal.TxContext;
import dev.crmkit.internal.TxRunner;
import dev.crmkit.internal.Writes;
import dev.crmkit.spi.ContactQuery;
import dev.crmkit.spi.Page;
import dev.crmkit.spi.PageRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Contact use cases of one tenant. Each method is one transaction (or part of the caller's
 * {@link CrmTenant#inTransaction} block); events are delivered after commit.
 */
public final class Contacts {
    private final TxRunner runner;

    Contacts(TxRunner runner) {
        this.runner = runner;
    }

    /**
     * Creates a contact. {@code draft} fills a builder whose id, {@code createdAt} and {@code updatedAt} the
     * façade has set; leave those and {@code version} alone. The moment the contact entered its lifecycle stage
     * is recorded when the draft does not give one. Raises {@link ContactCreated}.
     *
     * <pre>{@code contacts.create(c -> c.firstName("Ada").lastName("Lovelace").primaryEmail(EmailAddress.of("ada@example.com")))}</pre>
     *
     * @return the stored contact (version 1)
     * @throws dev.crmkit.core.error.ValidationException for an invalid value, a linked account that does not
     *                                                    exist, an id or timestamp set by the draft, or an
     *                                                    undefined or mistyped custom property
     * @throws dev.crmkit.spi.DuplicateKeyException      when the primary email or an external id is taken
     */
    public Contact create(Consumer<Contact.Builder> draft) {
        Objects.requireNonNull(draft, "draft");
        return runner.call(ctx -> {
            Instant now = ctx.now();
            ContactId id = ctx.newId(ContactId::new);
            Contact.Builder builder = Contact.builder().id(id).createdAt(now).updatedAt(now);
            draft.accept(builder);
            Contact contact = builder.build();
            Drafts.requireAssigned("id", id, contact.id());
            Drafts.requireAssigned("createdAt", now, contact.createdAt());
            Drafts.requireAssigned("updatedAt", now, contact.updatedAt());
            Drafts.requireAssigned("version", 0L, contact.version());
            if (!contact.lifecycleEnteredAt().containsKey(contact.lifecycleStage())) {
                Map<LifecycleStage, Instant> entered = new HashMap<>(contact.lifecycleEnteredAt());
                entered.put(contact.lifecycleStage(), now);
                contact = contact.withLifecycleEnteredAt(entered);
            }
            References.checkContact(ctx, contact);
            Stored.checkProperties(ctx, ObjectType.CONTACT, contact.properties());
            Contact stored = ctx.uow().contacts().insert(contact);
            ctx.publish(new ContactCreated(ctx.tenant(), now, stored));
            return stored;
        });
    }

    /**
     * Stores a changed contact (with the version read; {@code updatedAt} is set by the façade, {@code createdAt}
     * must not change). A changed lifecycle stage records the moment it was entered and raises
     * {@link ContactLifecycleChanged} after {@link dev.crmkit.event.ContactUpdated}.
     *
     * @return the stored contact (version + 1)
     * @throws dev.crmkit.core.error.NotFoundException   when the contact does not exist
     * @throws dev.crmkit.spi.VersionConflictException   when it changed since it was read
     * @throws dev.crmkit.core.error.ValidationException for a changed {@code createdAt}, a linked account that
     *                                                    does not exist, or a bad custom property
     * @throws dev.crmkit.spi.DuplicateKeyException      when the primary email or an external id is taken
     */
    public Contact update(Contact contact) {
        Objects.requireNonNull(contact, "contact");
        return runner.call(ctx -> {
            Instant now = ctx.now();
            Contact stored = Stored.expect(ctx.uow().contacts(), contact.id(), contact.version(), Contact::version);
            Drafts.requireUnchanged("createdAt", stored.createdAt(), contact.createdAt(), "it records the creation");
            References.checkContact(ctx, contact);
            Stored.checkProperties(ctx, ObjectType.CONTACT, contact.properties());
            Contact changed = contact.withUpdatedAt(Writes.notBefore(now, stored.updatedAt()));
            if (changed.lifecycleStage() != stored.lifecycleStage()) {
                Map<LifecycleStage, Instant> entered = new HashMap<>(changed.lifecycleEnteredAt());
                entered.put(changed.lifecycleStage(), now);
                changed = changed.withLifecycleEnteredAt(entered);
            }
            Contact updated = Writes.update(ctx, changed, now);
            publishLifecycleChange(ctx, stored, updated, now);
            return updated;
        });
    }

    /**
     * Deletes a contact and removes it from the deals it is on; activities linked to it lose the link
     * (those linked to nothing else are deleted). Side effects raise their own events, then
     * {@link ContactDeleted}. To remove a person's data everywhere, use {@link Privacy#erase} instead.
     *
     * @throws dev.crmkit.core.error.NotFoundException when the contact does not exist
     * @throws dev.crmkit.spi.VersionConflictException when its version is not {@code expectedVersion}
     */
    public void delete(ContactId id, long expectedVersion) {
        Objects.requireNonNull(id, "id");
        runner.call(ctx -> {
            Instant now = ctx.now();
            Stored.expect(ctx.uow().contacts(), id, expectedVersion, Contact::version);
            Cascades.removeContactFromDeals(ctx, id, now);
            Cascades.detachActivitiesFromContact(ctx, id, now);
            ctx.uow().contacts().delete(id, expectedVersion);
            ctx.publish(new ContactDeleted(ctx.tenant(), now, id));
            return null;
        });
    }

    /**
     * Applies a lifecycle stage suggested by lead scoring: the contact moves to {@code suggested} only when that
     * lies further down the funnel ({@link LifecycleTransitions#promote}); suggestions never demote. A change
     * raises {@link dev.crmkit.event.ContactUpdated} and {@link ContactLifecycleChanged}.
     *
     * @return the contact as stored afterwards (unchanged, same version, when nothing was promoted)
     * @throws dev.crmkit.core.error.NotFoundException when the contact does not exist
     * @throws dev.crmkit.spi.VersionConflictException when it changed concurrently (safe to retry)
     */
    public Contact applyLifecycleSuggestion(ContactId id, LifecycleStage suggested) {
        Objects.requireNonNull(suggested, "suggested");
        return runner.call(ctx -> {
            Instant now = ctx.now();
            Contact stored = ctx.uow().contacts().get(id);
            Contact promoted = LifecycleTransitions.promote(stored, suggested, now);
            if (promoted.lifecycleStage() == stored.lifecycleStage()) {
                return stored;
            }
            Contact updated = Writes.update(ctx, promoted, now);
            publishLifecycleChange(ctx, stored, updated, now);
            return updated;
        });
    }

    /**
     * Moves a contact to any lifecycle stage, also backwards ({@link LifecycleTransitions#moveTo}). A change
     * raises {@link dev.crmkit.event.ContactUpdated} and {@link ContactLifecycleChanged}.
     *
     * @return the contact as stored afterwards
     * @throws dev.crmkit.core.error.NotFoundException when the contact does not exist
     * @throws dev.crmkit.spi.VersionConflictException when it changed concurrently (safe to retry)
     */
    public Contact changeLifecycleStage(ContactId id, LifecycleStage stage) {
        Objects.requireNonNull(stage, "stage");
        return runner.call(ctx -> {
            Instant now = ctx.now();
            Contact stored = ctx.uow().contacts().get(id);
            Contact moved = LifecycleTransitions.moveTo(stored, stage, now);
            if (moved.lifecycleStage() == stored.lifecycleStage()) {
                return stored;
            }
            Contact updated = Writes.update(ctx, moved, now);
            publishLifecycleChange(ctx, stored, updated, now);
            return updated;
        });
    }

    /** The contact, or empty. */
    public Optional<Contact> find(ContactId id) {
        return runner.call(ctx -> ctx.uow().contacts().find(id));
    }

    /**
     * The contact.
     *
     * @throws dev.crmkit.core.error.NotFoundException when it does not exist
     */
    public Contact get(ContactId id) {
        return runner.call(ctx -> ctx.uow().contacts().get(id));
    }

    /** The contacts with these ids that exist, in no particular order; one batch read. */
    public List<Contact> getAll(Collection<ContactId> ids) {
        return runner.call(ctx -> ctx.uow().contacts().findAll(ids));
    }

    /** The contact whose primary email matches (ignoring case), or empty. */
    public Optional<Contact> findByPrimaryEmail(EmailAddress email) {
        return runner.call(ctx -> ctx.uow().contacts().findByPrimaryEmail(email));
    }

    /** The contact with this external id, or empty. */
    public Optional<Contact> findByExternalId(ExternalId externalId) {
        return runner.call(ctx -> ctx.uow().contacts().findByExternalId(externalId));
    }

    /**
     * One page of the contacts with this phone number, written as people write it (numbers without a country
     * code are read in the builder's default region).
     *
     * @throws dev.crmkit.core.error.ValidationException (field {@code phone}) when the number cannot be parsed
     */
    public Page<Contact> findByPhone(String phone, PageRequest page) {
        return runner.call(ctx -> {
            PhoneNumber number = PhoneNumber.parse(phone, ctx.settings().defaultRegion().orElse(null));
            return ctx.uow().contacts().find(ContactQuery.builder().phone(number).build(), page);
        });
    }

    /**
     * One page of contacts matching the query.
     *
     * @throws dev.crmkit.spi.InvalidCursorException when the cursor does not belong to this query
     */
    public Page<Contact> find(ContactQuery query, PageRequest page) {
        return runner.call(ctx -> ctx.uow().contacts().find(query, page));
    }

    /** How many contacts match. */
    public long count(ContactQuery query) {
        return runner.call(ctx -> ctx.uow().contacts().count(query));
    }

    private static void publishLifecycleChange(TxContext ctx, Contact before, Contact after, Instant now) {
        if (before.lifecycleStage() != after.lifecycleStage()) {
            ctx.publish(new ContactLifecycleChanged(ctx.tenant(), now, after.id(), before.lifecycleStage(),
                    after.lifecycleStage()));
        }
    }
}
