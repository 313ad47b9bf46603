package dev.crmkit.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.contact.LifecycleStage;
import dev.crmkit.core.model.property.PropertyDefinition;
import dev.crmkit.core.model.shared.ObjectType;
import dev.crmkit.core.model.shared.PropertyType;
import dev.crmkit.core.model.shared.PropertyValue;
import dev.crmkit.imports.mapping.FieldSpec;
import dev.crmkit.imports.mapping.Targets;
import dev.crmkit.spi.ContactQuery;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Imports x-education-leads/Leads.csv; the expected counts are those of its SOURCE.md. */
class LeadsCsvImportTest {
    final ImportFixture fixture = new ImportFixture();

    @Test
    void importsEveryLeadOnceAndASecondRunOnlyUpdates() {
        Path file = SharedData.folder("x-education-leads").resolve("Leads.csv");
        LeadsCsvImport leads = new LeadsCsvImport(fixture.context, ImportListener.NONE, RejectSink.into(fixture.rejects));

        ImportSummary first = leads.run(file);

        assertThat(fixture.rejects).isEmpty();
        assertThat(first.rowsRead()).isEqualTo(9_240);
        assertThat(first.inserted()).isEqualTo(9_240);
        assertThat(fixture.contactCount()).isEqualTo(9_240);
        long customers = fixture.store.inTransaction(ImportFixture.TENANT, uow -> uow.contacts()
                .count(ContactQuery.builder().lifecycleStage(LifecycleStage.CUSTOMER).build()));
        assertThat(customers).isEqualTo(3_561);

        Contact first7927 = fixture.contacts().stream()
                .filter(c -> c.externalIds().stream().anyMatch(id -> id.id().equals("7927b2df-8bba-4d29-b9a2-b6e0beafe620")))
                .findFirst().orElseThrow();
        assertThat(first7927.displayName()).isEqualTo("Lead 660737");
        assertThat(first7927.leadSource()).contains("Olark Chat");
        assertThat(first7927.lifecycleStage()).isEqualTo(LifecycleStage.LEAD);
        Map<String, PropertyValue> properties = first7927.properties();
        assertThat(properties).containsEntry("lead_origin", PropertyValue.choice("API"))
                .containsEntry("total_visits", PropertyValue.number(BigDecimal.ZERO))
                .containsEntry("search", PropertyValue.bool(false))
                .containsEntry("converted", PropertyValue.bool(false))
                .containsEntry("asymmetrique_activity_index", PropertyValue.choice("02.Medium"))
                .doesNotContainKeys("specialization", "city", "lead_profile", "country");

        List<PropertyDefinition> definitions = fixture.store.inTransaction(ImportFixture.TENANT,
                uow -> uow.propertyDefinitions().findAll(ObjectType.CONTACT));
        assertThat(definitions).hasSize(32);
        assertThat(definitions).filteredOn(d -> d.key().equals("specialization")).singleElement()
                .satisfies(d -> assertThat(d.allowedValues()).doesNotContain("Select").isNotEmpty());
        assertThat(definitions).filteredOn(d -> d.key().equals("page_views_per_visit")).singleElement()
                .satisfies(d -> assertThat(d.type()).isEqualTo(PropertyType.NUMBER));

        ImportSummary second = leads.run(file);
        assertThat(second.inserted()).isZero();
        assertThat(second.updated()).isEqualTo(9_240);
        assertThat(fixture.contactCount()).isEqualTo(9_240);
    }

    @Test
    void propertyKeysAreTheHeadersInSnakeCase() {
        for (Map.Entry<String, FieldSpec> field : LeadsCsvImport.mapping().fields().entrySet()) {
            if (field.getKey().startsWith(Targets.PROPERTIES_PREFIX) && !field.getKey().equals("properties.converted")) {
                assertThat(Targets.propertyKey(field.getKey()))
                        .isEqualTo(PropertyKeys.snakeCase(field.getValue().column().orElseThrow()));
            }
        }
    }
}
