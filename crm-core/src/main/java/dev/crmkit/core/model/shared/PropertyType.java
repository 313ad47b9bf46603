package dev.crmkit.core.model.shared;

/** The types a custom property can have. */
public enum PropertyType {
    /** Free text up to 4000 characters. */
    STRING,
    /** A decimal number. */
    NUMBER,
    /** Yes or no. */
    BOOLEAN,
    /** A calendar date. */
    DATE,
    /** One of a declared list of allowed values. */
    ENUMERATION,
    /** An amount with a currency. */
    MONEY
}
