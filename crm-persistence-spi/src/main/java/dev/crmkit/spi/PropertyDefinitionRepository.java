package dev.crmkit.spi;

import dev.crmkit.core.model.property.PropertyDefinition;
import dev.crmkit.core.model.shared.ObjectType;
import dev.crmkit.core.model.shared.PropertyDefinitionId;
import java.util.List;
import java.util.Optional;

/** Custom property definitions of the tenant. Unique keys: id; (object type, key). */
public interface PropertyDefinitionRepository extends AggregateRepository<PropertyDefinition, PropertyDefinitionId> {

    /** The definitions of an object type, by key. */
    List<PropertyDefinition> findAll(ObjectType objectType);

    /** The definition of an object type's property key, or empty. */
    Optional<PropertyDefinition> findByKey(ObjectType objectType, String key);

    @Override
    default String kind() {
        return "PropertyDefinition";
    }
}
