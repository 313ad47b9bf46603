package dev.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.forecast.PeriodCalendar;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.StageChange;
import dev.crmkit.core.model.shared.DealId;
import dev.crmkit.core.model.shared.Percentage;
import dev.crmkit.core.model.shared.PipelineId;
import dev.crmkit.core.model.shared.StageChangeId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class AsOfTest {
    private final PeriodCalendar utc = PeriodCalendar.utc();

    @Test
    void aDateMeansTheEndOfThatDay() {
        AsOf asOf = AsOf.parse("2017-09-30", utc);

        assertThat(asOf.moment()).isEqualTo(Instant.parse("2017-10-01T00:00:00Z"));
        assertThat(asOf.label()).isEqualTo("2017-09-30");
        assertThat(asOf.date(utc)).isEqualTo(LocalDate.of(2017, 9, 30));
        assertThat(utc.quarter(asOf.date(utc)).label()).isEqualTo("2017-Q3");
    }

    @Test
    void anInstantIsTakenAsIs() {
        AsOf asOf = AsOf.parse("2017-09-30T12:00:00Z", utc);

        assertThat(asOf.moment()).isEqualTo(Instant.parse("2017-09-30T12:00:00Z"));
        assertThat(asOf.date(utc)).isEqualTo(LocalDate.of(2017, 9, 30));
    }

    @Test
    void anythingElseIsAUsageError() {
        assertThatThrownBy(() -> AsOf.parse("30.09.2017", utc)).isInstanceOf(CommandLine.TypeConversionException.class)
                .hasMessageContaining("'30.09.2017' is not a date");
    }

    @Test
    void eventsStampedAtTheBoundaryAreNotKnownYet() {
        Instant boundary = AsOf.parse("2017-09-30", utc).moment();
        Instant before = boundary.minusSeconds(1);
        PipelineId pipeline = new PipelineId(new UUID(0, 1));
        Deal early = deal(2, pipeline, before);
        Deal late = deal(3, pipeline, boundary);
        StageChange created = change(4, early, "engaging", before);
        StageChange won = change(5, early, "won", boundary);

        TenantData known = new TenantData(List.of(), List.of(early, late), List.of(created, won), List.of()).knownBefore(boundary);

        assertThat(known.deals()).containsExactly(early);
        assertThat(known.history()).containsExactly(created);
    }

    private static Deal deal(long id, PipelineId pipeline, Instant createdAt) {
        return Deal.builder().id(new DealId(new UUID(0, id))).name("deal " + id).pipeline(pipeline).stage("engaging")
                .stageEnteredAt(createdAt).createdAt(createdAt).build();
    }

    private static StageChange change(long id, Deal deal, String stage, Instant at) {
        return StageChange.builder().id(new StageChangeId(new UUID(0, id))).deal(deal.id()).pipeline(deal.pipeline())
                .toStage(stage).changedAt(at).probability(Percentage.of(50)).build();
    }
}
