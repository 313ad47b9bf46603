package dev.crmkit.internal;

import dev.crmkit.core.error.NotFoundException;
import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.activity.Activity;
import dev.crmkit.core.model.contact.AccountLink;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.shared.AccountId;
import dev.crmkit.core.model.shared.ActivityId;
import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.core.model.shared.DealId;
import dev.crmkit.core.model.shared.EntityId;
import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.PropertyValue;
import dev.crmkit.core.model.shared.UserId;
import dev.crmkit.event.AccountDeleted;
import dev.crmkit.event.AccountsMerged;
import dev.crmkit.merge.AccountMergePlan;
import dev.crmkit.merge.FieldFill;
import dev.crmkit.merge.MergeRecord;
import dev.crmkit.merge.VersionedId;
import dev.crmkit.spi.AccountQuery;
import dev.crmkit.spi.ActivityQuery;
import dev.crmkit.spi.ContactQuery;
import dev.crmkit.spi.DealQuery;
import dev.crmkit.spi.Pages;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Plans and applies account merges. */
public final class AccountMerger {
    private AccountMerger() {
    }

    /**
     * The plan for merging {@code mergedIds} into {@code survivorId}, read in the context's transaction;
     * changes nothing. Fill precedence follows the order of {@code mergedIds}.
     */
    public static AccountMergePlan plan(TxContext ctx, AccountId survivorId, Collection<AccountId> mergedIds) {
        List<AccountId> ids = MergeChecks.mergedIds(survivorId, mergedIds);
        Account survivor = ctx.uow().accounts().get(survivorId);
        Map<AccountId, Account> found = new HashMap<>();
        ctx.uow().accounts().findAll(ids).forEach(a -> found.put(a.id(), a));
        List<Account> merged = new ArrayList<>();
        for (AccountId id : ids) {
            Account account = found.get(id);
            if (account == null) {
                throw new NotFoundException("Account", id);
            }
            merged.add(account);
        }
        Set<AccountId> mergedSet = new HashSet<>(ids);
        Set<DealId> dealIds = new LinkedHashSet<>();
        Set<ContactId> contactIds = new LinkedHashSet<>();
        Set<AccountId> childIds = new LinkedHashSet<>();
        for (AccountId id : ids) {
            dealIds.addAll(Batches.ids(page -> ctx.uow().deals().find(DealQuery.builder().account(id).build(), page),
                    Deal::id));
            contactIds.addAll(Batches.ids(
                    page -> ctx.uow().contacts().find(ContactQuery.builder().account(id).build(), page), Contact::id));
            Batches.ids(page -> ctx.uow().accounts().find(AccountQuery.builder().parent(id).build(), page), Account::id)
                    .stream().filter(child -> !child.equals(survivorId) && !mergedSet.contains(child))
                    .forEach(childIds::add);
        }
        List<Activity> activities = new ArrayList<>();
        ActivityQuery linked = ActivityQuery.builder().addAllAccounts(ids).build();
        Pages.forEach(page -> ctx.uow().activities().find(linked, page), Batches.PAGE, activities::add);

        List<FieldFill> fills = new ArrayList<>();
        Account result = fill(ctx, survivor, merged, mergedSet, fills);
        return new AccountMergePlan(
                new VersionedId<>(survivor.id(), survivor.version()),
                merged.stream().map(a -> new VersionedId<>(a.id(), a.version())).toList(),
                result, fills,
                MergeChecks.versioned(Batches.load(new ArrayList<>(dealIds), ctx.uow().deals()::findAll, Deal::id),
                        Deal::id, Deal::version),
                MergeChecks.versioned(activities, Activity::id, Activity::version),
                MergeChecks.versioned(Batches.load(new ArrayList<>(contactIds), ctx.uow().contacts()::findAll,
                        Contact::id), Contact::id, Contact::version),
                MergeChecks.versioned(Batches.load(new ArrayList<>(childIds), ctx.uow().accounts()::findAll,
                        Account::id), Account::id, Account::version));
    }

