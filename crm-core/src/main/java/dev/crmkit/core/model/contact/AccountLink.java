package dev.crmkit.core.model.contact;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.shared.AccountId;

/**
 * A contact's link to an account, with the contact's role there ({@code "CFO"}, {@code "employee"}).
 *
 * @param account the account
 * @param role    the role, 1-100 characters
 */
public record AccountLink(AccountId account, String role) {
    public AccountLink {
        ValidationException.check(account != null, "accounts.account", null, "is required");
        role = ValidationException.requireText("accounts.role", role, 100);
    }

    /** Same as the constructor. */
    public static AccountLink of(AccountId account, String role) {
        return new AccountLink(account, role);
    }
}
