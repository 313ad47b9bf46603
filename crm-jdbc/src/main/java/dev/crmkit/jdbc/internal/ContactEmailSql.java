package dev.crmkit.jdbc.internal;

import dev.crmkit.jdbc.dialect.Dialect;

/**
 * SQL of {@code contact_email}: every email of a contact, the primary one first. {@code primary_key} holds
 * the primary email's match key (NULL for the others), so the unique constraint on it is the tenant-wide
 * uniqueness of primary emails, and a violation of it can only come from this table's insert.
 */
final class ContactEmailSql extends ChildSql {
    ContactEmailSql(Tables tables, Dialect dialect) {
        super(tables, dialect, "contact_email", "contact_id", "email, email_key, primary_key");
    }
}