    /**
     * Applies an approved plan after re-planning in the same transaction. Raises the side effects' events, then
     * {@link AccountsMerged}. The survivor's version rises by two when its parent was a merged account (the parent
     * is cleared first, so the merged account can be deleted before the survivor takes over its unique keys).
     */
    public static MergeRecord apply(TxContext ctx, AccountMergePlan plan) {
        List<AccountId> mergedIds = plan.merged().stream().map(VersionedId::id).toList();
        MergeChecks.requireUnchanged(plan, () -> plan(ctx, plan.survivor().id(), mergedIds), AccountMerger::refs);
        Instant now = ctx.now();
        AccountId survivor = plan.survivor().id();
        Set<AccountId> merged = new HashSet<>(mergedIds);

        Batches.forEach(ids(plan.deals()), ctx.uow().deals()::findAll, Deal::id, deal -> Writes.update(ctx,
                Deal.builder().from(deal).account(survivor).updatedAt(Writes.notBefore(now, deal.updatedAt())).build(), now));
        Batches.forEach(ids(plan.activities()), ctx.uow().activities()::findAll, Activity::id, activity -> Writes.update(ctx,
                Activity.builder().from(activity).account(survivor)
                        .updatedAt(Writes.notBefore(now, activity.updatedAt())).build(), now));
        Batches.forEach(ids(plan.contacts()), ctx.uow().contacts()::findAll, Contact::id, contact -> {
            List<AccountLink> links = new ArrayList<>();
            boolean linked = contact.isLinkedTo(survivor);
            for (AccountLink link : contact.accounts()) {
                if (!merged.contains(link.account())) {
                    links.add(link);
                } else if (!linked) {
                    links.add(AccountLink.of(survivor, link.role()));
                    linked = true;
                }
            }
            Writes.update(ctx, Contact.builder().from(contact).accounts(links)
                    .updatedAt(Writes.notBefore(now, contact.updatedAt())).build(), now);
        });
        Set<AccountId> survivorLine = ancestorsOf(ctx, plan.result().parent());
        Batches.forEach(ids(plan.subsidiaries()), ctx.uow().accounts()::findAll, Account::id, child -> Writes.update(ctx,
                Account.builder().from(child)
                        .parent(survivorLine.contains(child.id()) ? Optional.empty() : Optional.of(survivor))
                        .updatedAt(Writes.notBefore(now, child.updatedAt())).build(), now));
        Account current = ctx.uow().accounts().get(survivor);
        if (current.parent().map(merged::contains).orElse(false)) {
            current = Writes.update(ctx, Account.builder().from(current).parent(Optional.empty())
                    .updatedAt(Writes.notBefore(now, current.updatedAt())).build(), now);
        }
        for (VersionedId<AccountId> gone : deletionOrder(ctx, plan.merged())) {
            ctx.uow().accounts().delete(gone.id(), gone.version());
            ctx.publish(new AccountDeleted(ctx.tenant(), now, gone.id()));
        }
        Writes.update(ctx, Account.builder().from(plan.result()).version(current.version())
                .updatedAt(Writes.notBefore(now, current.updatedAt())).build(), now);
        ActivityId note = MergeTrace.record(ctx, "account", plan, plan.deals().size(), plan.activities().size(),
                b -> b.account(survivor), now);
        MergeRecord record = new MergeRecord(plan, now, note);
        ctx.publish(new AccountsMerged(ctx.tenant(), now, record));
        return record;
    }

    private static <I extends EntityId> List<I> ids(List<VersionedId<I>> refs) {
        return refs.stream().map(VersionedId::id).toList();
    }

    /** Merged accounts ordered so that none is deleted while another merged account still names it as parent. */
    private static List<VersionedId<AccountId>> deletionOrder(TxContext ctx, List<VersionedId<AccountId>> merged) {
        Map<AccountId, Optional<AccountId>> parents = new HashMap<>();
        ctx.uow().accounts().findAll(ids(merged)).forEach(a -> parents.put(a.id(), a.parent()));
        List<VersionedId<AccountId>> remaining = new ArrayList<>(merged);
        List<VersionedId<AccountId>> order = new ArrayList<>();
        while (!remaining.isEmpty()) {
            Set<AccountId> stillParents = new HashSet<>();
            remaining.forEach(r -> parents.getOrDefault(r.id(), Optional.empty()).ifPresent(stillParents::add));
            List<VersionedId<AccountId>> leaves = remaining.stream().filter(r -> !stillParents.contains(r.id())).toList();
            // A parent cycle among merged accounts cannot come from the façade; delete in plan order then.
            List<VersionedId<AccountId>> next = leaves.isEmpty() ? List.copyOf(remaining) : leaves;
            order.addAll(next);
            remaining.removeAll(next);
        }
        return order;
    }

