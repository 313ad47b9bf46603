/**
 * The CRM domain model: immutable values with builders and JSON support. Aggregates reference each other
 * only by id. Every aggregate root carries a {@code version} for optimistic locking, and its builder
 * rejects invalid data with a {@link dev.crmkit.core.error.ValidationException}.
 */
package dev.crmkit.core.model;
