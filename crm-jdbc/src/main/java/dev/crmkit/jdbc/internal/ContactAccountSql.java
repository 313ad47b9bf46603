package dev.crmkit.jdbc.internal;

/** SQL of {@code contact_account}: a contact's links to accounts with the role there, in list order. */
final class ContactAccountSql extends ChildSql {
    ContactAccountSql(Tables tables) {
        super(tables, "contact_account", "contact_id", "account_id, role");
    }
}
