/** Deals (opportunities) and their append-only stage history. */
package dev.crmkit.core.model.deal;
