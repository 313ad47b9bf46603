/** Tests of the façade's internals. */
package dev.crmkit.internal;
