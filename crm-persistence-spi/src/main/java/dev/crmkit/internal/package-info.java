/**
 * Implementation details of the {@link dev.crmkit.Crm} façade: the transaction context, event dispatch,
 * retries, merge planning, duplicate indexing and personal-data scrubbing. Not API: nothing here appears in
 * a public signature and it may change in any release.
 */
package dev.crmkit.internal;
