package dev.crmkit.spi;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.contact.LifecycleStage;
import dev.crmkit.core.model.shared.AccountId;
import dev.crmkit.core.model.shared.CrmStyle;
import dev.crmkit.core.model.shared.EmailAddress;
import dev.crmkit.core.model.shared.PhoneNumber;
import dev.crmkit.core.model.shared.UserId;
import java.util.Optional;
import org.immutables.value.Value;

/** A filter over contacts; every attribute that is set must match (AND). */
@Value.Immutable
@CrmStyle
public abstract class AbstractContactQuery {

    /** Contacts with this address among their emails (compared by {@link EmailAddress#matchKey()}). */
    public abstract Optional<EmailAddress> email();

    /** Contacts with this number among their phones. */
    public abstract Optional<PhoneNumber> phone();

    /** Contacts linked to this account. */
    public abstract Optional<AccountId> account();

    /** Contacts in this lifecycle stage. */
    public abstract Optional<LifecycleStage> lifecycleStage();

    /**
     * Contacts whose first name, last name or "first last" starts with this text, ignoring case (Unicode
     * simple case folding as {@code String.toLowerCase(Locale.ROOT)} does). Wildcards have no meaning: the
     * text is matched literally.
     */
    public abstract Optional<String> namePrefix();

    /** Contacts owned by this user. */
    public abstract Optional<UserId> owner();

    /** The order of results. */
    @Value.Default
    public NameSort sort() {
        return NameSort.CREATED;
    }

    /** Matches every contact. */
    public static ContactQuery all() {
        return ContactQuery.builder().build();
    }

    @Value.Check
    protected void check() {
        namePrefix().ifPresent(text -> ValidationException.requireWellFormed("namePrefix", text));
        namePrefix().ifPresent(p -> ValidationException.check(!p.isEmpty() && p.length() <= 100, "namePrefix", p,
                "must be 1-100 characters"));
    }
}
