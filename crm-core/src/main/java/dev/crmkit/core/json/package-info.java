/**
 * JSON support: {@link dev.crmkit.core.json.CrmJacksonModule} for host object mappers and
 * {@link dev.crmkit.core.json.CrmJson} for a ready-made one.
 */
package dev.crmkit.core.json;
