package dev.crmkit;

import dev.crmkit.core.model.activity.Activity;
import dev.crmkit.core.model.contact.AccountLink;
import dev.crmkit.core.model.shared.AccountId;
import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.core.model.shared.EmailAddress;
import dev.crmkit.core.model.shared.EntityId;
import dev.crmkit.core.model.shared.PhoneNumber;
import dev.crmkit.event.AccountsMerged;
import dev.crmkit.event.ContactsMerged;
import dev.crmkit.internal.AccountMerger;
import dev.crmkit.internal.Batches;
import dev.crmkit.internal.ContactMerger;
import dev.crmkit.internal.DuplicateIndex;
import dev.crmkit.internal.MergeTrace;
import dev.crmkit.internal.TxRunner;
import dev.crmkit.merge.AccountMergePlan;
import dev.crmkit.merge.ContactMergePlan;
import dev.crmkit.merge.DuplicateGroup;
import dev.crmkit.merge.MatchReason;
import dev.crmkit.merge.MergeRecord;
import dev.crmkit.spi.AccountQuery;
import dev.crmkit.spi.ContactQuery;
import dev.crmkit.spi.Pages;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Finding and merging duplicate contacts and accounts. Merging is two steps: a dry run returns a
 * {@link dev.crmkit.merge.MergePlan} that shows every change and changes nothing; applying the plan re-checks
 * it and performs exactly it, in one transaction, or throws {@link dev.crmkit.spi.VersionConflictException}
 * when anything it covers changed in between.
 */
public final class Duplicates {
    private final TxRunner runner;

    Duplicates(TxRunner runner) {
        this.runner = runner;
    }

    /**
     * Groups of contacts that are probably the same person: they share an email address (by
     * {@code matchKey()}, primary or other) or a phone number, or have the same first and last name (ignoring
     * case) and a link to the same account. Matches are transitive. Pages through the tenant's contacts 1000 at a
     * time and keeps only compact keys, never the contacts themselves. Read-only transaction.
     *
     * @return the groups, each oldest first, ordered by their oldest member
     */
    public List<DuplicateGroup<ContactId>> findDuplicateContacts() {
        return runner.call(ctx -> {
            DuplicateIndex index = new DuplicateIndex();
            Pages.forEach(page -> ctx.uow().contacts().find(ContactQuery.all(), page), Batches.PAGE, contact -> {
                int member = index.add(contact.id().value());
                for (EmailAddress email : contact.emails()) {
                    index.key(member, "e:" + email.matchKey(), MatchReason.EMAIL);
                }
                for (PhoneNumber phone : contact.phones()) {
                    index.key(member, "p:" + phone.e164(), MatchReason.PHONE);
                }
                if (contact.firstName().isPresent() && contact.lastName().isPresent()) {
                    String name = contact.firstName().get().toLowerCase(Locale.ROOT) + " "
                            + contact.lastName().get().toLowerCase(Locale.ROOT);
                    for (AccountLink link : contact.accounts()) {
                        index.key(member, "n:" + link.account() + ":" + name, MatchReason.NAME_AT_ACCOUNT);
                    }
                }
            });
            return groups(index, ContactId::new);
        });
    }

    /**
     * Groups of accounts with the same web domain. Pages through the tenant's accounts keeping compact keys only.
     * Read-only transaction.
     *
     * @return the groups, each oldest first, ordered by their oldest member
     */
    public List<DuplicateGroup<AccountId>> findDuplicateAccounts() {
        return runner.call(ctx -> {
            DuplicateIndex index = new DuplicateIndex();
            Pages.forEach(page -> ctx.uow().accounts().find(AccountQuery.all(), page), Batches.PAGE, account -> {
                int member = index.add(account.id().value());
                account.domain().ifPresent(domain -> index.key(member, "d:" + domain, MatchReason.DOMAIN));
            });
            return groups(index, AccountId::new);
        });
    }

    /** The dry run of merging a group into its suggested survivor; see {@link #planContactMerge(ContactId, Collection)}. */
    public ContactMergePlan planContactMerge(DuplicateGroup<ContactId> group) {
        return planContactMerge(group.suggestedSurvivor(), group.others());
    }

