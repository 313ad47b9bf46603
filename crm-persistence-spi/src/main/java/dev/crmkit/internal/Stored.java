package dev.crmkit.internal;

import dev.crmkit.core.model.property.PropertyDefinition;
import dev.crmkit.core.model.shared.EntityId;
import dev.crmkit.core.model.shared.ObjectType;
import dev.crmkit.core.model.shared.PropertyValue;
import dev.crmkit.core.rules.PropertyRules;
import dev.crmkit.spi.AggregateRepository;
import dev.crmkit.spi.VersionConflictException;
import java.util.List;
import java.util.Map;

/** Checks shared by updates: the record exists with the version read, and its properties are defined. */
public final class Stored {
    private Stored() {
    }

    /**
     * The stored record an update or delete refers to.
     *
     * @throws dev.crmkit.core.error.NotFoundException when it does not exist
     * @throws VersionConflictException                when its stored version is not {@code expectedVersion}
     */
    public static <T, I extends EntityId> T expect(AggregateRepository<T, I> repository, I id, long expectedVersion,
                                                   java.util.function.ToLongFunction<T> versionOf) {
        T stored = repository.get(id);
        if (versionOf.applyAsLong(stored) != expectedVersion) {
            throw new VersionConflictException(repository.kind(), id, expectedVersion);
        }
        return stored;
    }

    /**
     * Validates custom property values against the tenant's definitions of the object type.
     *
     * @throws dev.crmkit.core.error.ValidationException naming {@code properties.KEY}
     */
    public static void checkProperties(TxContext ctx, ObjectType type, Map<String, PropertyValue> values) {
        if (values.isEmpty()) {
            return;
        }
        List<PropertyDefinition> definitions = ctx.uow().propertyDefinitions().findAll(type);
        PropertyRules.validate(type, values, definitions);
    }
}
