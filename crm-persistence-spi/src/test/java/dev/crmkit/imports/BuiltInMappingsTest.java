package dev.crmkit.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.contact.LifecycleStage;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.PropertyValue;
import dev.crmkit.core.rules.StageHistory;
import dev.crmkit.imports.mapping.ImportMapping;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each shipped mapping imports a small synthetic export with that system's column headers, twice. */
class BuiltInMappingsTest {
    final ImportFixture fixture = new ImportFixture();

    ImportSummary importSample(String mapping) {
        InputStream in = getClass().getResourceAsStream("samples/" + mapping + ".csv");
        assertThat(in).as("sample for " + mapping).isNotNull();
        ImportSummary summary = CsvImport.builder(fixture.context).mapping(ImportMapping.builtIn(mapping))
                .rejects(RejectSink.into(fixture.rejects)).build()
                .run(ImportInput.of(in, StandardCharsets.UTF_8, OptionalLong.empty(), mapping + ".csv"));
        assertThat(fixture.rejects).as("rejects of " + mapping).isEmpty();
        assertThat(summary.rejected()).isZero();
        return summary;
    }

    /** Imports the samples in order, checks every row was inserted, then again and checks every row was updated. */
    void importTwice(String... mappings) {
        for (String mapping : mappings) {
            ImportSummary first = importSample(mapping);
            assertThat(first.inserted()).as(mapping).isEqualTo(first.rowsRead()).isPositive();
        }
        int accounts = fixture.accounts().size();
        int contacts = fixture.contacts().size();
        int deals = fixture.deals().size();
        for (String mapping : mappings) {
            ImportSummary second = importSample(mapping);
            assertThat(second.inserted()).as(mapping).isZero();
            assertThat(second.updated()).as(mapping).isEqualTo(second.rowsRead());
        }
        assertThat(fixture.accounts()).hasSize(accounts);
        assertThat(fixture.contacts()).hasSize(contacts);
        assertThat(fixture.deals()).hasSize(deals);
    }

