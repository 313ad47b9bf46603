/**
 * The exception hierarchy of CRMKit. Every failure a caller can act on is an unchecked
 * {@link dev.crmkit.core.error.CrmException}; subclasses name the failure and carry the data a caller
 * (or a UI) needs: the field and rule for validation, the list of rule violations for pipeline moves,
 * the id for a missing record.
 */
package dev.crmkit.core.error;
