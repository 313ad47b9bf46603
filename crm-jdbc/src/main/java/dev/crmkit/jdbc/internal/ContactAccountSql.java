package dev.crmkit.jdbc.internal;

import dev.crmkit.jdbc.dialect.Dialect;

/** SQL of {@code contact_account}: a contact's links to accounts with the role there, in list order. */
final class ContactAccountSql extends ChildSql {
    ContactAccountSql(Tables tables, Dialect dialect) {
        super(tables, dialect, "contact_account", "contact_id", "account_id, role");
    }
}