    static <T> Map<String, T> by(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toMap(key, Function.identity()));
    }

    @Test
    void everyShippedMappingLoads() {
        for (String name : ImportMapping.BUILT_IN) {
            ImportMapping mapping = ImportMapping.builtIn(name);
            assertThat(ImportMapping.fromJson(mapping.toJson())).as(name).isEqualTo(mapping);
        }
    }

    @Test
    void hubspot() {
        importTwice("hubspot-companies", "hubspot-contacts", "hubspot-deals");

        Map<String, Account> accounts = by(fixture.accounts(), Account::name);
        assertThat(accounts).containsOnlyKeys("Analytical Engines", "Bletchley Labs", "New Co");
        Account engines = accounts.get("Analytical Engines");
        assertThat(engines.domain()).contains("analytical.example");
        assertThat(engines.employeeCount()).contains(1200);
        assertThat(engines.country()).contains("US");
        assertThat(engines.annualRevenue()).contains(Money.of("25000000", "USD"));
        assertThat(engines.properties()).containsEntry("city", PropertyValue.text("Boston"));
        assertThat(accounts.get("Bletchley Labs").domain()).contains("bletchley.example");
        assertThat(accounts.get("Bletchley Labs").country()).contains("GB");

        Map<String, Contact> contacts = by(fixture.contacts(), c -> c.lastName().orElseThrow());
        assertThat(contacts.get("Lovelace").lifecycleStage()).isEqualTo(LifecycleStage.CUSTOMER);
        assertThat(contacts.get("Hopper").lifecycleStage()).isEqualTo(LifecycleStage.MARKETING_QUALIFIED);
        assertThat(contacts.get("Turing").lifecycleStage()).isEqualTo(LifecycleStage.SALES_QUALIFIED);
        assertThat(contacts.get("Lovelace").isLinkedTo(engines.id())).isTrue();
        assertThat(contacts.get("Hopper").isLinkedTo(engines.id())).isTrue();
        assertThat(contacts.get("Lovelace").createdAt()).isEqualTo(Instant.parse("2024-03-01T09:30:00Z"));

        Map<String, Deal> deals = by(fixture.deals(), Deal::name);
        Deal renewal = deals.get("Engines renewal");
        assertThat(renewal.stage()).isEqualTo("closed-won");
        assertThat(renewal.account()).contains(engines.id());
        assertThat(deals.get("Labs pilot").amount()).contains(Money.of("5000", "USD"));
        assertThat(deals.get("Lost bid").amount()).contains(Money.of("800", "EUR"));
        assertThat(deals.get("Lost bid").lostReason()).contains("Budget");
        assertThat(deals.get("Lost bid").properties()).containsEntry("deal_type", PropertyValue.choice("newbusiness"));
        for (Deal deal : deals.values()) {
            assertThat(StageHistory.checkConsistent(fixture.history(deal), deal.stage())).as(deal.name()).isEmpty();
        }
        assertThat(fixture.history(renewal)).hasSize(2);
    }

    @Test
    void salesforce() {
        importTwice("salesforce-accounts", "salesforce-contacts", "salesforce-opportunities");

        Map<String, Account> accounts = by(fixture.accounts(), Account::name);
        Account globex = accounts.get("Globex Corporation");
        assertThat(accounts.get("Globex Europe").parent()).contains(globex.id());
        assertThat(accounts.get("Globex Europe").annualRevenue()).contains(Money.of("120000000", "EUR"));
        assertThat(accounts.get("Globex Europe").country()).contains("DE");
        assertThat(globex.country()).contains("US");
        assertThat(globex.createdAt()).isEqualTo(Instant.parse("2022-01-10T08:00:00Z"));

        Map<String, Contact> contacts = by(fixture.contacts(), c -> c.lastName().orElseThrow());
        assertThat(contacts.get("Scorpio").consent().doNotCall()).isTrue();
        assertThat(contacts.get("Simpson").consent().doNotEmail()).isTrue();
        assertThat(contacts.get("Scorpio").isLinkedTo(globex.id())).isTrue();
        assertThat(contacts.get("Scorpio").leadSource()).contains("Partner Referral");

        Map<String, Deal> deals = by(fixture.deals(), Deal::name);
        Deal doomsday = deals.get("Globex doomsday device");
        assertThat(doomsday.stage()).isEqualTo("closed-won");
        assertThat(doomsday.closedAt()).contains(Instant.parse("2024-01-31T00:00:00Z"));
        assertThat(doomsday.createdAt()).isEqualTo(Instant.parse("2023-11-01T09:00:00Z"));
        assertThat(deals.get("Globex EU rollout").stage()).isEqualTo("proposal");
        assertThat(deals.get("Globex EU rollout").expectedCloseDate()).contains(LocalDate.of(2024, 12, 31));
        assertThat(deals.get("Globex small deal").lostReason()).contains("Not recorded in Salesforce");
        assertThat(doomsday.lostReason()).isEmpty();
    }

    @Test
    void pipedrive() {
        importTwice("pipedrive-organizations", "pipedrive-persons", "pipedrive-deals");

        Map<String, Account> accounts = by(fixture.accounts(), Account::name);
        assertThat(accounts).containsOnlyKeys("Starfleet", "Romulan Trading");
        Account starfleet = accounts.get("Starfleet");
        assertThat(starfleet.properties()).containsEntry("address",
                PropertyValue.text("24-593 Federation Dr, San Francisco, United States"));

        Map<String, Contact> contacts = by(fixture.contacts(), Contact::displayName);
        Contact picard = contacts.get("Jean-Luc Picard");
        assertThat(picard.firstName()).contains("Jean-Luc");
        assertThat(picard.primaryEmail().orElseThrow().value()).isEqualTo("picard@enterprise.example");
        assertThat(picard.otherEmails()).extracting(Object::toString).containsExactly("jl@starfleet.example");
        assertThat(picard.isLinkedTo(starfleet.id())).isTrue();
        assertThat(contacts.get("Cher").lastName()).isEmpty();

        Map<String, Deal> deals = by(fixture.deals(), Deal::name);
        assertThat(deals.get("Enterprise refit").stage()).isEqualTo("closed-won");
        assertThat(deals.get("Enterprise refit").closedAt()).contains(Instant.parse("2024-02-20T15:00:00Z"));
        assertThat(deals.get("Shuttle order").stage()).isEqualTo("proposal");
        assertThat(deals.get("Shuttle order").amount()).contains(Money.of("12500", "EUR"));
        assertThat(deals.get("Warp coils").stage()).isEqualTo("closed-lost");
        assertThat(deals.get("Warp coils").lostReason()).contains("Went with competitor");
    }
}
