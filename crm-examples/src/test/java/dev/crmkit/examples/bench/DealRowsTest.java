package dev.crmkit.examples.bench;

import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.pipeline.StageKind;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Generated rows are repeatable, independent of batching, valid, and as mixed as documented. */
class DealRowsTest {

    @Test
    void rowsDependOnlyOnTheirIndexNotOnHowTheyAreBatched() {
        List<DealRow> whole = new DealRows(5L).rows(0, 3000, new IdSequence(5L));
        IdSequence ids = new IdSequence(5L);
        DealRows generator = new DealRows(5L);
        List<DealRow> batched = new java.util.ArrayList<>();
        for (int from = 0; from < 3000; from += 1000) {
            batched.addAll(generator.rows(from, 1000, ids));
        }
        assertThat(batched).isEqualTo(whole);
        assertThat(new DealRows(6L).rows(0, 10, new IdSequence(6L))).isNotEqualTo(whole.subList(0, 10));
    }

    @Test
    void idsIncreaseAndRowsBecomeValidDealsWithTheDocumentedMix() {
        List<DealRow> rows = new DealRows(5L).rows(0, 20_000, new IdSequence(5L));
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i).id().toString()).isGreaterThan(rows.get(i - 1).id().toString());
        }
        List<Deal> deals = DealRows.toDeals(rows);
        long second = deals.stream().filter(d -> d.pipeline().equals(BenchPipelines.SECOND.id())).count();
        long closed = deals.stream().filter(d -> d.closedAt().isPresent()).count();
        long withoutAmount = deals.stream().filter(d -> d.amount().isEmpty()).count();
        long eur = deals.stream().filter(d -> d.amount().map(m -> m.currencyCode().equals("EUR")).orElse(false)).count();
        long overridden = deals.stream().filter(d -> d.probabilityOverride().isPresent()).count();
        assertThat(second).isBetween(2_200L, 2_800L);
        assertThat(closed).isBetween(3_600L, 4_400L);
        assertThat(withoutAmount).isBetween(450L, 800L);
        assertThat(eur).isBetween(2_100L, 2_800L);
        assertThat(overridden).isBetween(800L, 1_300L);
        assertThat(deals).allSatisfy(d -> {
            StageKind kind = (d.pipeline().equals(BenchPipelines.MAIN.id()) ? BenchPipelines.MAIN : BenchPipelines.SECOND)
                    .requireStage(d.stage()).kind();
            assertThat(d.closedAt().isPresent()).isEqualTo(kind != StageKind.OPEN);
            assertThat(d.externalIds()).hasSize(1);
        });
    }

    @Test
    void contactsHaveUniqueEmailsAndExternalIds() {
        List<ContactRow> rows = new ContactRows(5L).rows(0, 5_000, new IdSequence(5L));
        assertThat(rows.stream().map(ContactRow::email).distinct()).hasSize(5_000);
        assertThat(ContactRows.toContacts(rows)).allSatisfy(c -> assertThat(c.primaryEmail()).isPresent());
    }
}
