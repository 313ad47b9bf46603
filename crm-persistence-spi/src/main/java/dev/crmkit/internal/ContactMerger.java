package dev.crmkit.internal;

import dev.crmkit.core.error.NotFoundException;
import dev.crmkit.core.model.activity.Activity;
import dev.crmkit.core.model.contact.AccountLink;
import dev.crmkit.core.model.contact.Consent;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.contact.LifecycleStage;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.DealContact;
import dev.crmkit.core.model.shared.ActivityId;
import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.core.model.shared.DealId;
import dev.crmkit.core.model.shared.EmailAddress;
import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.core.model.shared.PhoneNumber;
import dev.crmkit.core.model.shared.PropertyValue;
import dev.crmkit.core.model.shared.UserId;
import dev.crmkit.event.ContactDeleted;
import dev.crmkit.event.ContactLifecycleChanged;
import dev.crmkit.event.ContactsMerged;
import dev.crmkit.merge.ContactMergePlan;
import dev.crmkit.merge.FieldFill;
import dev.crmkit.merge.MergeRecord;
import dev.crmkit.merge.VersionedId;
import dev.crmkit.spi.ActivityQuery;
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

/** Plans and applies contact merges. */
public final class ContactMerger {
    private ContactMerger() {
    }

    /**
     * The plan for merging {@code mergedIds} into {@code survivorId}, read in the context's transaction;
     * changes nothing. Fill precedence follows the order of {@code mergedIds}.
     */
    public static ContactMergePlan plan(TxContext ctx, ContactId survivorId, Collection<ContactId> mergedIds) {
        List<ContactId> ids = MergeChecks.mergedIds(survivorId, mergedIds);
        Contact survivor = ctx.uow().contacts().get(survivorId);
        Map<ContactId, Contact> found = new HashMap<>();
        ctx.uow().contacts().findAll(ids).forEach(c -> found.put(c.id(), c));
        List<Contact> merged = new ArrayList<>();
        for (ContactId id : ids) {
            Contact contact = found.get(id);
            if (contact == null) {
                throw new NotFoundException("Contact", id);
            }
            merged.add(contact);
        }
        Set<DealId> dealIds = new LinkedHashSet<>();
        for (ContactId id : ids) {
            dealIds.addAll(Batches.ids(page -> ctx.uow().deals().find(DealQuery.builder().contact(id).build(), page),
                    Deal::id));
        }
        List<Deal> deals = Batches.load(new ArrayList<>(dealIds), ctx.uow().deals()::findAll, Deal::id);
        List<Activity> activities = new ArrayList<>();
        ActivityQuery linked = ActivityQuery.builder().addAllContacts(ids).build();
        Pages.forEach(page -> ctx.uow().activities().find(linked, page), Batches.PAGE, activities::add);

        List<FieldFill> fills = new ArrayList<>();
        List<AccountLink> linksAdded = new ArrayList<>();
        Contact result = fill(survivor, merged, fills, linksAdded);
        return new ContactMergePlan(
                new VersionedId<>(survivor.id(), survivor.version()),
                merged.stream().map(c -> new VersionedId<>(c.id(), c.version())).toList(),
                result, fills, linksAdded,
                MergeChecks.versioned(deals, Deal::id, Deal::version),
                MergeChecks.versioned(activities, Activity::id, Activity::version));
    }

    /**
     * Applies an approved plan after re-planning in the same transaction; see
     * {@link MergeChecks#requireUnchanged}. Raises the side effects' events, then {@link ContactsMerged}.
     */
    public static MergeRecord apply(TxContext ctx, ContactMergePlan plan) {
        List<ContactId> mergedIds = plan.merged().stream().map(VersionedId::id).toList();
        MergeChecks.requireUnchanged(plan, () -> plan(ctx, plan.survivor().id(), mergedIds), ContactMerger::refs);
        Instant now = ctx.now();
        ContactId survivor = plan.survivor().id();
        Set<ContactId> merged = new HashSet<>(mergedIds);

        List<DealId> dealIds = plan.deals().stream().map(VersionedId::id).toList();
        Batches.forEach(dealIds, ctx.uow().deals()::findAll, Deal::id, deal -> {
            List<DealContact> contacts = new ArrayList<>();
            boolean survivorOnDeal = deal.hasContact(survivor);
            for (DealContact entry : deal.contacts()) {
                if (!merged.contains(entry.contact())) {
                    contacts.add(entry);
                } else if (!survivorOnDeal) {
                    contacts.add(DealContact.of(survivor, entry.role()));
                    survivorOnDeal = true;
                }
            }
            Writes.update(ctx, Deal.builder().from(deal).contacts(contacts)
                    .updatedAt(Writes.notBefore(now, deal.updatedAt())).build(), now);
        });
        List<ActivityId> activityIds = plan.activities().stream().map(VersionedId::id).toList();
        Batches.forEach(activityIds, ctx.uow().activities()::findAll, Activity::id, activity -> Writes.update(ctx,
                Activity.builder().from(activity).contact(survivor)
                        .updatedAt(Writes.notBefore(now, activity.updatedAt())).build(), now));
        // Merged contacts go before the survivor is written: its new emails and external ids are unique keys.
        for (VersionedId<ContactId> gone : plan.merged()) {
            ctx.uow().contacts().delete(gone.id(), gone.version());
            ctx.publish(new ContactDeleted(ctx.tenant(), now, gone.id()));
        }
        Contact original = ctx.uow().contacts().get(survivor);
        Contact result = plan.result();
        Contact stored = Writes.update(ctx, result.withUpdatedAt(Writes.notBefore(now, result.updatedAt())), now);
        if (original.lifecycleStage() != stored.lifecycleStage()) {
            ctx.publish(new ContactLifecycleChanged(ctx.tenant(), now, survivor, original.lifecycleStage(),
                    stored.lifecycleStage()));
        }
        ActivityId note = MergeTrace.record(ctx, "contact", plan, plan.deals().size(), plan.activities().size(),
                b -> b.contact(survivor), now);
        MergeRecord record = new MergeRecord(plan, now, note);
        ctx.publish(new ContactsMerged(ctx.tenant(), now, record));
        return record;
    }

