package dev.crmkit.jdbc.internal;

import dev.crmkit.jdbc.dialect.Dialect;

/** SQL of the {@code property_definition} table, unique per tenant, object type and key. */
final class PropertyDefinitionSql extends MainTableSql {
    static final String FIELDS = "object_type, property_key, label, type, allowed_values, description, updated_at";
    static final String SELECT = """
            t.object_type, t.property_key, t.label, t.type, t.allowed_values, t.description, t.updated_at,
            t.created_at, t.version""";

    final String selectByType;
    final String selectByKey;
    final String selectClash;

    PropertyDefinitionSql(Tables tables, Dialect dialect) {
        super(tables, dialect, "property_definition", FIELDS, SELECT);
        this.selectByType = selectFrom + " AND t.object_type = ? ORDER BY t.property_key";
        this.selectByKey = selectFrom + " AND t.object_type = ? AND t.property_key = ?";
        this.selectClash = tables.sql("""
                SELECT id FROM {p}property_definition
                WHERE tenant_id = ? AND (id = ? OR (object_type = ? AND property_key = ?))""");
    }
}
