package dev.crmkit.jdbc.internal;

/** SQL of {@code contact_phone}: a contact's phone numbers in E.164, in list order. */
final class ContactPhoneSql extends ChildSql {
    ContactPhoneSql(Tables tables) {
        super(tables, "contact_phone", "contact_id", "e164");
    }
}
