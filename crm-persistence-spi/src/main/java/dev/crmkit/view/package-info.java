/**
 * Read models the façade assembles for screens: the {@link dev.crmkit.view.PipelineBoard}, rotting deals and
 * the customer-360 timelines of contacts, accounts and deals.
 */
package dev.crmkit.view;
