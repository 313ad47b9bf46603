/**
 * Privacy requests about a contact: the {@link dev.crmkit.privacy.PersonalDataExport} (right of access) and
 * the {@link dev.crmkit.privacy.ErasureReport} of an erasure (right to be forgotten), both served by
 * {@link dev.crmkit.Privacy}.
 */
package dev.crmkit.privacy;
