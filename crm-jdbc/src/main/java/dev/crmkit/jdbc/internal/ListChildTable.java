package dev.crmkit.jdbc.internal;

import dev.crmkit.spi.DuplicateKeyException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A child table holding a list per owner (emails, phones, account links, deal contacts, stages), deleted
 * with its owner by the foreign key's {@code ON DELETE CASCADE}.
 *
 * @param <T> the owning aggregate
 * @param <B> its builder
 * @param <V> one list element
 */
final class ListChildTable<T, B, V> implements ChildTable<T, B> {
    private final ChildSql sql;
    private final Function<T, UUID> ownerId;
    private final Function<T, List<V>> values;
    private final Session.ItemBinder<V> binder;
    private final Session.Mapper<V> mapper;
    private final BiConsumer<B, List<V>> apply;
    private final Function<V, DuplicateKeyException> onDuplicate;
    private final Supplier<DuplicateKeyException> onUnknownDuplicate;

    /**
     * @param binder      binds an element's value columns
     * @param mapper      reads an element's value columns
     * @param apply       puts an owner's elements (possibly none) into its builder
     * @param onDuplicate        the unique key an element clashed on, or {@code null} when the table has no
     *                           unique key besides its primary key
     * @param onUnknownDuplicate the clash when the driver does not tell which element failed (with {@code onDuplicate})
     */
    ListChildTable(ChildSql sql, Function<T, UUID> ownerId, Function<T, List<V>> values, Session.ItemBinder<V> binder,
                   Session.Mapper<V> mapper, BiConsumer<B, List<V>> apply, Function<V, DuplicateKeyException> onDuplicate,
                   Supplier<DuplicateKeyException> onUnknownDuplicate) {
        this.sql = sql;
        this.ownerId = ownerId;
        this.values = values;
        this.binder = binder;
        this.mapper = mapper;
        this.apply = apply;
        this.onDuplicate = onDuplicate;
        this.onUnknownDuplicate = onUnknownDuplicate;
    }

    /** A list child without unique keys of its own. */
    ListChildTable(ChildSql sql, Function<T, UUID> ownerId, Function<T, List<V>> values, Session.ItemBinder<V> binder,
                   Session.Mapper<V> mapper, BiConsumer<B, List<V>> apply) {
        this(sql, ownerId, values, binder, mapper, apply, null, null);
    }

    @Override
    public Loaded<B> load(Session session, List<UUID> owners) {
        Map<UUID, List<V>> byOwner = new HashMap<>();
        for (List<UUID> chunk : Chunks.of(owners, Chunks.MAX_IN)) {
            session.list("read " + sql.getClass().getSimpleName(), sql.select.sql(chunk.size()),
                    sql.select.binder(p -> p.tenant(session.tenant()), chunk, Params::uuid),
                    row -> {
                        UUID owner = row.uuid();
                        V value = mapper.map(row);
                        byOwner.computeIfAbsent(owner, k -> new ArrayList<>()).add(value);
                        return value;
                    });
        }
        return (owner, builder) -> apply.accept(builder, byOwner.getOrDefault(owner, List.of()));
    }

    @Override
    public void insert(Session session, List<T> owners) {
        List<Owned<V>> rows = new ArrayList<>();
        for (T owner : owners) {
            List<V> list = values.apply(owner);
            UUID id = ownerId.apply(owner);
            for (int i = 0; i < list.size(); i++) {
                rows.add(new Owned<>(id, i, list.get(i)));
            }
        }
        session.batch("write " + sql.getClass().getSimpleName(), sql.insert, rows, (p, row) -> {
            p.tenant(session.tenant()).uuid(row.owner()).intValue(row.position());
            binder.bind(p, row.value());
        }, onDuplicate == null ? null : row -> onDuplicate.apply(row.value()), onUnknownDuplicate);
    }

    @Override
    public void delete(Session session, List<UUID> owners) {
        for (List<UUID> chunk : Chunks.of(owners, Chunks.MAX_IN)) {
            session.update("delete " + sql.getClass().getSimpleName(), sql.delete.sql(chunk.size()),
                    sql.delete.binder(p -> p.tenant(session.tenant()), chunk, Params::uuid));
        }
    }

    @Override
    public boolean cascadesOnDelete() {
        return true;
    }
}
