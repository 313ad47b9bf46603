package dev.crmkit.spi;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.shared.AccountId;
import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.core.model.shared.CrmStyle;
import dev.crmkit.core.model.shared.PipelineId;
import dev.crmkit.core.model.shared.UserId;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A filter over deals; every attribute that is set must match (AND). Build with {@code DealQuery.builder()};
 * {@code DealQuery.all()} matches every deal of the tenant.
 */
@Value.Immutable
@CrmStyle
public abstract class AbstractDealQuery {

    /** Deals in this pipeline. */
    public abstract Optional<PipelineId> pipeline();

    /** Deals in any of these stage keys (empty: any stage). */
    public abstract Set<String> stages();

    /** Deals owned by this user. */
    public abstract Optional<UserId> owner();

    /** Deals with this account. */
    public abstract Optional<AccountId> account();

    /** Deals that have this contact. */
    public abstract Optional<ContactId> contact();

    /** Deals expected to close on or after this date. */
    public abstract Optional<LocalDate> expectedCloseFrom();

    /** Deals expected to close before this date (exclusive). */
    public abstract Optional<LocalDate> expectedCloseBefore();

    /** Open, closed or both. */
    @Value.Default
    public DealStatus status() {
        return DealStatus.ANY;
    }

    /** The order of {@code find} results. */
    @Value.Default
    public DealSort sort() {
        return DealSort.CREATED;
    }

    /** Matches every deal. */
    public static DealQuery all() {
        return DealQuery.builder().build();
    }

    @Value.Check
    protected void check() {
        ValidationException.check(stages().size() <= 100, "stages", stages().size(), "at most 100 stages per query");
        if (expectedCloseFrom().isPresent() && expectedCloseBefore().isPresent()) {
            ValidationException.check(expectedCloseFrom().get().isBefore(expectedCloseBefore().get()), "expectedCloseBefore",
                    expectedCloseBefore().get(), "must be after expectedCloseFrom");
        }
    }
}
