package dev.crmkit.spi;

import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.shared.AccountId;

/** Accounts of the unit of work's tenant. Unique keys: id; external id (source, id). */
public interface AccountRepository extends ExternallyIdentifiedRepository<Account, AccountId> {

    /**
     * One page of accounts matching the query, in its {@link AccountQuery#sort()} order.
     *
     * @throws InvalidCursorException when the cursor was not made for this query's order
     */
    Page<Account> find(AccountQuery query, PageRequest page);

    /** How many accounts match (one aggregate query in SQL stores). */
    long count(AccountQuery query);

    @Override
    default String kind() {
        return "Account";
    }
}