    /**
     * The dry run of merging contacts into a survivor; changes nothing. The survivor keeps its values; its empty
     * fields are filled from the merged contacts in the given order; it gains their other emails, phones,
     * account links, external ids of other sources and custom properties it lacks; its lifecycle stage becomes
     * the furthest down the funnel; "do not email/call" flags of any duplicate carry over. Deals and activities
     * of the merged contacts move to the survivor. Read-only transaction.
     *
     * @param survivor the contact to keep
     * @param merged   1-100 contacts to merge into it and delete
     * @throws dev.crmkit.core.error.NotFoundException   when a contact does not exist
     * @throws dev.crmkit.core.error.ValidationException when {@code merged} is empty, too long or has the survivor
     */
    public ContactMergePlan planContactMerge(ContactId survivor, Collection<ContactId> merged) {
        return runner.call(ctx -> ContactMerger.plan(ctx, survivor, merged));
    }

    /**
     * Applies a contact merge plan, exactly as planned, in one transaction: deals and activities move to the
     * survivor, the merged contacts are deleted, the survivor is stored as {@code plan.result()}, and a note on
     * the survivor records the merge (see {@link MergeRecord}). Raises the update and delete events of the
     * touched records, {@link dev.crmkit.event.ActivityLogged} for the note, then {@link ContactsMerged}.
     *
     * @return what was done
     * @throws dev.crmkit.spi.VersionConflictException when a record of the plan changed or disappeared, or a deal
     *                                                 or activity was linked to a merged contact since the plan
     *                                                 was made; nothing is changed then: plan again
     */
    public MergeRecord mergeContacts(ContactMergePlan plan) {
        Objects.requireNonNull(plan, "plan");
        return runner.call(ctx -> ContactMerger.apply(ctx, plan));
    }

    /** The dry run of merging a group into its suggested survivor; see {@link #planAccountMerge(AccountId, Collection)}. */
    public AccountMergePlan planAccountMerge(DuplicateGroup<AccountId> group) {
        return planAccountMerge(group.suggestedSurvivor(), group.others());
    }

    /**
     * The dry run of merging accounts into a survivor; changes nothing. The survivor keeps its values; its empty
     * fields (domain, industry, employees, revenue, country, owner, parent) are filled from the merged accounts
     * in the given order; it gains their external ids of other sources and custom properties it lacks. Deals,
     * activities, contact links and subsidiaries of the merged accounts move to the survivor (a subsidiary that
     * is itself an ancestor of the survivor loses its parent instead). Read-only transaction.
     *
     * @param survivor the account to keep
     * @param merged   1-100 accounts to merge into it and delete
     * @throws dev.crmkit.core.error.NotFoundException   when an account does not exist
     * @throws dev.crmkit.core.error.ValidationException when {@code merged} is empty, too long or has the survivor
     */
    public AccountMergePlan planAccountMerge(AccountId survivor, Collection<AccountId> merged) {
        return runner.call(ctx -> AccountMerger.plan(ctx, survivor, merged));
    }

    /**
     * Applies an account merge plan, exactly as planned, in one transaction (see {@link #mergeContacts} for the
     * guarantees). Raises the touched records' events, {@link dev.crmkit.event.ActivityLogged} for the note, then
     * {@link AccountsMerged}.
     *
     * @throws dev.crmkit.spi.VersionConflictException when anything the plan covers changed; nothing is changed
     */
    public MergeRecord mergeAccounts(AccountMergePlan plan) {
        Objects.requireNonNull(plan, "plan");
        return runner.call(ctx -> AccountMerger.apply(ctx, plan));
    }

    /**
     * The contact a deleted contact was merged into, found through the merge notes (following later merges of
     * the survivor, whose notes move along with its activities). Read-only transaction.
     *
     * @return the survivor, or empty when the id was never merged (or the survivor has since been deleted)
     */
    public Optional<ContactId> findContactMergedInto(ContactId merged) {
        return runner.call(ctx -> MergeTrace.find(ctx, merged.value()).flatMap(Activity::contact));
    }

    /**
     * The account a deleted account was merged into, found through the merge notes. Read-only transaction.
     *
     * @return the survivor, or empty when the id was never merged (or the survivor has since been deleted)
     */
    public Optional<AccountId> findAccountMergedInto(AccountId merged) {
        return runner.call(ctx -> MergeTrace.find(ctx, merged.value()).flatMap(Activity::account));
    }

    private static <I extends EntityId> List<DuplicateGroup<I>> groups(
            DuplicateIndex index, Function<UUID, I> id) {
        return index.groups().stream()
                .map(g -> new DuplicateGroup<>(g.members().stream().map(id).toList(), g.reasons()))
                .toList();
    }
}
