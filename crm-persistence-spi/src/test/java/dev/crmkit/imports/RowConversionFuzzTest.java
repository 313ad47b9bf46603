package dev.crmkit.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.crmkit.core.error.CrmException;
import dev.crmkit.core.tabular.TabularRecord;
import dev.crmkit.imports.mapping.ImportMapping;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Hostile rows straight into the row-conversion layer: every row either becomes a draft that is a valid record
 * on its own, or fails with a typed error that names a field. Nothing else may escape.
 */
class RowConversionFuzzTest {
    private int drafts;
    private int errors;

    static final ImportMapping DEALS = ImportMapping.fromJson("""
            {"object": "deals", "externalId": {"source": "fuzz", "column": "ID"},
             "pipeline": {"name": "Sales", "template": "salesforce"},
             "fields": {
               "name": {"column": "Name"},
               "stage": {"column": "Stage", "map": {"values": {"Won": "closed-won", "Lost": "closed-lost"}}},
               "amount": {"column": "Amount", "number": {"decimalSeparator": ",", "groupingSeparator": "."},
                          "money": {"currencyColumn": "Currency", "currency": "EUR"}},
               "expectedCloseDate": {"column": "Close", "date": {"patterns": ["dd.MM.yyyy", "iso"]}},
               "closedAt": {"column": "Close", "date": {"patterns": ["dd.MM.yyyy", "iso"]}},
               "account": {"column": "Company", "lookup": {"by": "domain", "ifMissing": "create"}},
               "lostReason": {"column": "Reason"}}}
            """);
    static final ImportMapping ACCOUNTS = ImportMapping.fromJson("""
            {"object": "accounts", "externalId": {"source": "fuzz", "column": "ID"},
             "defaults": {"currency": "USD"},
             "fields": {
               "name": {"column": "Name"},
               "domain": {"column": "Website"},
               "employeeCount": {"column": "Employees"},
               "annualRevenue": {"column": "Revenue", "number": {"multiplier": "1000000"}},
               "country": {"column": "Country", "map": {"values": {"Philipines": "PH", "Korea": "KR"}}},
               "parent": {"column": "Parent"}}}
            """);

    @Test
    void contactRowsBecomeValidDraftsOrTypedErrors() {
        RowConverter converter = new RowConverter(FuzzInputs.CONTACTS);
        qt().withFixedSeed(20_250_115L).withExamples(76_000).forAll(FuzzInputs.row()).checkAssert(row -> {
            Draft draft = convertOrTypedError(converter, row);
            if (draft instanceof ContactDraft contact) {
                assertThat(contact.externalId().id()).isEqualTo(row.get("ID").strip());
                assertThat(contact.firstName().isPresent() || contact.lastName().isPresent() || contact.primaryEmail().isPresent())
                        .isTrue();
            }
        });
    }

    @Test
    void dealRowsBecomeValidDraftsOrTypedErrors() {
        RowConverter converter = new RowConverter(DEALS);
        List<String> columns = List.of("ID", "Name", "Stage", "Amount", "Currency", "Close", "Company", "Reason");
        qt().withFixedSeed(20_250_116L).withExamples(11_000).forAll(FuzzInputs.row(FuzzInputs.DEAL_VALUES, columns))
                .checkAssert(row -> {
                    Draft draft = convertOrTypedError(converter, row);
                    if (draft instanceof DealDraft deal) {
                        deal.amount().ifPresent(amount -> assertThat(amount.isNegative()).isFalse());
                        assertThat(deal.stage()).isNotBlank();
                    }
                });
    }

    @Test
    void accountRowsBecomeValidDraftsOrTypedErrors() {
        RowConverter converter = new RowConverter(ACCOUNTS);
        List<String> columns = List.of("ID", "Name", "Website", "Employees", "Revenue", "Country", "Parent");
        qt().withFixedSeed(20_250_117L).withExamples(10_000).forAll(FuzzInputs.row(FuzzInputs.ACCOUNT_VALUES, columns))
                .checkAssert(row -> {
                    Draft draft = convertOrTypedError(converter, row);
                    if (draft instanceof AccountDraft account) {
                        account.country().ifPresent(code -> assertThat(code).hasSize(2));
                        account.employeeCount().ifPresent(n -> assertThat(n).isNotNegative());
                    }
                });
    }

    /** The draft, or null after checking that the failure is typed and says what was wrong. */
    /** Both outcomes occurred often, so neither branch of the checks went unexercised. */
    @org.junit.jupiter.api.AfterEach
    void bothOutcomesOccurred() {
        assertThat(drafts).isGreaterThan(100);
        assertThat(errors).isGreaterThan(100);
    }

    private Draft convertOrTypedError(RowConverter converter, Map<String, String> row) {
        try {
            Draft draft = converter.convert(TabularRecord.of(row));
            drafts++;
            return draft;
        } catch (CrmException typed) {
            assertThat(RejectReasons.code(typed)).isNotBlank();
            assertThat(typed.getMessage()).isNotBlank();
            errors++;
            return null;
        }
    }
}
