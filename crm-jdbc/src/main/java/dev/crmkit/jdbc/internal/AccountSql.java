package dev.crmkit.jdbc.internal;

import dev.crmkit.jdbc.dialect.Dialect;

/** SQL of the {@code account} table. {@code name_lc} is the name lower-cased in Java for prefix search. */
final class AccountSql extends MainTableSql {
    static final String FIELDS = """
            name, name_lc, domain, industry, employee_count, annual_revenue, annual_revenue_currency, country,
            owner_id, parent_id, updated_at""";
    static final String SELECT = """
            t.name, t.domain, t.industry, t.employee_count, t.annual_revenue, t.annual_revenue_currency, t.country,
            t.owner_id, t.parent_id, t.updated_at, t.created_at, t.version""";

    AccountSql(Tables tables, Dialect dialect) {
        super(tables, dialect, "account", FIELDS, SELECT);
    }
}
