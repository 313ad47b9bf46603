package dev.crmkit.jdbc.internal;

import dev.crmkit.jdbc.dialect.Dialect;

/** SQL of {@code deal_contact}: the contacts on a deal with their roles, in list order. */
final class DealContactSql extends ChildSql {
    DealContactSql(Tables tables, Dialect dialect) {
        super(tables, dialect, "deal_contact", "deal_id", "contact_id, role");
    }
}
