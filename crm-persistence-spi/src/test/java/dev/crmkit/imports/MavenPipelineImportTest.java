package dev.crmkit.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.StageChange;
import dev.crmkit.core.model.property.PropertyDefinition;
import dev.crmkit.core.model.shared.DealId;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.ObjectType;
import dev.crmkit.core.model.shared.PropertyValue;
import dev.crmkit.core.rules.StageHistory;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Imports maven-crm-sales-opportunities; the expected figures are those of its SOURCE.md. */
class MavenPipelineImportTest {
    final ImportFixture fixture = new ImportFixture();

    @Test
    void importsAccountsAndDealsWithHistoryAndASecondRunOnlyUpdates() {
        Path folder = SharedData.folder("maven-crm-sales-opportunities");
        MavenPipelineImport maven = new MavenPipelineImport(fixture.context, ImportListener.NONE, RejectSink.into(fixture.rejects));

        MavenPipelineImport.Result first = maven.run(folder);

        assertThat(fixture.rejects).isEmpty();
        assertThat(first.accounts().inserted()).isEqualTo(85);
        assertThat(first.deals().inserted()).isEqualTo(8_800);
        assertThat(first.pipeline().stageKeys()).containsExactly("prospecting", "engaging", "won", "lost");

        List<Account> accounts = fixture.accounts();
        assertThat(accounts).hasSize(85);
        assertThat(accounts.stream().filter(a -> a.country().orElse("").equals("US"))).hasSize(71);
        assertThat(accounts.stream().filter(a -> a.parent().isPresent())).hasSize(15);
        Account acme = accounts.stream().filter(a -> a.name().equals("Acme Corporation")).findFirst().orElseThrow();
        assertThat(acme.annualRevenue()).contains(Money.of("1100040000", "USD"));
        assertThat(acme.industry()).contains("technolgy");

        List<Deal> deals = fixture.deals();
        assertThat(deals).hasSize(8_800);
        Map<String, Long> byStage = deals.stream().collect(Collectors.groupingBy(Deal::stage, Collectors.counting()));
        assertThat(byStage).containsEntry("won", 4_238L).containsEntry("lost", 2_473L)
                .containsEntry("engaging", 1_589L).containsEntry("prospecting", 500L);
        BigDecimal wonValue = deals.stream().filter(d -> d.stage().equals("won"))
                .map(d -> d.amount().orElseThrow().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(wonValue).isEqualByComparingTo("10005534");
        assertThat(deals.stream().filter(d -> d.properties().get("product").equals(PropertyValue.choice("GTX Pro"))))
                .hasSize(1_480);
        assertThat(deals.stream().filter(d -> d.account().isEmpty())).hasSize(1_425);
        List<PropertyDefinition> definitions = fixture.store.inTransaction(ImportFixture.TENANT,
                uow -> uow.propertyDefinitions().findAll(ObjectType.DEAL));
        assertThat(definitions).filteredOn(d -> d.key().equals("product")).singleElement()
                .satisfies(d -> assertThat(d.allowedValues()).hasSize(7).contains("GTX Pro").doesNotContain("GTXPro"));

        Map<DealId, List<StageChange>> histories = histories(deals);
        assertThat(histories.values().stream().mapToInt(List::size).sum()).isEqualTo(6_711 * 2 + 1_589 + 500);
        for (Deal deal : deals) {
            assertThat(StageHistory.checkConsistent(histories.get(deal.id()), deal.stage())).as(deal.name()).isEmpty();
        }
        Deal firstWon = deals.stream().filter(d -> d.externalIds().stream().anyMatch(id -> id.id().equals("1C1I7A6R")))
                .findFirst().orElseThrow();
        assertThat(firstWon.createdAt()).isEqualTo(Instant.parse("2016-10-20T00:00:00Z"));
        assertThat(firstWon.closedAt()).contains(Instant.parse("2017-03-01T00:00:00Z"));
        assertThat(firstWon.owner().orElseThrow().value()).isEqualTo("Moses Frase");
        assertThat(firstWon.properties()).containsEntry("regional_office", PropertyValue.choice("Central"));

        MavenPipelineImport.Result second = maven.run(folder);
        assertThat(second.accounts().inserted()).isZero();
        assertThat(second.accounts().updated()).isEqualTo(85);
        assertThat(second.deals().inserted()).isZero();
        assertThat(second.deals().updated()).isEqualTo(8_800);
        assertThat(second.pipeline().id()).isEqualTo(first.pipeline().id());
        List<Deal> again = fixture.deals();
        assertThat(again).hasSize(8_800);
        assertThat(fixture.accounts()).hasSize(85);
        assertThat(histories(again).values().stream().mapToInt(List::size).sum()).isEqualTo(6_711 * 2 + 1_589 + 500);
    }

    private Map<DealId, List<StageChange>> histories(List<Deal> deals) {
        List<StageChange> all = fixture.store.inTransaction(ImportFixture.TENANT,
                uow -> uow.stageHistory().forDeals(deals.stream().map(Deal::id).toList()));
        Map<DealId, List<StageChange>> byDeal = all.stream().collect(Collectors.groupingBy(StageChange::deal));
        deals.forEach(d -> byDeal.putIfAbsent(d.id(), List.of()));
        return byDeal;
    }

}
