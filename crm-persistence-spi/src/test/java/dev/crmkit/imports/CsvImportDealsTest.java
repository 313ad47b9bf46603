package dev.crmkit.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.StageChange;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.rules.RuleIds;
import dev.crmkit.core.rules.StageHistory;
import dev.crmkit.imports.mapping.ImportMapping;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvImportDealsTest {
    static final ImportMapping MAPPING = ImportMapping.fromJson("""
            {
              "object": "deals",
              "externalId": {"source": "crm", "column": "ID"},
              "defaults": {"currency": "EUR"},
              "pipeline": {"name": "New business", "template": "salesforce"},
              "fields": {
                "name": {"column": "Name"},
                "stage": {"column": "Stage", "map": {"values": {"Won": "closed-won", "Lost": "closed-lost",
                          "Prospecting": "prospecting", "Proposal": "proposal"}}},
                "amount": {"column": "Amount", "number": {"decimalSeparator": ",", "groupingSeparator": "."}},
                "expectedCloseDate": {"column": "Close", "date": {"patterns": ["dd.MM.yyyy"]}},
                "createdAt": {"column": "Created", "date": {"patterns": ["dd.MM.yyyy"]}},
                "closedAt": {"column": "Close", "date": {"patterns": ["dd.MM.yyyy"]}},
                "account": {"column": "Company", "lookup": {"by": "name", "ifMissing": "create"}},
                "lostReason": {"column": "Reason"}
              }
            }
            """);
    static final String HEADER = "ID,Name,Stage,Amount,Close,Created,Company,Reason\n";

    final ImportFixture fixture = new ImportFixture();

    Deal deal(String name) {
        return fixture.deals().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void accountsAreFoundByTheirWholeNameIgnoringCaseNotByAPrefix() {
        fixture.run(MAPPING, HEADER
                + "1,First,Prospecting,100,30.06.2025,10.01.2025,Acme Corporation,\n"
                + "2,Second,Prospecting,100,30.06.2025,10.01.2025,Acme Corp,\n");

        // a new run starts with empty look-up caches, so both names are looked up in the store
        fixture.run(MAPPING, HEADER + "3,Third,Prospecting,100,30.06.2025,10.01.2025,ACME CORP,\n");

        assertThat(fixture.accounts()).extracting(a -> a.name()).containsExactlyInAnyOrder("Acme Corporation", "Acme Corp");
        String acmeCorp = fixture.accounts().stream().filter(a -> a.name().equals("Acme Corp")).findFirst().orElseThrow()
                .id().toString();
        assertThat(deal("Third").account()).hasValueSatisfying(id -> assertThat(id.toString()).isEqualTo(acmeCorp));
    }

    @Test
    void historicalClosedDealsGetACreationAndACloseEntry() {
        ImportSummary summary = fixture.run(MAPPING, HEADER
                + "1,Big win,Won,\"1.250,50\",15.03.2024,01.02.2024,Acme,\n"
                + "2,Open one,Prospecting,100,30.06.2025,10.01.2025,Acme,\n"
                + "3,Lost one,Lost,50,01.04.2024,01.03.2024,Globex,Too expensive\n");

        assertThat(summary.inserted()).isEqualTo(3);
        assertThat(fixture.rejects).isEmpty();
        assertThat(fixture.accounts()).extracting(a -> a.name()).containsExactlyInAnyOrder("Acme", "Globex");

        Deal won = deal("Big win");
        assertThat(won.amount()).contains(Money.of("1250.50", "EUR"));
        assertThat(won.createdAt()).isEqualTo(Instant.parse("2024-02-01T00:00:00Z"));
        assertThat(won.closedAt()).contains(Instant.parse("2024-03-15T00:00:00Z"));
        assertThat(won.stageEnteredAt()).isEqualTo(Instant.parse("2024-03-15T00:00:00Z"));
        List<StageChange> history = sorted(fixture.history(won));
        assertThat(history).extracting(StageChange::toStage).containsExactly("prospecting", "closed-won");
        assertThat(history).extracting(StageChange::changedAt)
                .containsExactly(Instant.parse("2024-02-01T00:00:00Z"), Instant.parse("2024-03-15T00:00:00Z"));
        assertThat(StageHistory.checkConsistent(history, won.stage())).isEmpty();

        Deal open = deal("Open one");
        assertThat(open.closedAt()).isEmpty();
        assertThat(open.expectedCloseDate()).contains(LocalDate.of(2025, 6, 30));
        assertThat(fixture.history(open)).singleElement().satisfies(c -> {
            assertThat(c.fromStage()).isEmpty();
            assertThat(c.toStage()).isEqualTo("prospecting");
            assertThat(c.changedAt()).isEqualTo(Instant.parse("2025-01-10T00:00:00Z"));
        });
        assertThat(deal("Lost one").lostReason()).contains("Too expensive");
        assertThat(open.account()).isEqualTo(won.account());
    }

    @Test
    void aStageChangeOnReimportAppendsOneMoveAndKeepsTheHistoryConsistent() {
        fixture.run(MAPPING, HEADER + "1,Deal,Prospecting,100,30.06.2025,10.01.2025,Acme,\n");
        ImportSummary second = fixture.run(MAPPING, HEADER + "1,Deal,Won,100,20.01.2025,10.01.2025,Acme,\n");
        ImportSummary third = fixture.run(MAPPING, HEADER + "1,Deal,Won,100,20.01.2025,10.01.2025,Acme,\n");

        assertThat(second.updated()).isEqualTo(1);
        assertThat(third.updated()).isEqualTo(1);
        Deal deal = deal("Deal");
        List<StageChange> history = sorted(fixture.history(deal));
        assertThat(history).extracting(StageChange::toStage).containsExactly("prospecting", "closed-won");
        assertThat(history.get(1).fromStage()).contains("prospecting");
        assertThat(deal.closedAt()).contains(Instant.parse("2025-01-20T00:00:00Z"));
        assertThat(StageHistory.checkConsistent(history, deal.stage())).isEmpty();
        assertThat(fixture.deals()).hasSize(1);
    }

    @Test
    void closingRulesAndUnknownStagesRejectWhileOpenGatesOnlyWarn() {
        List<Long> warned = new ArrayList<>();
        ImportSummary summary = CsvImport.builder(fixture.context).mapping(MAPPING).rejects(RejectSink.into(fixture.rejects))
                .listener(new ImportListener() {
                    @Override
                    public void warning(long rowNumber, List<dev.crmkit.core.error.RuleViolation> violations) {
                        warned.add(rowNumber);
                    }
                }).build().run(new java.io.StringReader(HEADER
                        + "1,Won without amount,Won,,15.03.2024,01.02.2024,Acme,\n"
                        + "2,Lost without reason,Lost,10,15.03.2024,01.02.2024,Acme,\n"
                        + "3,Odd stage,Negotiating,10,15.03.2024,01.02.2024,Acme,\n"
                        + "4,Proposal without close date,Proposal,10,,01.02.2024,Acme,\n"
                        + "5,Closed before created,Won,10,01.01.2024,01.02.2024,Acme,\n"));

        assertThat(summary.inserted()).isEqualTo(1);
        assertThat(summary.warnings()).isEqualTo(1);
        assertThat(summary.warningsByRule()).containsEntry(RuleIds.GATE_REQUIRED_FIELD, 1L);
        assertThat(warned).containsExactly(4L);
        assertThat(fixture.rejectCodes()).containsExactly("rule:" + RuleIds.WON_NEEDS_AMOUNT,
                "rule:" + RuleIds.LOST_NEEDS_REASON, "rule:" + RuleIds.STAGE_UNKNOWN, "invalid:closedAt");
        assertThat(fixture.deals()).extracting(Deal::name).containsExactly("Proposal without close date");
    }

    @Test
    void aMissingPipelineWithoutTemplateRejectsTheRowAndCreatesNothing() {
        ImportMapping noTemplate = ImportMapping.fromJson(MAPPING.toJson().replace("\"template\" : \"salesforce\"", "\"template\" : null"));
        fixture.run(noTemplate, HEADER + "1,Deal,Prospecting,100,30.06.2025,10.01.2025,Acme,\n");

        assertThat(fixture.rejectCodes()).containsExactly("missing:Pipeline");
        assertThat(fixture.accounts()).isEmpty();
        List<dev.crmkit.core.model.pipeline.Pipeline> pipelines =
                fixture.store.inTransaction(ImportFixture.TENANT, uow -> uow.pipelines().findAll());
        assertThat(pipelines).isEmpty();
    }

    private static List<StageChange> sorted(List<StageChange> history) {
        List<StageChange> copy = new ArrayList<>(history);
        copy.sort(StageHistory.ORDER);
        return copy;
    }
}
