/**
 * Test support for the core model: fixed fixtures, a settable clock, assertion helpers for
 * validation errors, and QuickTheories generators of valid entities.
 */
package dev.crmkit.core.testing;
