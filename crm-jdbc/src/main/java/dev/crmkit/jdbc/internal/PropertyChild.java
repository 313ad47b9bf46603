package dev.crmkit.jdbc.internal;

import dev.crmkit.core.model.shared.PropertyValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * An aggregate's custom property values as a child table. The shared {@code property_value} table has no
 * foreign key to the owner (it serves every record kind), so its rows are deleted explicitly with the owner.
 */
final class PropertyChild<T, B> implements ChildTable<T, B> {
    private final PropertyValueTable table;
    private final Function<T, UUID> ownerId;
    private final Function<T, Map<String, PropertyValue>> values;
    private final BiConsumer<B, Map<String, PropertyValue>> apply;

    PropertyChild(PropertyValueTable table, Function<T, UUID> ownerId, Function<T, Map<String, PropertyValue>> values,
                  BiConsumer<B, Map<String, PropertyValue>> apply) {
        this.table = table;
        this.ownerId = ownerId;
        this.values = values;
        this.apply = apply;
    }

    @Override
    public Loaded<B> load(Session session, List<UUID> owners) {
        Map<UUID, Map<String, PropertyValue>> loaded = table.load(session, owners);
        return (owner, builder) -> {
            Map<String, PropertyValue> properties = loaded.get(owner);
            if (properties != null) {
                apply.accept(builder, properties);
            }
        };
    }

    @Override
    public void insert(Session session, List<T> owners) {
        List<Owned<Map.Entry<String, PropertyValue>>> rows = new ArrayList<>();
        for (T owner : owners) {
            Map<String, PropertyValue> properties = values.apply(owner);
            if (!properties.isEmpty()) {
                PropertyValueTable.rows(ownerId.apply(owner), properties, rows);
            }
        }
        table.insert(session, rows);
    }

    @Override
    public void delete(Session session, List<UUID> owners) {
        table.delete(session, owners);
    }

    @Override
    public boolean cascadesOnDelete() {
        return false;
    }
}
