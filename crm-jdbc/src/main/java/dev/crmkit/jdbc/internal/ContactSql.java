package dev.crmkit.jdbc.internal;

import dev.crmkit.jdbc.dialect.Dialect;
import java.util.List;

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
    /** Each contact joined to its email rows (primary and others). */
    private final String joinEmail;
    /** Contacts with an email, phone or account link: bind the tenant, then the value. */
    final Where.Through withEmail;
    final Where.Through withPhone;
    final Where.Through withAccount;

    ContactSql(Tables tables, Dialect dialect) {
        super(tables, dialect, "contact", FIELDS, SELECT);
        this.joinEmail = tables.sql("JOIN {p}contact_email e ON e.tenant_id = t.tenant_id AND e.contact_id = t.id");
        this.selectByPrimaryEmail = selectJoined(joinEmail + " WHERE e.tenant_id = ? AND e.primary_key = ?");
        this.withEmail = new Where.Through(joinEmail, "e.tenant_id = ? AND e.email_key = ?");
        this.withPhone = new Where.Through(
                tables.sql("JOIN {p}contact_phone ph ON ph.tenant_id = t.tenant_id AND ph.contact_id = t.id"),
                "ph.tenant_id = ? AND ph.e164 = ?");
        this.withAccount = new Where.Through(
                tables.sql("JOIN {p}contact_account ca ON ca.tenant_id = t.tenant_id AND ca.contact_id = t.id"),
                "ca.tenant_id = ? AND ca.account_id = ?");
    }

    /**
     * The contacts whose primary email has one of {@code n} match keys, with the match key last: a key list over
     * the unique {@code (tenant_id, primary_key)} index; bind it with {@code Params.keyIn}.
     */
    String selectByPrimaryEmails(int n) {
        return selectJoined(joinEmail + " WHERE " + Sql.keyIn(dialect, List.of("e.tenant_id"), "e.primary_key", n));
    }
}
