/** Contacts: the people a tenant talks to, their lifecycle stage, account links and consent. */
package dev.crmkit.core.model.contact;
