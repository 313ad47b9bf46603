package dev.crmkit.spi;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.shared.AccountId;
import dev.crmkit.core.model.shared.CrmStyle;
import dev.crmkit.core.model.shared.UserId;
import java.util.Optional;
import org.immutables.value.Value;

/** A filter over accounts; every attribute that is set must match (AND). */
@Value.Immutable
@CrmStyle
public abstract class AbstractAccountQuery {

    /** Accounts with this web domain; normalized on construction as {@code Account.normalizeDomain} does. */
    public abstract Optional<String> domain();

    /** Accounts whose name starts with this text, ignoring case; matched literally (no wildcards). */
    public abstract Optional<String> namePrefix();

    /**
     * Accounts whose whole name is this text, ignoring case (both sides lower-cased with {@code Locale.ROOT});
     * matched literally. This is the look-up of an account by the name another system refers to it with (an
     * import's "Company Name" column), served by an index where {@link #namePrefix()} would read every account
     * that merely starts with the name.
     */
    public abstract Optional<String> nameIgnoringCase();

    /** Accounts owned by this user. */
    public abstract Optional<UserId> owner();

    /** Subsidiaries of this account. */
    public abstract Optional<AccountId> parent();

    /** The order of results. */
    @Value.Default
    public NameSort sort() {
        return NameSort.CREATED;
    }

    /** Matches every account. */
    public static AccountQuery all() {
        return AccountQuery.builder().build();
    }

    @Value.Check
    protected AbstractAccountQuery normalize() {
        Optional<String> normalized = domain().map(Account::normalizeDomain);
        return normalized.equals(domain()) ? this : AccountQuery.copyOf(this).withDomain(normalized);
    }

    @Value.Check
    protected void check() {
        namePrefix().ifPresent(text -> ValidationException.requireWellFormed("namePrefix", text));
        nameIgnoringCase().ifPresent(text -> ValidationException.requireWellFormed("nameIgnoringCase", text));
        namePrefix().ifPresent(p -> ValidationException.check(!p.isEmpty() && p.length() <= 100, "namePrefix", p,
                "must be 1-100 characters"));
        nameIgnoringCase().ifPresent(n -> ValidationException.check(!n.isEmpty() && n.length() <= 255,
                "nameIgnoringCase", n, "must be 1-255 characters"));
    }
}
