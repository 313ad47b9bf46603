package dev.crmkit.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.model.property.PropertyDefinition;
import dev.crmkit.core.model.shared.ObjectType;
import dev.crmkit.core.model.shared.PropertyDefinitionId;
import dev.crmkit.core.model.shared.PropertyType;
import dev.crmkit.spi.DuplicateKeyException;
import dev.crmkit.spi.PropertyDefinitionRepository;
import dev.crmkit.spi.UnitOfWork;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract of {@link PropertyDefinitionRepository}: CRUD, the unique (object type, key), look-ups. */
public abstract class PropertyDefinitionRepositoryContract
        extends AggregateRepositoryContract<PropertyDefinition, PropertyDefinitionId> {
    private int counter;

    @Override
    protected PropertyDefinitionRepository repository(UnitOfWork uow) {
        return uow.propertyDefinitions();
    }

    @Override
    protected PropertyDefinition newRecord() {
        counter++;
        return data.propertyDefinition(ObjectType.DEAL, "field_" + counter, PropertyType.NUMBER);
    }

    @Override
    protected PropertyDefinition changed(PropertyDefinition record) {
        return record.withLabel(record.label() + " (edited)").withDescription("Edited").withUpdatedAt(record.updatedAt().plusSeconds(1));
    }

    @Override
    protected PropertyDefinitionId idOf(PropertyDefinition record) {
        return record.id();
    }

    @Override
    protected long versionOf(PropertyDefinition record) {
        return record.version();
    }

    @Override
    protected PropertyDefinition withVersion(PropertyDefinition record, long version) {
        return record.withVersion(version);
    }

    @Override
    protected String expectedKind() {
        return "PropertyDefinition";
    }

    @Test
    void theKeyIsUniquePerObjectType() {
        PropertyDefinition dealBudget = insert(data.propertyDefinition(ObjectType.DEAL, "budget", PropertyType.MONEY));
        PropertyDefinition accountBudget = insert(data.propertyDefinition(ObjectType.ACCOUNT, "budget", PropertyType.NUMBER));

        assertThatThrownBy(() -> insert(data.propertyDefinition(ObjectType.DEAL, "budget", PropertyType.STRING)))
                .isInstanceOf(DuplicateKeyException.class);
        PropertyDefinition other = insert(data.propertyDefinition(ObjectType.DEAL, "region", PropertyType.STRING));
        assertThatThrownBy(() -> tx(uow -> uow.propertyDefinitions().update(other.withKey("budget"))))
                .isInstanceOf(DuplicateKeyException.class);

        assertThat(tx((UnitOfWork uow) -> uow.propertyDefinitions().findByKey(ObjectType.DEAL, "budget"))).contains(dealBudget);
        assertThat(tx((UnitOfWork uow) -> uow.propertyDefinitions().findByKey(ObjectType.ACCOUNT, "budget"))).contains(accountBudget);
        assertThat(tx((UnitOfWork uow) -> uow.propertyDefinitions().findByKey(ObjectType.CONTACT, "budget"))).isEmpty();
        assertThat(tx((UnitOfWork uow) -> uow.propertyDefinitions().findByKey(ObjectType.DEAL, "budge"))).isEmpty();
    }

    @Test
    void aKeyIsFreedByRenameAndDelete() {
        PropertyDefinition first = insert(data.propertyDefinition(ObjectType.CONTACT, "a", PropertyType.STRING));
        PropertyDefinition second = insert(data.propertyDefinition(ObjectType.CONTACT, "b", PropertyType.STRING));

        PropertyDefinition renamed = tx(uow -> uow.propertyDefinitions().update(first.withKey("c")));
        run(uow -> uow.propertyDefinitions().delete(second.id(), 1));
        PropertyDefinition newA = insert(data.propertyDefinition(ObjectType.CONTACT, "a", PropertyType.DATE));
        PropertyDefinition newB = insert(data.propertyDefinition(ObjectType.CONTACT, "b", PropertyType.BOOLEAN));

        assertThat(tx((UnitOfWork uow) -> uow.propertyDefinitions().findAll(ObjectType.CONTACT)))
                .containsExactly(newA, newB, renamed);
    }

    @Test
    void findAllListsAnObjectTypesDefinitionsByKey() {
        List<PropertyDefinition> stored = insert(List.of(
                data.propertyDefinition(ObjectType.ACTIVITY, "zeta", PropertyType.STRING),
                data.propertyDefinition(ObjectType.ACTIVITY, "alpha", PropertyType.NUMBER),
                PropertyDefinition.builder().id(data.propertyDefinitionId()).objectType(ObjectType.ACTIVITY).key("mode")
                        .label("Mode ✓").type(PropertyType.ENUMERATION).addAllowedValues("remote", "on-site", "Hybrid")
                        .description("How the meeting happened").createdAt(TckData.NOW).build(),
                data.propertyDefinition(ObjectType.ACTIVITY, "alpha_2", PropertyType.DATE),
                data.propertyDefinition(ObjectType.ACCOUNT, "beta", PropertyType.STRING)));

        assertThat(tx((UnitOfWork uow) -> uow.propertyDefinitions().findAll(ObjectType.ACTIVITY)))
                .containsExactly(stored.get(1), stored.get(3), stored.get(2), stored.get(0));
        assertThat(tx((UnitOfWork uow) -> uow.propertyDefinitions().findAll(ObjectType.CONTACT))).isEmpty();
        assertThat(stored.get(2).allowedValues()).containsExactly("remote", "on-site", "Hybrid");
        assertThat(tx((UnitOfWork uow) -> uow.propertyDefinitions().find(stored.get(2).id()))).contains(stored.get(2));
    }
}
