package dev.crmkit.jdbc.internal;

import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.ObjectType;
import dev.crmkit.core.model.shared.PropertyType;
import dev.crmkit.core.model.shared.PropertyValue;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads and writes the custom property values of one record kind. Each value fills the column of its type
 * (text and choices: {@code text_value}; numbers: {@code number_value}, plus their exact text in
 * {@code text_value} so the scale survives; booleans, dates, money amount and currency), so a database
 * can filter and index them.
 */
final class PropertyValueTable {
    private final PropertyValueSql sql;
    private final ObjectType objectType;
    private final String kind;

    PropertyValueTable(PropertyValueSql sql, ObjectType objectType, String kind) {
        this.sql = sql;
        this.objectType = objectType;
        this.kind = kind;
    }

    /** The property values of the records by record id; records without any are absent from the map. */
    Map<UUID, Map<String, PropertyValue>> load(Session session, Collection<UUID> owners) {
        Map<UUID, Map<String, PropertyValue>> result = new HashMap<>();
        for (List<UUID> chunk : Chunks.of(owners, Chunks.MAX_IN)) {
            session.list("read property values", sql.selectForRecords.sql(chunk.size()),
                    sql.selectForRecords.binder(p -> p.tenant(session.tenant()).enumName(objectType), chunk, Params::uuid),
                    row -> {
                        UUID owner = row.uuid();
                        String key = row.string();
                        result.computeIfAbsent(owner, k -> new LinkedHashMap<>()).put(key, read(row));
                        return owner;
                    });
        }
        return result;
    }

    private static PropertyValue read(Row row) throws SQLException {
        PropertyType type = row.enumValue(PropertyType.class);
        String text = row.string();
        Boolean bool = row.optionalBool();
        java.time.LocalDate date = row.date();
        BigDecimal amount = row.decimal();
        String currency = row.string();
        return switch (type) {
            case STRING -> new PropertyValue.Text(text);
            case ENUMERATION -> new PropertyValue.Choice(text);
            case NUMBER -> new PropertyValue.Number(new BigDecimal(text));
            case BOOLEAN -> new PropertyValue.Bool(bool);
            case DATE -> new PropertyValue.Date(date);
            case MONEY -> new PropertyValue.Amount(Money.of(amount, Money.currency(currency)));
        };
    }

    /** Writes the properties of many records in batches. */
    void insert(Session session, List<Owned<Map.Entry<String, PropertyValue>>> rows) {
        session.batch("write property values", sql.insert, rows, (p, row) -> {
            PropertyValue value = row.value().getValue();
            p.tenant(session.tenant()).enumName(objectType).uuid(row.owner()).string(row.value().getKey())
                    .enumName(value.type());
            String text = null;
            BigDecimal number = null;
            Boolean bool = null;
            java.time.LocalDate date = null;
            Money money = null;
            if (value instanceof PropertyValue.Text t) {
                text = t.value();
            } else if (value instanceof PropertyValue.Choice c) {
                text = c.value();
            } else if (value instanceof PropertyValue.Number n) {
                text = n.value().toString();
                number = session.dialect().filterableNumber(n.value());
            } else if (value instanceof PropertyValue.Bool b) {
                bool = b.value();
            } else if (value instanceof PropertyValue.Date d) {
                date = d.value();
            } else if (value instanceof PropertyValue.Amount a) {
                money = a.value();
            }
            p.string(text).decimal(number).bool(bool).date(date)
                    .decimal(money == null ? null : money.amount()).string(money == null ? null : money.currencyCode());
        }, null, () -> new dev.crmkit.spi.DuplicateKeyException(kind, "property key (one of the batch)"));
    }

    /** Deletes every property value of the records. */
    void delete(Session session, Collection<UUID> owners) {
        for (List<UUID> chunk : Chunks.of(owners, Chunks.MAX_IN)) {
            session.update("delete property values", sql.deleteForRecords.sql(chunk.size()),
                    sql.deleteForRecords.binder(p -> p.tenant(session.tenant()).enumName(objectType), chunk, Params::uuid));
        }
    }

    /** Every property of every record as rows for {@link #insert}. */
    static List<Owned<Map.Entry<String, PropertyValue>>> rows(UUID owner, Map<String, PropertyValue> properties,
                                                              List<Owned<Map.Entry<String, PropertyValue>>> into) {
        int position = 0;
        for (Map.Entry<String, PropertyValue> entry : properties.entrySet()) {
            into.add(new Owned<>(owner, position++, entry));
        }
        return into;
    }
}
