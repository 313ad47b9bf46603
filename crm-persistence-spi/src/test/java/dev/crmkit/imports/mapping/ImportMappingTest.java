package dev.crmkit.imports.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.error.NotFoundException;
import dev.crmkit.core.error.ValidationException;
import org.junit.jupiter.api.Test;

class ImportMappingTest {
    static final String VALID = """
            {
              "object": "contacts",
              "format": {"separator": ";", "encoding": "windows-1252"},
              "externalId": {"source": "crm", "column": "ID"},
              "emptyValues": ["Select"],
              "fields": {
                "email": {"column": "E-Mail", "transforms": ["trim", "lower"], "split": ","},
                "doNotCall": {"column": "Call", "boolean": {"true": ["J"], "false": ["N"]}},
                "lifecycleStage": {"column": "Stage", "map": {"values": {"Kunde": "CUSTOMER"}, "default": "LEAD"}}
              }
            }
            """;

    static ValidationException invalid(String json) {
        try {
            ImportMapping.fromJson(json);
        } catch (ValidationException e) {
            return e;
        }
        throw new AssertionError("expected the mapping to be rejected: " + json);
    }

    @Test
    void readsAMappingAndWritesItBack() {
        ImportMapping mapping = ImportMapping.fromJson(VALID);

        assertThat(mapping.object()).isEqualTo(ImportObject.CONTACTS);
        assertThat(mapping.format().csvFormat().separator()).isEqualTo(';');
        assertThat(mapping.format().charset().name()).isEqualTo("windows-1252");
        assertThat(mapping.fields()).containsOnlyKeys("email", "doNotCall", "lifecycleStage");
        assertThat(mapping.fields().get("lifecycleStage").map().orElseThrow().apply("Kunde")).isEqualTo("CUSTOMER");
        assertThat(mapping.fields().get("lifecycleStage").map().orElseThrow().apply("Other")).isEqualTo("LEAD");
        assertThat(mapping.requiredColumns()).containsExactly("ID", "E-Mail", "Call", "Stage");
        assertThat(ImportMapping.fromJson(mapping.toJson())).isEqualTo(mapping);
    }

    @Test
    void unknownAttributesAreRejectedWithTheirJsonPath() {
        assertThat(invalid(VALID.replace("\"split\"", "\"splitt\"")).field()).isEqualTo("fields.email.splitt");
        assertThat(invalid(VALID.replace("\"encoding\"", "\"charset\"")).field()).isEqualTo("format.charset");
        assertThat(invalid(VALID.replace("\"emptyValues\"", "\"placeholders\"")).field()).isEqualTo("placeholders");
        assertThat(invalid(VALID.replace("\"default\"", "\"fallback\"")).field()).isEqualTo("fields.lifecycleStage.map.fallback");
        assertThat(invalid(VALID.replace("\"splitt\"", "x").replace("\"split\"", "\"splitt\"")).reason()).contains("known");
    }

    @Test
    void badValuesNameTheirJsonPath() {
        assertThat(invalid(VALID.replace("\"lower\"", "\"lowr\"")).field()).isEqualTo("fields.email.transforms[1]");
        assertThat(invalid(VALID.replace("\"contacts\"", "\"contact\"")).field()).isEqualTo("object");
        assertThat(invalid(VALID.replace("windows-1252", "klingon-8")).field()).isEqualTo("format.encoding");
        assertThat(invalid(VALID.replace("\";\"", "\";;\"")).field()).isEqualTo("format.separator");
        assertThat(invalid(VALID.replace("\"Call\"", "\"Call\", \"constant\": \"x\"")).field()).isEqualTo("fields.doNotCall.column");
        assertThat(invalid(VALID.replace("[\"N\"]", "[\"J\"]")).field()).isEqualTo("fields.doNotCall.boolean.false");
        assertThat(invalid(VALID.replace("\"trim\", \"lower\"", "\"trim\", 3")).field()).startsWith("fields.email.transforms");
        assertThat(invalid("{\"object\": \"contacts\", ").field()).isEqualTo("mapping");
    }

    @Test
    void targetsAndTheirSettingsAreChecked() {
        assertThat(invalid(VALID.replace("\"doNotCall\"", "\"doNotPhone\"")).field()).isEqualTo("fields.doNotPhone");
        assertThat(invalid(VALID.replace("\"boolean\": {\"true\": [\"J\"], \"false\": [\"N\"]}", "\"split\": \";\"")).field())
                .isEqualTo("fields.doNotCall.split");
        assertThat(invalid(VALID.replace("\"doNotCall\": {\"column\": \"Call\",",
                "\"properties.calls\": {\"column\": \"Call\", \"type\": \"number\",")).field())
                .isEqualTo("fields.properties.calls.boolean");
        assertThat(invalid(VALID.replace("\"doNotCall\"", "\"properties.Bad Key\"")).field()).isEqualTo("fields.properties.Bad Key");
        assertThat(invalid(VALID.replace("\"doNotCall\": {\"column\": \"Call\",", "\"properties.calls\": {\"column\": \"Call\",")).field())
                .isEqualTo("fields.properties.calls.type");
        assertThat(invalid(VALID.replace("\"externalId\": {\"source\": \"crm\", \"column\": \"ID\"},", "")).field())
                .isEqualTo("externalId");
    }

    @Test
    void objectTypesNeedTheirRequiredTargetsAndMoneyNeedsACurrency() {
        String deals = """
                {"object": "deals", "externalId": {"source": "crm", "column": "ID"},
                 "pipeline": {"name": "Sales"},
                 "fields": {"name": {"column": "Name"}, "stage": {"column": "Stage"}, "amount": {"column": "Amount"}}}
                """;
        assertThat(invalid(deals).field()).isEqualTo("fields.amount.money");
        String fixed = deals.replace("\"column\": \"Amount\"", "\"column\": \"Amount\", \"money\": {\"currency\": \"EUR\"}");
        assertThat(ImportMapping.fromJson(fixed).fields()).containsKey("amount");
        assertThat(invalid(fixed.replace("\"stage\": {\"column\": \"Stage\"}, ", "")).field()).isEqualTo("fields.stage");
        assertThat(invalid(fixed.replace("\"pipeline\": {\"name\": \"Sales\"},", "")).field()).isEqualTo("pipeline");
        assertThat(invalid(fixed.replace("{\"name\": \"Sales\"}", "{\"name\": \"Sales\", \"template\": \"zoho\"}")).field())
                .isEqualTo("pipeline.template");
        assertThat(invalid("""
                {"object": "accounts", "externalId": {"source": "crm", "column": "ID"},
                 "fields": {"name": {"column": "Name"}, "parent": {"column": "P", "lookup": {"by": "email"}}}}
                """).field()).isEqualTo("fields.parent.lookup.by");
        assertThat(invalid("""
                {"object": "accounts", "externalId": {"source": "crm", "column": "ID"},
                 "fields": {"name": {"column": "Name"}, "parent": {"column": "P", "lookup": {"ifMissing": "create"}}}}
                """).field()).isEqualTo("fields.parent.lookup.ifMissing");
    }

    @Test
    void shippedMappingsLoadByNameAndUnknownNamesAreNotFound() {
        for (String name : ImportMapping.BUILT_IN) {
            assertThat(ImportMapping.builtIn(name).fields()).as(name).isNotEmpty();
        }
        assertThat(ImportMapping.builtIn("HubSpot-Contacts").object()).isEqualTo(ImportObject.CONTACTS);
        assertThatThrownBy(() -> ImportMapping.builtIn("zoho-leads")).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("hubspot-contacts");
    }
}
