/** Activities: calls, emails, meetings, notes and tasks, linked to contacts, accounts and deals. */
package dev.crmkit.core.model.activity;
