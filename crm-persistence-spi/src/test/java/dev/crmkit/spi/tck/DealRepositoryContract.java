package dev.crmkit.spi.tck;

import static dev.crmkit.spi.tck.PageAssertions.assertPagesEqual;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.DealContact;
import dev.crmkit.core.model.pipeline.ForecastCategory;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.shared.DealId;
import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.Percentage;
import dev.crmkit.core.model.shared.PropertyValue;
import dev.crmkit.core.model.shared.UserId;
import dev.crmkit.spi.DealQuery;
import dev.crmkit.spi.DealRepository;
import dev.crmkit.spi.DealSort;
import dev.crmkit.spi.DealStatus;
import dev.crmkit.spi.Page;
import dev.crmkit.spi.PageRequest;
import dev.crmkit.spi.StageChangeQuery;
import dev.crmkit.spi.UnitOfWork;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of {@link DealRepository}: CRUD, external ids, and every query filter, order and page. */
public abstract class DealRepositoryContract extends ExternallyIdentifiedRepositoryContract<Deal, DealId> {
    private Pipeline sales;
    private Pipeline partners;
    private int counter;

    @BeforeEach
    void pipelines() {
        sales = data.pipeline("Sales");
        partners = data.hubspotPipeline("Partners");
        run(uow -> {
            uow.pipelines().insert(sales);
            uow.pipelines().insert(partners);
        });
    }

    @Override
    protected DealRepository repository(UnitOfWork uow) {
        return uow.deals();
    }

    @Override
    protected Deal newRecord() {
        counter++;
        return data.dealBuilder(sales, "Deal " + counter).amount(Money.of(counter + "000.00", "USD")).build();
    }

    @Override
    protected Deal changed(Deal record) {
        return record.withStage("qualification").withStageEnteredAt(TckData.at(5))
                .withProbabilityOverride(Percentage.of(33)).withUpdatedAt(TckData.at(5));
    }

    @Override
    protected DealId idOf(Deal record) {
        return record.id();
    }

    @Override
    protected long versionOf(Deal record) {
        return record.version();
    }

    @Override
    protected Deal withVersion(Deal record, long version) {
        return record.withVersion(version);
    }

    @Override
    protected String expectedKind() {
        return "Deal";
    }

    @Override
    protected Deal withExternalIds(Deal record, Set<ExternalId> externalIds) {
        return record.withExternalIds(externalIds);
    }

    @Override
    protected Set<ExternalId> externalIdsOf(Deal record) {
        return record.externalIds();
    }

    @Override
    protected Deal asUpserted(Deal incoming, Deal stored, Set<ExternalId> externalIds, long version) {
        return incoming.withId(stored.id()).withCreatedAt(stored.createdAt()).withExternalIds(externalIds).withVersion(version);
    }

    private record Sample(List<Deal> deals, Account acme, Contact ada) {
    }

    private Sample sample() {
        Account acme = tx(uow -> uow.accounts().insert(data.account("Acme")));
        Account globex = tx(uow -> uow.accounts().insert(data.account("Globex")));
        Contact ada = tx(uow -> uow.contacts().insert(data.contact("Ada", "Lovelace")));
        Contact alan = tx(uow -> uow.contacts().insert(data.contact("Alan", "Turing")));
        UserId ann = UserId.of("ann");
        UserId bob = UserId.of("bob");
        List<Deal> deals = insert(List.of(
                data.dealBuilder(sales, "Renewal 2024").account(acme.id()).owner(ann)
                        .expectedCloseDate(LocalDate.of(2024, 6, 30)).addContacts(DealContact.of(ada.id(), "champion")).build(),
                data.dealBuilder(sales, "Expansion").account(acme.id()).owner(bob).stage("proposal")
                        .expectedCloseDate(LocalDate.of(2024, 7, 1)).build(),
                data.dealBuilder(sales, "expansion").account(globex.id()).owner(ann).stage("negotiation")
                        .addContacts(DealContact.of(alan.id(), "buyer"), DealContact.of(ada.id(), "advisor")).build(),
                data.dealBuilder(sales, "Won Big").account(globex.id()).stage("closed-won").closedAt(TckData.days(1))
                        .expectedCloseDate(LocalDate.of(2024, 5, 31)).build(),
                data.dealBuilder(sales, "Lost One").stage("closed-lost").lostReason("Price").closedAt(TckData.days(2))
                        .expectedCloseDate(LocalDate.of(2024, 6, 1)).owner(bob).build(),
                data.dealBuilder(partners, "Partner A").owner(ann).expectedCloseDate(LocalDate.of(2024, 6, 1)).build(),
                data.dealBuilder(partners, "Partner B").stage("contract-sent").expectedCloseDate(LocalDate.of(2024, 6, 30))
                        .addContacts(DealContact.of(ada.id(), "signer")).build(),
                data.dealBuilder(partners, "Zulu").stage("closed-won").closedAt(TckData.days(3)).build(),
                data.dealBuilder(sales, "Alpha").expectedCloseDate(LocalDate.of(2023, 12, 31)).build(),
                data.dealBuilder(sales, "Ärger").build()));
        return new Sample(deals, acme, ada);
    }

