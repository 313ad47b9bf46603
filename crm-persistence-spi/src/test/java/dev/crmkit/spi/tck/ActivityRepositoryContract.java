package dev.crmkit.spi.tck;

import static dev.crmkit.spi.tck.PageAssertions.assertPagesEqual;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.activity.Activity;
import dev.crmkit.core.model.activity.ActivityType;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.shared.ActivityId;
import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.core.model.shared.UserId;
import dev.crmkit.spi.ActivityQuery;
import dev.crmkit.spi.ActivityRepository;
import dev.crmkit.spi.Page;
import dev.crmkit.spi.PageRequest;
import dev.crmkit.spi.TimeOrder;
import dev.crmkit.spi.UnitOfWork;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ActivityRepository}: CRUD, external ids, and timeline queries (related-to sets
 * OR-ed, other filters AND-ed, by timeline moment then id in both directions).
 */
public abstract class ActivityRepositoryContract extends ExternallyIdentifiedRepositoryContract<Activity, ActivityId> {
    private Account acme;
    private Account globex;
    private Contact ada;
    private Contact alan;
    private Deal renewal;
    private int counter;

    @BeforeEach
    void relatedRecords() {
        Pipeline sales = data.pipeline("Sales");
        acme = data.account("Acme");
        globex = data.account("Globex");
        ada = data.contact("Ada", "Lovelace");
        alan = data.contact("Alan", "Turing");
        renewal = data.deal(sales, "Renewal");
        run(uow -> {
            uow.pipelines().insert(sales);
            uow.accounts().insertAll(List.of(acme, globex));
            uow.contacts().insertAll(List.of(ada, alan));
            uow.deals().insert(renewal);
        });
    }

    @Override
    protected ActivityRepository repository(UnitOfWork uow) {
        return uow.activities();
    }

    @Override
    protected Activity newRecord() {
        counter++;
        return data.noteBuilder("Note " + counter, TckData.at(counter)).account(acme.id()).build();
    }

    @Override
    protected Activity changed(Activity record) {
        return record.withBody("Edited body").withOutcome("connected").withUpdatedAt(record.updatedAt().plusSeconds(1));
    }

    @Override
    protected ActivityId idOf(Activity record) {
        return record.id();
    }

    @Override
    protected long versionOf(Activity record) {
        return record.version();
    }

    @Override
    protected Activity withVersion(Activity record, long version) {
        return record.withVersion(version);
    }

    @Override
    protected String expectedKind() {
        return "Activity";
    }

    @Override
    protected Activity withExternalIds(Activity record, Set<ExternalId> externalIds) {
        return record.withExternalIds(externalIds);
    }

    @Override
    protected Set<ExternalId> externalIdsOf(Activity record) {
        return record.externalIds();
    }

    @Override
    protected Activity asUpserted(Activity incoming, Activity stored, Set<ExternalId> externalIds, long version) {
        return incoming.withId(stored.id()).withCreatedAt(stored.createdAt()).withExternalIds(externalIds).withVersion(version);
    }

    private List<Activity> sample() {
        UserId ann = UserId.of("ann");
        Instant sameMoment = TckData.at(500);
        return insert(List.of(
                data.noteBuilder("Kick-off notes", TckData.at(100)).account(acme.id()).body("Discussed 50% discount").owner(ann).build(),
                Activity.builder().id(data.activityId()).type(ActivityType.CALL).subject("Call Ada").occurredAt(TckData.at(200))
                        .contact(ada.id()).duration(Duration.ofMinutes(25)).outcome("connected").createdAt(TckData.NOW).build(),
                Activity.builder().id(data.activityId()).type(ActivityType.EMAIL).subject("Proposal sent")
                        .occurredAt(sameMoment).deal(renewal.id()).account(globex.id()).owner(ann).createdAt(TckData.NOW).build(),
                Activity.builder().id(data.activityId()).type(ActivityType.MEETING).subject("Demo for ALAN")
                        .occurredAt(sameMoment).contact(alan.id()).account(globex.id()).createdAt(TckData.NOW).build(),
                data.task(acme.id(), "Send contract", TckData.at(1_000)).withOwner(ann),
                data.task(globex.id(), "Follow up", TckData.at(300)).withContact(ada.id()),
                Activity.builder().id(data.activityId()).type(ActivityType.TASK).subject("Done task").dueAt(TckData.at(50))
                        .done(true).completedAt(TckData.at(60)).deal(renewal.id()).createdAt(TckData.NOW).build(),
                data.noteBuilder("Note with 100% literal", TckData.at(-5)).contact(alan.id()).body("under_score").build(),
                data.noteBuilder("Late note", sameMoment).account(acme.id()).build()));
    }

    private Page<Activity> find(ActivityQuery query, PageRequest page) {
        return tx(uow -> uow.activities().find(query, page));
    }

    private void assertQuery(ActivityQuery query, List<Activity> all, Predicate<Activity> expected) {
        Comparator<Activity> order = Comparator.comparing(Activity::timelineAt).thenComparing(a -> a.id().value(), TckOrders.UUIDS);
        if (query.order() == TimeOrder.NEWEST_FIRST) {
            order = order.reversed();
        }
        List<Activity> matching = all.stream().filter(expected).sorted(order).toList();
        assertPagesEqual(page -> find(query, page), matching);
        assertThat(tx((UnitOfWork uow) -> uow.activities().count(query))).as("count of %s", query).isEqualTo(matching.size());
    }

