/** Accounts: the companies a tenant sells to. */
package dev.crmkit.core.model.account;
