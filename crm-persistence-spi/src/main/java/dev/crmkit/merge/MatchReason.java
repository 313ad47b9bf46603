package dev.crmkit.merge;

/** Why records were grouped as likely duplicates. */
public enum MatchReason {
    /** Contacts share an email address (compared by {@code EmailAddress.matchKey()}, primary or other). */
    EMAIL,
    /** Contacts share a phone number (E.164). */
    PHONE,
    /** Contacts have the same first and last name (ignoring case) and are linked to the same account. */
    NAME_AT_ACCOUNT,
    /** Accounts have the same web domain. */
    DOMAIN
}
