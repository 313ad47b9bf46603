/** Test support for the façade tests: a settable clock, predictable ids, event recording, store wrappers. */
package dev.crmkit.support;