    private Page<Deal> find(DealQuery query, PageRequest page) {
        return tx(uow -> uow.deals().find(query, page));
    }

    private void assertQuery(DealQuery query, List<Deal> all, Predicate<Deal> expected) {
        Comparator<Deal> byId = Comparator.comparing(d -> d.id().value(), TckOrders.UUIDS);
        Comparator<Deal> order = switch (query.sort()) {
            case CREATED -> byId;
            case NAME -> Comparator.comparing(Deal::name, TckOrders.CODE_POINTS).thenComparing(byId);
            case EXPECTED_CLOSE_DATE -> Comparator.comparing((Deal d) -> d.expectedCloseDate().orElse(null),
                    Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())).thenComparing(byId);
        };
        List<Deal> matching = all.stream().filter(expected).sorted(order).toList();
        assertPagesEqual(page -> find(query, page), matching);
        assertThat(tx((UnitOfWork uow) -> uow.deals().count(query))).as("count of %s", query).isEqualTo(matching.size());
    }

    @Test
    void everyDealInEachOrder() {
        List<Deal> all = sample().deals();

        for (DealSort sort : DealSort.values()) {
            assertQuery(DealQuery.builder().sort(sort).build(), all, d -> true);
        }
    }

    @Test
    void filtersByPipelineStagesStatusAndOwner() {
        List<Deal> all = sample().deals();

        assertQuery(DealQuery.builder().pipeline(partners.id()).build(), all, d -> d.pipeline().equals(partners.id()));
        assertQuery(DealQuery.builder().addStages("closed-won").sort(DealSort.NAME).build(), all, d -> d.stage().equals("closed-won"));
        assertQuery(DealQuery.builder().addStages("prospecting", "proposal", "appointment-scheduled").build(), all,
                d -> Set.of("prospecting", "proposal", "appointment-scheduled").contains(d.stage()));
        assertQuery(DealQuery.builder().pipeline(sales.id()).addStages("closed-won").build(), all,
                d -> d.name().equals("Won Big"));
        assertQuery(DealQuery.builder().status(DealStatus.OPEN).sort(DealSort.EXPECTED_CLOSE_DATE).build(), all,
                d -> d.closedAt().isEmpty());
        assertQuery(DealQuery.builder().status(DealStatus.CLOSED).build(), all, d -> d.closedAt().isPresent());
        assertQuery(DealQuery.builder().owner(UserId.of("ann")).status(DealStatus.OPEN).sort(DealSort.NAME).build(), all,
                d -> d.owner().equals(Optional.of(UserId.of("ann"))) && d.closedAt().isEmpty());
        assertQuery(DealQuery.builder().addStages("no-such-stage").build(), all, d -> false);
    }

    @Test
    void filtersByAccountAndContact() {
        Sample sample = sample();

        assertQuery(DealQuery.builder().account(sample.acme().id()).build(), sample.deals(),
                d -> d.account().equals(Optional.of(sample.acme().id())));
        assertQuery(DealQuery.builder().contact(sample.ada().id()).sort(DealSort.NAME).build(), sample.deals(),
                d -> d.hasContact(sample.ada().id()));
        assertQuery(DealQuery.builder().contact(sample.ada().id()).account(sample.acme().id()).build(), sample.deals(),
                d -> d.name().equals("Renewal 2024"));
    }

    @Test
    void filtersByExpectedCloseDateRangeWithAnInclusiveStartAndExclusiveEnd() {
        List<Deal> all = sample().deals();
        LocalDate june = LocalDate.of(2024, 6, 1);
        LocalDate july = LocalDate.of(2024, 7, 1);

        assertQuery(DealQuery.builder().expectedCloseFrom(june).expectedCloseBefore(july).sort(DealSort.EXPECTED_CLOSE_DATE).build(),
                all, d -> d.expectedCloseDate().map(c -> !c.isBefore(june) && c.isBefore(july)).orElse(false));
        assertQuery(DealQuery.builder().expectedCloseFrom(july).build(), all,
                d -> d.expectedCloseDate().map(c -> !c.isBefore(july)).orElse(false));
        assertQuery(DealQuery.builder().expectedCloseBefore(june).sort(DealSort.EXPECTED_CLOSE_DATE).build(), all,
                d -> d.expectedCloseDate().map(c -> c.isBefore(june)).orElse(false));
    }

    @Test
    void cursorsKeepTheirPositionWhenRecordsAreAddedBeforeAndAfterIt() {
        List<Deal> all = sample().deals();
        DealQuery byClose = DealQuery.builder().sort(DealSort.EXPECTED_CLOSE_DATE).build();
        Page<Deal> first = find(byClose, PageRequest.first(4));
        Deal lastSeen = first.items().get(3);

        Deal before = insert(data.dealBuilder(sales, "Early").expectedCloseDate(LocalDate.of(2020, 1, 1)).build());
        Deal withoutDate = insert(data.dealBuilder(sales, "Undated").build());
        List<Deal> rest = PageAssertions.walkFrom(page -> find(byClose, page), first.nextRequest(2));

        Comparator<Deal> order = Comparator.comparing((Deal d) -> d.expectedCloseDate().orElse(null),
                Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())).thenComparing(d -> d.id().value(), TckOrders.UUIDS);
        List<Deal> expected = java.util.stream.Stream.concat(all.stream(), java.util.stream.Stream.of(before, withoutDate))
                .filter(d -> order.compare(d, lastSeen) > 0).sorted(order).toList();
        assertThat(rest).containsExactlyElementsOf(expected).doesNotContain(before).endsWith(withoutDate);
    }

    @Test
    void rejectsCursorsItDidNotMake() {
        sample();

        CursorAssertions.assertRejectsForeignCursors(page -> find(DealQuery.all(), page),
                page -> find(DealQuery.builder().sort(DealSort.NAME).build(), page));
        CursorAssertions.assertRejectsForeignCursors(page -> find(DealQuery.builder().sort(DealSort.EXPECTED_CLOSE_DATE).build(), page),
                page -> find(DealQuery.builder().sort(DealSort.NAME).build(), page));
    }

    @Test
    void deletingADealDeletesItsStageHistory() {
        Deal kept = insert(newRecord());
        Deal removed = insert(newRecord());
        run(uow -> uow.stageHistory().appendAll(List.of(
                data.stageChange(kept, null, "prospecting", TckData.at(0), 10),
                data.stageChange(removed, null, "prospecting", TckData.at(1), 10),
                data.stageChange(removed, "prospecting", "qualification", TckData.at(2), 20))));

        run(uow -> uow.deals().delete(removed.id(), 1));

        assertThat(tx((UnitOfWork uow) -> uow.stageHistory().forDeal(removed.id()))).isEmpty();
        assertThat(tx((UnitOfWork uow) -> uow.stageHistory().forDeal(kept.id()))).hasSize(1);
        assertThat(PageAssertions.walk(page -> tx(uow -> uow.stageHistory().find(StageChangeQuery.all(), page)), 10))
                .extracting(c -> c.deal()).containsExactly(kept.id());
    }

    @Test
    void keepsEveryField() {
        Account acme = tx(uow -> uow.accounts().insert(data.account("Acme")));
        Contact ada = tx(uow -> uow.contacts().insert(data.contact("Ada", "Lovelace")));
        Deal full = data.dealBuilder(sales, "Full deal").account(acme.id()).addContacts(DealContact.of(ada.id(), "champion"))
                .stage("closed-lost").stageEnteredAt(TckData.at(17)).amount(Money.of("1234.5", "EUR"))
                .expectedCloseDate(LocalDate.of(2031, 12, 31)).owner(UserId.of("owner-1"))
                .probabilityOverride(Percentage.parse("12.5")).forecastCategoryOverride(ForecastCategory.BEST_CASE)
                .lostReason("Budget cut").source("Webinar").closedAt(TckData.at(18)).lastActivityAt(TckData.at(16))
                .addExternalIds(ExternalId.of("hubspot", "d-1")).putProperties("budget", PropertyValue.money(Money.of("10", "JPY")))
                .updatedAt(TckData.at(19)).build();

        assertThat(insert(full)).isEqualTo(full.withVersion(1));
        assertThat(reread(full.id())).contains(full.withVersion(1));
    }
}
