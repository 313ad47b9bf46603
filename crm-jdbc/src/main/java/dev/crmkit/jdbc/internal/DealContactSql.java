package dev.crmkit.jdbc.internal;

/** SQL of {@code deal_contact}: the contacts on a deal with their roles, in list order. */
final class DealContactSql extends ChildSql {
    DealContactSql(Tables tables) {
        super(tables, "deal_contact", "deal_id", "contact_id, role");
    }
}
