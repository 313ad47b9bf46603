package dev.crmkit.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.imports.mapping.ImportMapping;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CsvImportAccountsTest {
    static final ImportMapping MAPPING = ImportMapping.fromJson("""
            {
              "object": "accounts",
              "format": {"separator": ";"},
              "externalId": {"source": "erp", "column": "No"},
              "defaults": {"currency": "EUR"},
              "fields": {
                "name": {"column": "Name"},
                "domain": {"column": "Web"},
                "employeeCount": {"column": "Staff"},
                "annualRevenue": {"column": "Revenue", "number": {"decimalSeparator": ",", "multiplier": "1000"}},
                "country": {"column": "Country", "map": {"values": {"Deutschland": "DE"}}},
                "parent": {"column": "Parent", "lookup": {"by": "name"}}
              }
            }
            """);

    final ImportFixture fixture = new ImportFixture();

    Map<String, Account> accounts() {
        return fixture.accounts().stream().collect(Collectors.toMap(Account::name, Function.identity()));
    }

    @Test
    void parentsInTheSameBatchAreFoundWhateverTheOrder() {
        ImportSummary summary = fixture.run(MAPPING, """
                No;Name;Web;Staff;Revenue;Country;Parent
                2;Initech Europe;https://eu.initech.example/;120;1,5;Deutschland;Initech
                1;Initech;www.initech.example;"1,000";12000;United States;
                3;Initech Labs;;5;;France;Initech Europe
                """);

        assertThat(summary.inserted()).isEqualTo(3);
        Map<String, Account> accounts = accounts();
        assertThat(accounts.get("Initech Europe").parent()).contains(accounts.get("Initech").id());
        assertThat(accounts.get("Initech Labs").parent()).contains(accounts.get("Initech Europe").id());
        assertThat(accounts.get("Initech Europe").annualRevenue()).contains(Money.of("1500", "EUR"));
        assertThat(accounts.get("Initech Europe").domain()).contains("eu.initech.example");
        assertThat(accounts.get("Initech Europe").country()).contains("DE");
        assertThat(accounts.get("Initech").employeeCount()).contains(1000);
        assertThat(accounts.get("Initech").country()).contains("US");
    }

    @Test
    void subsidiariesOfARejectedParentAreRejectedToo() {
        fixture.run(MAPPING, """
                No;Name;Web;Staff;Revenue;Country;Parent
                1;Initech;www.initech.example;many;;;
                2;Initech Europe;;;;;Initech
                3;Initech Labs;;;;;Initech Europe
                4;Self;;;;;Self
                5;Globex;;;;;
                """);

        assertThat(accounts()).containsOnlyKeys("Globex");
        assertThat(fixture.rejectCodes()).containsExactly("invalid:employeeCount", "missing:Account", "missing:Account",
                "invalid:parent");
        assertThat(fixture.rejects.get(1).reason()).contains("name 'Initech'");
        assertThat(fixture.rejects.get(2).reason()).contains("its row 2 was rejected");
    }

    @Test
    void aParentInTheStoreIsFoundAndAMissingOneRejectsTheRow() {
        fixture.run(MAPPING, "No;Name;Web;Staff;Revenue;Country;Parent\n1;Initech;;;;;\n");
        fixture.run(MAPPING, "No;Name;Web;Staff;Revenue;Country;Parent\n2;Initech Europe;;;;;INITECH\n3;Orphan;;;;;Nobody\n");

        assertThat(accounts().get("Initech Europe").parent()).contains(accounts().get("Initech").id());
        assertThat(fixture.rejectCodes()).containsExactly("missing:Account");
    }
}
