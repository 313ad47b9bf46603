/** Custom property definitions: the typed, validated extra fields a tenant adds to its records. */
package dev.crmkit.core.model.property;
