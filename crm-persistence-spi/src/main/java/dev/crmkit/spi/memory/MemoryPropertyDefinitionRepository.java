package dev.crmkit.spi.memory;

import dev.crmkit.core.model.property.PropertyDefinition;
import dev.crmkit.core.model.shared.ObjectType;
import dev.crmkit.core.model.shared.PropertyDefinitionId;
import dev.crmkit.spi.PropertyDefinitionRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Custom property definitions of an in-memory unit of work. */
final class MemoryPropertyDefinitionRepository extends MemoryRepository<PropertyDefinitionId, PropertyDefinition>
        implements PropertyDefinitionRepository {

    MemoryPropertyDefinitionRepository(MemoryUnitOfWork uow) {
        super(uow, TenantState.PROPERTY_DEFINITIONS);
    }

    @Override
    public List<PropertyDefinition> findAll(ObjectType objectType) {
        Objects.requireNonNull(objectType, "objectType");
        return table().all().stream().filter(p -> p.objectType() == objectType)
                .sorted(Comparator.comparing(PropertyDefinition::key, Orders.CODE_POINT_ORDER)).toList();
    }

    @Override
    public Optional<PropertyDefinition> findByKey(ObjectType objectType, String key) {
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(key, "key");
        return table().findByKey(TenantState.propertyKey(objectType, key));
    }
}
