package dev.crmkit;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.property.PropertyDefinition;
import dev.crmkit.core.model.shared.ObjectType;
import dev.crmkit.core.model.shared.PropertyDefinitionId;
import dev.crmkit.core.model.shared.PropertyValue;
import dev.crmkit.event.PropertyDefined;
import dev.crmkit.event.PropertyDefinitionDeleted;
import dev.crmkit.event.PropertyDefinitionUpdated;
import dev.crmkit.internal.Batches;
import dev.crmkit.internal.Drafts;
import dev.crmkit.internal.Stored;
import dev.crmkit.internal.TxContext;
import dev.crmkit.internal.TxRunner;
import dev.crmkit.internal.Writes;
import dev.crmkit.spi.AccountQuery;
import dev.crmkit.spi.ContactQuery;
import dev.crmkit.spi.DealQuery;
import dev.crmkit.spi.Page;
import dev.crmkit.spi.PageRequest;
import dev.crmkit.spi.Pages;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Custom property definitions of one tenant: the typed extra fields accounts, contacts and deals may carry.
 * Values are validated against them on every create and update. Each method is one transaction (or part of
 * the caller's {@link CrmTenant#inTransaction} block); events are delivered after commit.
 */
public final class PropertyDefinitions {
    private final TxRunner runner;

    PropertyDefinitions(TxRunner runner) {
        this.runner = runner;
    }

    /**
     * Defines a custom property. {@code draft} fills a builder whose id, {@code createdAt} and {@code updatedAt}
     * the façade has set; leave those and {@code version} alone. Raises {@link PropertyDefined}.
     *
     * <pre>{@code propertyDefinitions.define(p -> p.objectType(ObjectType.DEAL).key("tier").label("Tier")
     *         .type(PropertyType.ENUMERATION).addAllowedValues("gold", "silver"))}</pre>
     *
     * @return the stored definition (version 1)
     * @throws ValidationException                  for a missing or invalid field, a field the façade assigns, or
     *                                              object type {@code ACTIVITY} (activities have no properties)
     * @throws dev.crmkit.spi.DuplicateKeyException when the object type already has the key
     */
    public PropertyDefinition define(Consumer<PropertyDefinition.Builder> draft) {
        Objects.requireNonNull(draft, "draft");
        return runner.call(ctx -> {
            Instant now = ctx.now();
            PropertyDefinitionId id = ctx.newId(PropertyDefinitionId::new);
            PropertyDefinition.Builder builder = PropertyDefinition.builder().id(id).createdAt(now).updatedAt(now);
            draft.accept(builder);
            PropertyDefinition definition = builder.build();
            Drafts.requireAssigned("id", id, definition.id());
            Drafts.requireAssigned("createdAt", now, definition.createdAt());
            Drafts.requireAssigned("updatedAt", now, definition.updatedAt());
            Drafts.requireAssigned("version", 0L, definition.version());
            ValidationException.check(definition.objectType() != ObjectType.ACTIVITY, "objectType",
                    definition.objectType(), "activities have no custom properties");
            PropertyDefinition stored = ctx.uow().propertyDefinitions().insert(definition);
            ctx.publish(new PropertyDefined(ctx.tenant(), now, stored));
            return stored;
        });
    }

    /**
     * Stores a changed definition (label, description, allowed values; with the version read). The key, object
     * type and value type cannot change: define a new property instead. Records holding an enumeration value
     * that is no longer allowed keep it until they are next updated, which then fails validation. Raises
     * {@link PropertyDefinitionUpdated}.
     *
     * @return the stored definition (version + 1)
     * @throws dev.crmkit.core.error.NotFoundException when the definition does not exist
     * @throws dev.crmkit.spi.VersionConflictException when it changed since it was read
     * @throws ValidationException                     when the key, object type, type or createdAt changed
     */
    public PropertyDefinition update(PropertyDefinition definition) {
        Objects.requireNonNull(definition, "definition");
        return runner.call(ctx -> {
            Instant now = ctx.now();
            PropertyDefinition stored = Stored.expect(ctx.uow().propertyDefinitions(), definition.id(),
                    definition.version(), PropertyDefinition::version);
            String why = "stored values depend on it; define a new property instead";
            Drafts.requireUnchanged("key", stored.key(), definition.key(), why);
            Drafts.requireUnchanged("objectType", stored.objectType(), definition.objectType(), why);
            Drafts.requireUnchanged("type", stored.type(), definition.type(), why);
            Drafts.requireUnchanged("createdAt", stored.createdAt(), definition.createdAt(), "it records the creation");
            PropertyDefinition updated = ctx.uow().propertyDefinitions()
                    .update(definition.withUpdatedAt(Writes.notBefore(now, stored.updatedAt())));
            ctx.publish(new PropertyDefinitionUpdated(ctx.tenant(), now, updated));
            return updated;
        });
    }

    /**
     * Deletes a definition and removes its values from every record of its object type (paging through them;
     * each changed record raises its update event), so no record keeps an undefined property. Raises
     * {@link PropertyDefinitionDeleted}.
     *
     * @throws dev.crmkit.core.error.NotFoundException when the definition does not exist
     * @throws dev.crmkit.spi.VersionConflictException when its version is not {@code expectedVersion}
     */
    public void delete(PropertyDefinitionId id, long expectedVersion) {
        Objects.requireNonNull(id, "id");
        runner.call(ctx -> {
            Instant now = ctx.now();
            PropertyDefinition stored = Stored.expect(ctx.uow().propertyDefinitions(), id, expectedVersion,
                    PropertyDefinition::version);
            stripValues(ctx, stored.objectType(), stored.key(), now);
            ctx.uow().propertyDefinitions().delete(id, expectedVersion);
            ctx.publish(new PropertyDefinitionDeleted(ctx.tenant(), now, id));
            return null;
        });
    }

    /** The definitions of an object type, by key. */
    public List<PropertyDefinition> list(ObjectType objectType) {
        return runner.call(ctx -> ctx.uow().propertyDefinitions().findAll(objectType));
    }

    /** The definition of an object type's key, or empty. */
    public Optional<PropertyDefinition> findByKey(ObjectType objectType, String key) {
        return runner.call(ctx -> ctx.uow().propertyDefinitions().findByKey(objectType, key));
    }

    /** The definition, or empty. */
    public Optional<PropertyDefinition> find(PropertyDefinitionId id) {
        return runner.call(ctx -> ctx.uow().propertyDefinitions().find(id));
    }

    /**
     * The definition.
     *
     * @throws dev.crmkit.core.error.NotFoundException when it does not exist
     */
    public PropertyDefinition get(PropertyDefinitionId id) {
        return runner.call(ctx -> ctx.uow().propertyDefinitions().get(id));
    }

    private static void stripValues(TxContext ctx, ObjectType type, String key, Instant now) {
        switch (type) {
            case ACCOUNT -> strip(page -> ctx.uow().accounts().find(AccountQuery.all(), page), ctx.uow().accounts()::findAll,
                    Account::id, Account::properties,
                    a -> Writes.update(ctx, a.withProperties(without(a.properties(), key))
                            .withUpdatedAt(Writes.notBefore(now, a.updatedAt())), now), key);
            case CONTACT -> strip(page -> ctx.uow().contacts().find(ContactQuery.all(), page), ctx.uow().contacts()::findAll,
                    Contact::id, Contact::properties,
                    c -> Writes.update(ctx, c.withProperties(without(c.properties(), key))
                            .withUpdatedAt(Writes.notBefore(now, c.updatedAt())), now), key);
            case DEAL -> strip(page -> ctx.uow().deals().find(DealQuery.all(), page), ctx.uow().deals()::findAll,
                    Deal::id, Deal::properties,
                    d -> Writes.update(ctx, d.withProperties(without(d.properties(), key))
                            .withUpdatedAt(Writes.notBefore(now, d.updatedAt())), now), key);
            case ACTIVITY -> {
                // Activities carry no custom properties: nothing to strip.
            }
        }
    }

    /** Pages through every record of a kind, remembering the ids of those holding {@code key}, then rewrites them in batches. */
    private static <T, I> void strip(Function<PageRequest, Page<T>> all, Function<Collection<I>, List<T>> loadAll,
                                     Function<T, I> idOf, Function<T, Map<String, PropertyValue>> propertiesOf,
                                     Consumer<T> rewrite, String key) {
        List<I> holders = new ArrayList<>();
        Pages.forEach(all, Batches.PAGE, record -> {
            if (propertiesOf.apply(record).containsKey(key)) {
                holders.add(idOf.apply(record));
            }
        });
        Batches.forEach(holders, loadAll, idOf, rewrite);
    }

    private static Map<String, PropertyValue> without(Map<String, PropertyValue> values, String key) {
        Map<String, PropertyValue> copy = new HashMap<>(values);
        copy.remove(key);
        return copy;
    }
}