    private static List<MergeChecks.Ref> refs(ContactMergePlan plan) {
        List<MergeChecks.Ref> refs = new ArrayList<>();
        refs.add(new MergeChecks.Ref("Contact", plan.survivor()));
        refs.addAll(MergeChecks.refs("Contact", plan.merged()));
        refs.addAll(MergeChecks.refs("Deal", plan.deals()));
        refs.addAll(MergeChecks.refs("Activity", plan.activities()));
        return refs;
    }

    private static Contact fill(Contact survivor, List<Contact> merged, List<FieldFill> fills, List<AccountLink> linksAdded) {
        Contact.Builder result = Contact.builder().from(survivor);
        Optional<String> firstName = survivor.firstName();
        Optional<String> lastName = survivor.lastName();
        Optional<String> title = survivor.title();
        Optional<String> leadSource = survivor.leadSource();
        Optional<UserId> owner = survivor.owner();
        Optional<EmailAddress> primary = survivor.primaryEmail();
        List<EmailAddress> otherEmails = new ArrayList<>(survivor.otherEmails());
        Set<String> emailKeys = new HashSet<>();
        survivor.emails().forEach(e -> emailKeys.add(e.matchKey()));
        List<PhoneNumber> phones = new ArrayList<>(survivor.phones());
        List<AccountLink> links = new ArrayList<>(survivor.accounts());
        LifecycleStage stage = survivor.lifecycleStage();
        Map<LifecycleStage, Instant> entered = new HashMap<>(survivor.lifecycleEnteredAt());
        Consent consent = survivor.consent();
        Map<String, ExternalId> externalIds = new LinkedHashMap<>();
        survivor.externalIds().forEach(x -> externalIds.put(x.source(), x));
        Map<String, PropertyValue> properties = new LinkedHashMap<>(survivor.properties());

        for (Contact loser : merged) {
            if (firstName.isEmpty() && loser.firstName().isPresent()) {
                firstName = loser.firstName();
                fills.add(new FieldFill("firstName", loser.id()));
            }
            if (lastName.isEmpty() && loser.lastName().isPresent()) {
                lastName = loser.lastName();
                fills.add(new FieldFill("lastName", loser.id()));
            }
            if (title.isEmpty() && loser.title().isPresent()) {
                title = loser.title();
                fills.add(new FieldFill("title", loser.id()));
            }
            if (leadSource.isEmpty() && loser.leadSource().isPresent()) {
                leadSource = loser.leadSource();
                fills.add(new FieldFill("leadSource", loser.id()));
            }
            if (owner.isEmpty() && loser.owner().isPresent()) {
                owner = loser.owner();
                fills.add(new FieldFill("owner", loser.id()));
            }
            boolean emailsAdded = false;
            for (EmailAddress email : loser.emails()) {
                if (!emailKeys.add(email.matchKey())) {
                    continue;
                }
                if (primary.isEmpty()) {
                    primary = Optional.of(email);
                    fills.add(new FieldFill("primaryEmail", loser.id()));
                } else {
                    otherEmails.add(email);
                    emailsAdded = true;
                }
            }
            if (emailsAdded) {
                fills.add(new FieldFill("otherEmails", loser.id()));
            }
            List<PhoneNumber> newPhones = loser.phones().stream().filter(p -> !phones.contains(p)).toList();
            if (!newPhones.isEmpty()) {
                phones.addAll(newPhones);
                fills.add(new FieldFill("phones", loser.id()));
            }
            List<AccountLink> newLinks = loser.accounts().stream()
                    .filter(l -> links.stream().noneMatch(existing -> existing.account().equals(l.account())))
                    .toList();
            if (!newLinks.isEmpty()) {
                links.addAll(newLinks);
                linksAdded.addAll(newLinks);
                fills.add(new FieldFill("accounts", loser.id()));
            }
            if (loser.lifecycleStage().isAfter(stage)) {
                stage = loser.lifecycleStage();
                fills.add(new FieldFill("lifecycleStage", loser.id()));
            }
            boolean enteredAdded = false;
            for (Map.Entry<LifecycleStage, Instant> e : loser.lifecycleEnteredAt().entrySet()) {
                if (entered.putIfAbsent(e.getKey(), e.getValue()) == null) {
                    enteredAdded = true;
                }
            }
            if (enteredAdded) {
                fills.add(new FieldFill("lifecycleEnteredAt", loser.id()));
            }
            // Restrictions widen, permissions do not: a "do not" recorded on any duplicate still applies.
            Consent stricter = new Consent(consent.marketingEmailOptIn(),
                    consent.doNotEmail() || loser.consent().doNotEmail(),
                    consent.doNotCall() || loser.consent().doNotCall());
            if (!stricter.equals(consent)) {
                consent = stricter;
                fills.add(new FieldFill("consent", loser.id()));
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
        return result.firstName(firstName).lastName(lastName).title(title).leadSource(leadSource).owner(owner)
                .primaryEmail(primary).otherEmails(otherEmails).phones(phones).accounts(links)
                .lifecycleStage(stage).lifecycleEnteredAt(entered).consent(consent)
                .externalIds(new ArrayList<>(externalIds.values()))
                .properties(properties)
                .build();
    }
}
