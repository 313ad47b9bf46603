package dev.crmkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.crmkit.core.error.CrmException;
import dev.crmkit.core.json.CrmJson;
import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.activity.Activity;
import dev.crmkit.core.model.contact.AccountLink;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.StageChange;
import dev.crmkit.core.model.shared.ActivityId;
import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.core.model.shared.DealId;
import dev.crmkit.core.model.shared.PropertyValue;
import dev.crmkit.core.rules.StageHistory;
import dev.crmkit.event.ContactErased;
import dev.crmkit.internal.Batches;
import dev.crmkit.internal.PersonScrubber;
import dev.crmkit.internal.TxContext;
import dev.crmkit.internal.TxRunner;
import dev.crmkit.internal.Writes;
import dev.crmkit.privacy.ErasureReport;
import dev.crmkit.privacy.PersonalDataExport;
import dev.crmkit.spi.ActivityQuery;
import dev.crmkit.spi.DealQuery;
import dev.crmkit.spi.Pages;
import dev.crmkit.spi.TimeOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Privacy requests about one contact: export everything stored about them, or erase them. Each method is one
 * transaction (or part of the caller's {@link CrmTenant#inTransaction} block).
 *
 * <p>What identifies a person in free text: their email addresses (ignoring case), their phone numbers in any
 * common formatting (matched by digits), and their first and last name together ("Ada Lovelace",
 * "Lovelace, Ada"). Activities not linked to the contact are found by text search for each email, the last
 * name and the last four digits of each phone, then kept only when their text identifies the person.
 */
public final class Privacy {
    private final TxRunner runner;

    Privacy(TxRunner runner) {
        this.runner = runner;
    }

    /**
     * Everything stored about a contact: the contact, the accounts it is linked to, the deals it is on and
     * their stage history, the activities linked to it, and activities elsewhere that name it. Read-only
     * transaction.
     *
     * @throws dev.crmkit.core.error.NotFoundException when the contact does not exist
     */
    public PersonalDataExport export(ContactId id) {
        Objects.requireNonNull(id, "id");
        return runner.call(ctx -> {
            Contact contact = ctx.uow().contacts().get(id);
            PersonScrubber person = new PersonScrubber(contact);
            List<Account> accounts = Batches.load(contact.accounts().stream().map(AccountLink::account).toList(),
                    ctx.uow().accounts()::findAll, Account::id);
            List<DealId> dealIds = dealsOf(ctx, id);
            List<Deal> deals = Batches.load(dealIds, ctx.uow().deals()::findAll, Deal::id);
            List<StageChange> history = new ArrayList<>();
            for (int from = 0; from < dealIds.size(); from += Batches.BATCH) {
                history.addAll(ctx.uow().stageHistory()
                        .forDeals(dealIds.subList(from, Math.min(dealIds.size(), from + Batches.BATCH))));
            }
            history.sort(Comparator.comparing((StageChange c) -> c.deal().value()).thenComparing(StageHistory.ORDER));
            List<Activity> linked = new ArrayList<>();
            ActivityQuery query = ActivityQuery.builder().addContacts(id).order(TimeOrder.OLDEST_FIRST).build();
            Pages.forEach(page -> ctx.uow().activities().find(query, page), Batches.PAGE, linked::add);
            List<Activity> mentions = mentions(ctx, person, id);
            return new PersonalDataExport(ctx.tenant(), ctx.now(), contact, accounts, deals, history, linked, mentions);
        });
    }

    /**
     * {@link #export} as pretty-printed JSON, written with {@link CrmJson#newObjectMapper()}.
     *
     * @throws dev.crmkit.core.error.NotFoundException when the contact does not exist
     * @throws CrmException                            when serialization fails
     */
    public String exportJson(ContactId id) {
        PersonalDataExport export = export(id);
        try {
            return CrmJson.newObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(export);
        } catch (JsonProcessingException e) {
            throw new CrmException("cannot write the personal-data export of contact " + id + " as JSON", e);
        }
    }

    /**
     * Erases a person, in one transaction. The contact is deleted (not anonymized: nothing of it is worth
     * keeping, and an anonymized shell would still be a record about someone). Deals keep their amounts, stages
     * and history, but the contact is removed from them and their name, lost reason, source and text properties
     * are scrubbed of the person. Activities linked to the contact are scrubbed and unlinked, or deleted when the
     * contact was their only link. Activities not linked to it whose subject, body or outcome names the person
     * are scrubbed too. Scrubbing replaces each email, phone number and first or last name (whole words,
     * ignoring case) with {@code [erased]}. Raises update and delete events for the touched records, then
     * {@link ContactErased}, which carries ids only. Not covered: accounts, other contacts and deals the
     * person is not on that mention them.
     *
     * @return ids of what was changed
     * @throws dev.crmkit.core.error.NotFoundException when the contact does not exist
     * @throws dev.crmkit.spi.VersionConflictException when a touched record changed concurrently (safe to retry)
     */
    public ErasureReport erase(ContactId id) {
        Objects.requireNonNull(id, "id");
        return runner.call(ctx -> {
            Instant now = ctx.now();
            Contact contact = ctx.uow().contacts().get(id);
            PersonScrubber person = new PersonScrubber(contact);

            List<DealId> dealIds = dealsOf(ctx, id);
            Batches.forEach(dealIds, ctx.uow().deals()::findAll, Deal::id, deal -> Writes.update(ctx,
                    scrub(deal, id, person).withUpdatedAt(Writes.notBefore(now, deal.updatedAt())), now));

            List<ActivityId> scrubbed = new ArrayList<>();
            List<ActivityId> deleted = new ArrayList<>();
            List<ActivityId> linked = Batches.ids(
                    page -> ctx.uow().activities().find(ActivityQuery.builder().addContacts(id).build(), page),
                    Activity::id);
            Batches.forEach(linked, ctx.uow().activities()::findAll, Activity::id, activity -> {
                if (activity.account().isEmpty() && activity.deal().isEmpty()) {
                    Writes.delete(ctx, activity, now);
                    deleted.add(activity.id());
                } else {
                    Writes.update(ctx, Activity.builder().from(scrub(activity, person)).contact(Optional.empty())
                            .updatedAt(Writes.notBefore(now, activity.updatedAt())).build(), now);
                    scrubbed.add(activity.id());
                }
            });
            for (Activity mention : mentions(ctx, person, id)) {
                Writes.update(ctx, Activity.builder().from(scrub(mention, person))
                        .updatedAt(Writes.notBefore(now, mention.updatedAt())).build(), now);
                scrubbed.add(mention.id());
            }
            ctx.uow().contacts().delete(id, contact.version());
            ErasureReport report = new ErasureReport(id, dealIds, scrubbed, deleted);
            ctx.publish(new ContactErased(ctx.tenant(), now, report));
            return report;
        });
    }

    private static List<DealId> dealsOf(TxContext ctx, ContactId id) {
        return Batches.ids(page -> ctx.uow().deals().find(DealQuery.builder().contact(id).build(), page), Deal::id);
    }

    /** Activities not linked to the contact whose text identifies the person, oldest first. */
    private static List<Activity> mentions(TxContext ctx, PersonScrubber person, ContactId id) {
        Set<ActivityId> candidates = new LinkedHashSet<>();
        for (String term : person.searchTerms()) {
            ActivityQuery query = ActivityQuery.builder().textContains(term).build();
            Pages.forEach(page -> ctx.uow().activities().find(query, page), Batches.PAGE, a -> {
                if (!a.contact().map(id::equals).orElse(false)) {
                    candidates.add(a.id());
                }
            });
        }
        List<Activity> mentions = new ArrayList<>();
        Batches.forEach(new ArrayList<>(candidates), ctx.uow().activities()::findAll, Activity::id, a -> {
            if (person.identifies(a.subject()) || person.identifies(a.body().orElse(null))
                    || person.identifies(a.outcome().orElse(null))) {
                mentions.add(a);
            }
        });
        mentions.sort(Comparator.comparing(Activity::timelineAt).thenComparing(a -> a.id().value()));
        return mentions;
    }

    private static Activity scrub(Activity activity, PersonScrubber person) {
        return Activity.builder().from(activity)
                .subject(person.scrub(activity.subject(), 255))
                .body(activity.body().map(b -> person.scrub(b, 100_000)))
                .outcome(activity.outcome().map(o -> person.scrub(o, 255)))
                .build();
    }

    private static Deal scrub(Deal deal, ContactId contact, PersonScrubber person) {
        Map<String, PropertyValue> properties = new LinkedHashMap<>();
        deal.properties().forEach((key, value) -> properties.put(key, value instanceof PropertyValue.Text text
                ? new PropertyValue.Text(person.scrub(text.value(), 4000)) : value));
        return Deal.builder().from(deal)
                .contacts(deal.contacts().stream().filter(c -> !c.contact().equals(contact)).toList())
                .name(person.scrub(deal.name(), 255))
                .lostReason(deal.lostReason().map(r -> person.scrub(r, 500)))
                .source(deal.source().map(s -> person.scrub(s, 255)))
                .properties(properties)
                .build();
    }
}
