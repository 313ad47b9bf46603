package dev.crmkit.jdbc.internal;

import dev.crmkit.jdbc.dialect.Dialect;

/** SQL of {@code contact_phone}: a contact's phone numbers in E.164, in list order. */
final class ContactPhoneSql extends ChildSql {
    ContactPhoneSql(Tables tables, Dialect dialect) {
        super(tables, dialect, "contact_phone", "contact_id", "e164");
    }
}