    private static boolean contains(Activity a, String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return a.subject().toLowerCase(Locale.ROOT).contains(t) || a.body().map(b -> b.toLowerCase(Locale.ROOT).contains(t)).orElse(false);
    }

    @Test
    void theTimelineInBothDirectionsWithTiesBrokenById() {
        List<Activity> all = sample();

        assertQuery(ActivityQuery.all(), all, a -> true);
        assertQuery(ActivityQuery.builder().order(TimeOrder.OLDEST_FIRST).build(), all, a -> true);
    }

    @Test
    void relatedToSetsAreOred() {
        List<Activity> all = sample();

        assertQuery(ActivityQuery.builder().addContacts(ada.id()).build(), all, a -> a.contact().equals(Optional.of(ada.id())));
        assertQuery(ActivityQuery.builder().addContacts(ada.id(), alan.id()).order(TimeOrder.OLDEST_FIRST).build(), all,
                a -> a.contact().isPresent());
        assertQuery(ActivityQuery.builder().addContacts(ada.id()).addAccounts(globex.id()).addDeals(renewal.id()).build(), all,
                a -> a.contact().equals(Optional.of(ada.id())) || a.account().equals(Optional.of(globex.id()))
                        || a.deal().equals(Optional.of(renewal.id())));
        assertQuery(ActivityQuery.builder().addAccounts(acme.id()).addDeals(renewal.id()).type(ActivityType.TASK).build(), all,
                a -> (a.account().equals(Optional.of(acme.id())) || a.deal().equals(Optional.of(renewal.id())))
                        && a.type() == ActivityType.TASK);
    }

    @Test
    void filtersByOwnerTypeOpenTasksAndDueMoment() {
        List<Activity> all = sample();

        assertQuery(ActivityQuery.builder().owner(UserId.of("ann")).build(), all, a -> a.owner().equals(Optional.of(UserId.of("ann"))));
        assertQuery(ActivityQuery.builder().type(ActivityType.NOTE).build(), all, a -> a.type() == ActivityType.NOTE);
        assertQuery(ActivityQuery.builder().openTasksOnly(true).order(TimeOrder.OLDEST_FIRST).build(), all,
                a -> a.type() == ActivityType.TASK && !a.done());
        assertQuery(ActivityQuery.builder().dueBefore(TckData.at(1_000)).build(), all,
                a -> a.dueAt().map(d -> d.isBefore(TckData.at(1_000))).orElse(false));
        assertQuery(ActivityQuery.builder().openTasksOnly(true).dueBefore(TckData.at(301)).build(), all,
                a -> a.subject().equals("Follow up"));
    }

    @Test
    void filtersBySubjectOrBodyTextIgnoringCaseAndLiterally() {
        List<Activity> all = sample();

        for (String text : List.of("ada", "ALAN", "50% disc", "100%", "_", "under_score", "NOTE", "o", "zzz")) {
            assertQuery(ActivityQuery.builder().textContains(text).build(), all, a -> contains(a, text));
        }
    }

    @Test
    void cursorsKeepTheirPositionWhenRecordsAreAddedBeforeAndAfterIt() {
        List<Activity> all = sample();
        ActivityQuery newest = ActivityQuery.all();
        Page<Activity> first = find(newest, PageRequest.first(3));
        Activity lastSeen = first.items().get(2);

        Activity newer = insert(data.note(acme.id(), "Newer", TckData.at(10_000)));
        Activity older = insert(data.note(acme.id(), "Older", TckData.at(-10_000)));
        List<Activity> rest = PageAssertions.walkFrom(page -> find(newest, page), first.nextRequest(2));

        Comparator<Activity> order = Comparator.comparing(Activity::timelineAt)
                .thenComparing(a -> a.id().value(), TckOrders.UUIDS).reversed();
        List<Activity> expected = java.util.stream.Stream.concat(all.stream(), java.util.stream.Stream.of(newer, older))
                .filter(a -> order.compare(a, lastSeen) > 0).sorted(order).toList();
        assertThat(rest).containsExactlyElementsOf(expected).doesNotContain(newer).endsWith(older);
    }

    @Test
    void rejectsCursorsItDidNotMake() {
        sample();

        CursorAssertions.assertRejectsForeignCursors(page -> find(ActivityQuery.all(), page),
                page -> find(ActivityQuery.builder().order(TimeOrder.OLDEST_FIRST).build(), page));
    }

    @Test
    void keepsEveryField() {
        Activity full = Activity.builder().id(data.activityId()).type(ActivityType.TASK).subject("Prepare QBR")
                .body("x".repeat(100_000)).dueAt(TckData.at(123)).done(true).completedAt(TckData.at(124))
                .duration(Duration.ofSeconds(3723, 456_000_000)).outcome("done early").contact(ada.id()).account(acme.id())
                .deal(renewal.id()).owner(UserId.of("owner-1")).addExternalIds(ExternalId.of("hubspot", "t-1"))
                .createdAt(TckData.NOW).updatedAt(TckData.at(125)).build();

        assertThat(insert(full)).isEqualTo(full.withVersion(1));
        assertThat(reread(full.id())).contains(full.withVersion(1));
    }
}
