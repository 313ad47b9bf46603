package dev.crmkit.jdbc.internal;

import dev.crmkit.jdbc.dialect.Dialect;

/**
 * SQL of the {@code contact} table. Missing names are stored as empty strings (a real name is never blank),
 * so sorting by name needs no expression and uses the name index; the {@code *_lc} columns are the names
 * lower-cased in Java for case-insensitive prefix search.
 */
final class ContactSql extends MainTableSql {
    static final String FIELDS = """
            first_name, last_name, first_name_lc, last_name_lc, full_name_lc, title, lifecycle_stage,
            lifecycle_entered_at, lead_source, owner_id, marketing_email_opt_in, do_not_email, do_not_call,
            updated_at""";
    static final String SELECT = """
            t.first_name, t.last_name, t.title, t.lifecycle_stage, t.lifecycle_entered_at, t.lead_source, t.owner_id,
            t.marketing_email_opt_in, t.do_not_email, t.do_not_call, t.updated_at, t.created_at, t.version""";

    final String selectByPrimaryEmail;
    final String withEmail;
    final String withPhone;
    final String withAccount;

    ContactSql(Tables tables, Dialect dialect) {
        super(tables, dialect, "contact", FIELDS, SELECT);
        this.selectByPrimaryEmail = selectJoined(tables.sql("""
                JOIN {p}contact_email e ON e.tenant_id = t.tenant_id AND e.contact_id = t.id
                WHERE e.tenant_id = ? AND e.primary_key = ?"""));
        this.withEmail = tables.sql("t.id IN (SELECT contact_id FROM {p}contact_email WHERE tenant_id = ? AND email_key = ?)");
        this.withPhone = tables.sql("t.id IN (SELECT contact_id FROM {p}contact_phone WHERE tenant_id = ? AND e164 = ?)");
        this.withAccount = tables.sql(
                "t.id IN (SELECT contact_id FROM {p}contact_account WHERE tenant_id = ? AND account_id = ?)");
    }
}
