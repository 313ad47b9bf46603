package dev.crmkit.core.model.shared;

/** The kinds of record that can carry custom properties and external ids. */
public enum ObjectType {
    /** {@link dev.crmkit.core.model.account.Account}. */
    ACCOUNT,
    /** {@link dev.crmkit.core.model.contact.Contact}. */
    CONTACT,
    /** {@link dev.crmkit.core.model.deal.Deal}. */
    DEAL,
    /** {@link dev.crmkit.core.model.activity.Activity}. */
    ACTIVITY
}
