package dev.crmkit.jdbc.internal;

import dev.crmkit.core.model.property.PropertyDefinition;
import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.core.model.shared.ObjectType;
import dev.crmkit.core.model.shared.PropertyDefinitionId;
import dev.crmkit.core.model.shared.PropertyType;
import dev.crmkit.spi.DuplicateKeyException;
import dev.crmkit.spi.PropertyDefinitionRepository;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Custom property definitions in SQL. The table has two unique keys (id; object type and key), so an insert
 * first asks which one a clash would hit: one small query on a rarely written table buys an exact error.
 */
final class JdbcPropertyDefinitionRepository
        extends AggregateTable<PropertyDefinition, PropertyDefinitionId, PropertyDefinition.Builder>
        implements PropertyDefinitionRepository {
    private final StoreSql sql;

    JdbcPropertyDefinitionRepository(Session session, StoreSql sql) {
        super(session, sql.propertyDefinition, List.of(), null);
        this.sql = sql;
    }

    @Override
    public String kind() {
        return "PropertyDefinition";
    }

    @Override
    UUID idOf(PropertyDefinition entity) {
        return entity.id().value();
    }

    @Override
    PropertyDefinitionId toId(UUID value) {
        return new PropertyDefinitionId(value);
    }

    @Override
    long versionOf(PropertyDefinition entity) {
        return entity.version();
    }

    @Override
    Instant createdAtOf(PropertyDefinition entity) {
        return entity.createdAt();
    }

    @Override
    PropertyDefinition withVersion(PropertyDefinition entity, long version) {
        return entity.withVersion(version);
    }

    @Override
    PropertyDefinition withIdentity(PropertyDefinition entity, UUID id, Instant createdAt, long version,
                                    Set<ExternalId> externalIds) {
        throw new UnsupportedOperationException("property definitions have no external ids");
    }

    @Override
    Set<ExternalId> externalIdsOf(PropertyDefinition entity) {
        return Set.of();
    }

    @Override
    void bindFields(Params p, PropertyDefinition d) throws SQLException {
        p.enumName(d.objectType()).string(d.key()).string(d.label()).enumName(d.type())
                .string(sql.json.strings(d.allowedValues())).string(d.description()).instant(d.updatedAt());
    }

    @Override
    PropertyDefinition.Builder read(UUID id, Row r) throws SQLException {
        return PropertyDefinition.builder().id(new PropertyDefinitionId(id)).objectType(r.enumValue(ObjectType.class))
                .key(r.string()).label(r.string()).type(r.enumValue(PropertyType.class))
                .allowedValues(sql.json.strings(r.string())).description(r.optionalString()).updatedAt(r.instant())
                .createdAt(r.instant()).version(r.longValue());
    }

    @Override
    PropertyDefinition build(PropertyDefinition.Builder builder) {
        return builder.build();
    }

    @Override
    public PropertyDefinition insert(PropertyDefinition entity) {
        List<UUID> clashes = session.list("check PropertyDefinition keys", sql.propertyDefinition.selectClash,
                p -> p.tenant(session.tenant()).id(entity.id()).enumName(entity.objectType()).string(entity.key()),
                Row::uuid);
        if (clashes.contains(entity.id().value())) {
            throw new DuplicateKeyException(kind(), "id=" + entity.id());
        }
        if (!clashes.isEmpty()) {
            throw keyClash(entity);
        }
        return super.insert(entity);
    }

    @Override
    Supplier<DuplicateKeyException> updateClash(PropertyDefinition entity) {
        return () -> keyClash(entity);
    }

    private DuplicateKeyException keyClash(PropertyDefinition entity) {
        return new DuplicateKeyException(kind(), "key=" + entity.objectType() + "." + entity.key());
    }

    @Override
    public List<PropertyDefinition> findAll(ObjectType objectType) {
        return load(sql.propertyDefinition.selectByType, p -> p.tenant(session.tenant()).enumName(objectType));
    }

    @Override
    public Optional<PropertyDefinition> findByKey(ObjectType objectType, String key) {
        List<PropertyDefinition> found = load(sql.propertyDefinition.selectByKey,
                p -> p.tenant(session.tenant()).enumName(objectType).string(key));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }
}