    private static Set<AccountId> ancestorsOf(TxContext ctx, Optional<AccountId> start) {
        Set<AccountId> line = new LinkedHashSet<>();
        Optional<AccountId> current = start;
        while (current.isPresent() && line.add(current.get()) && line.size() < 1000) {
            current = ctx.uow().accounts().find(current.get()).flatMap(Account::parent);
        }
        return line;
    }

    private static List<MergeChecks.Ref> refs(AccountMergePlan plan) {
        List<MergeChecks.Ref> refs = new ArrayList<>();
        refs.add(new MergeChecks.Ref("Account", plan.survivor()));
        refs.addAll(MergeChecks.refs("Account", plan.merged()));
        refs.addAll(MergeChecks.refs("Deal", plan.deals()));
        refs.addAll(MergeChecks.refs("Activity", plan.activities()));
        refs.addAll(MergeChecks.refs("Contact", plan.contacts()));
        refs.addAll(MergeChecks.refs("Account", plan.subsidiaries()));
        return refs;
    }

    private static Account fill(TxContext ctx, Account survivor, List<Account> merged, Set<AccountId> mergedSet,
                                List<FieldFill> fills) {
        Optional<String> domain = survivor.domain();
        Optional<String> industry = survivor.industry();
        Optional<Integer> employees = survivor.employeeCount();
        Optional<Money> revenue = survivor.annualRevenue();
        Optional<String> country = survivor.country();
        Optional<UserId> owner = survivor.owner();
        Optional<AccountId> parent = survivor.parent().filter(p -> !mergedSet.contains(p));
        Map<String, ExternalId> externalIds = new LinkedHashMap<>();
        survivor.externalIds().forEach(x -> externalIds.put(x.source(), x));
        Map<String, PropertyValue> properties = new LinkedHashMap<>(survivor.properties());
        for (Account loser : merged) {
            if (domain.isEmpty() && loser.domain().isPresent()) {
                domain = loser.domain();
                fills.add(new FieldFill("domain", loser.id()));
            }
            if (industry.isEmpty() && loser.industry().isPresent()) {
                industry = loser.industry();
                fills.add(new FieldFill("industry", loser.id()));
            }
            if (employees.isEmpty() && loser.employeeCount().isPresent()) {
                employees = loser.employeeCount();
                fills.add(new FieldFill("employeeCount", loser.id()));
            }
            if (revenue.isEmpty() && loser.annualRevenue().isPresent()) {
                revenue = loser.annualRevenue();
                fills.add(new FieldFill("annualRevenue", loser.id()));
            }
            if (country.isEmpty() && loser.country().isPresent()) {
                country = loser.country();
                fills.add(new FieldFill("country", loser.id()));
            }
            if (owner.isEmpty() && loser.owner().isPresent()) {
                owner = loser.owner();
                fills.add(new FieldFill("owner", loser.id()));
            }
            Optional<AccountId> candidate = loser.parent()
                    .filter(p -> !p.equals(survivor.id()) && !mergedSet.contains(p));
            if (parent.isEmpty() && candidate.isPresent()
                    && !References.isAncestorOrSelf(ctx, survivor.id(), candidate.get())) {
                parent = candidate;
                fills.add(new FieldFill("parent", loser.id()));
            }
            boolean idsAdded = false;
            for (ExternalId id : loser.externalIds()) {
                if (externalIds.putIfAbsent(id.source(), id) == null) {
                    idsAdded = true;
                }
            }
            if (idsAdded) {
                fills.add(new FieldFill("externalIds", loser.id()));
            }
            for (Map.Entry<String, PropertyValue> p : loser.properties().entrySet()) {
                if (properties.putIfAbsent(p.getKey(), p.getValue()) == null) {
                    fills.add(new FieldFill("properties." + p.getKey(), loser.id()));
                }
            }
        }
        return Account.builder().from(survivor).domain(domain).industry(industry).employeeCount(employees)
                .annualRevenue(revenue).country(country).owner(owner).parent(parent)
                .externalIds(new ArrayList<>(externalIds.values())).properties(properties).build();
    }
}
