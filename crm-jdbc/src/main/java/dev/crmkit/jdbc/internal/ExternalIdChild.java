package dev.crmkit.jdbc.internal;

import dev.crmkit.core.model.shared.ExternalId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * An aggregate's external ids as a child table. The shared {@code external_id} table has no foreign key to
 * the owner (it serves every record kind), so its rows are deleted explicitly with the owner.
 */
final class ExternalIdChild<T, B> implements ChildTable<T, B> {
    private final ExternalIdTable table;
    private final Function<T, UUID> ownerId;
    private final Function<T, Set<ExternalId>> values;
    private final BiConsumer<B, Set<ExternalId>> apply;

    ExternalIdChild(ExternalIdTable table, Function<T, UUID> ownerId, Function<T, Set<ExternalId>> values,
                    BiConsumer<B, Set<ExternalId>> apply) {
        this.table = table;
        this.ownerId = ownerId;
        this.values = values;
        this.apply = apply;
    }

    @Override
    public Loaded<B> load(Session session, List<UUID> owners) {
        Map<UUID, Set<ExternalId>> loaded = table.load(session, owners);
        return (owner, builder) -> {
            Set<ExternalId> ids = loaded.get(owner);
            if (ids != null) {
                apply.accept(builder, ids);
            }
        };
    }

    @Override
    public void insert(Session session, List<T> owners) {
        List<Owned<ExternalId>> rows = new ArrayList<>();
        for (T owner : owners) {
            Set<ExternalId> ids = values.apply(owner);
            if (!ids.isEmpty()) {
                UUID id = ownerId.apply(owner);
                int position = 0;
                for (ExternalId externalId : ids) {
                    rows.add(new Owned<>(id, position++, externalId));
                }
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
