/**
 * Domain events of the {@link dev.crmkit.Crm} façade: immutable records implementing the sealed
 * {@link dev.crmkit.event.CrmEvent}, each carrying its tenant and the moment it happened. They are delivered
 * to registered {@link dev.crmkit.event.CrmEventListener}s synchronously, in the order they were raised,
 * only after the transaction that raised them has committed; a rolled-back transaction publishes nothing.
 */
package dev.crmkit.event;
