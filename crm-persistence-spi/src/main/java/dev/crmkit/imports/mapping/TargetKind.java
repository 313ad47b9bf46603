package dev.crmkit.imports.mapping;

/** What a target field holds, which decides how its cells are converted. */
public enum TargetKind {
    /** Free text (trimmed; length limits of the model apply). */
    TEXT,
    /** "First Last": the first word becomes the first name, the rest the last name (when those are not mapped). */
    FULL_NAME,
    /** A contact's primary email; with {@code split}, the first address is primary and the others are added to the other emails. */
    EMAIL,
    /** Email addresses. */
    EMAILS,
    /** Phone numbers, converted to E.164 with the default region. */
    PHONES,
    /** A {@code LifecycleStage} name such as {@code CUSTOMER} (use {@code map} to translate labels). */
    LIFECYCLE_STAGE,
    /** A host user key ({@code UserId}). */
    USER,
    /** Yes or no. */
    BOOLEAN,
    /** A whole number. */
    INTEGER,
    /** An amount with a currency. */
    MONEY,
    /** A country name (English, as {@link java.util.Locale} spells it), ISO alpha-2 or alpha-3 code. */
    COUNTRY,
    /** A web domain or URL. */
    DOMAIN,
    /** A calendar date. */
    DATE,
    /** A moment (dates are the start of the day in the mapping's zone). */
    INSTANT,
    /** One account, found with the field's {@code lookup}. */
    ACCOUNT_REFERENCE,
    /** Contacts, found with the field's {@code lookup} (by email by default). */
    CONTACT_REFERENCES,
    /** A stage key of the deal's pipeline (use {@code map} to translate labels). */
    STAGE,
    /** A custom property {@code properties.KEY} of the field's {@code type}. */
    PROPERTY
}
