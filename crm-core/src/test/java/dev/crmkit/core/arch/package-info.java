/**
 * Architecture rules shared by every module ({@link dev.crmkit.core.arch.CrmArchitectureRules}) and their
 * application to crm-core.
 */
package dev.crmkit.core.arch;
