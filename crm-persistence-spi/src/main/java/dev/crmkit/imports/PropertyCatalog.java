package dev.crmkit.imports;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.property.PropertyDefinition;
import dev.crmkit.core.model.shared.ObjectType;
import dev.crmkit.core.model.shared.PropertyDefinitionId;
import dev.crmkit.core.model.shared.PropertyType;
import dev.crmkit.core.model.shared.PropertyValue;
import dev.crmkit.imports.mapping.FieldSpec;
import dev.crmkit.imports.mapping.ImportMapping;
import dev.crmkit.imports.mapping.PropertyPolicy;
import dev.crmkit.imports.mapping.Targets;
import dev.crmkit.spi.UnitOfWork;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The custom property definitions an import writes values of. Prepared once before the first row (missing
 * definitions are an error under {@link PropertyPolicy#REQUIRE} and created under {@link PropertyPolicy#CREATE});
 * during the run, {@link Attempt} checks each row's values and, under {@code CREATE}, adds enumeration options
 * the definitions lack, in the row's batch transaction.
 */
final class PropertyCatalog {
    private final ImportMapping mapping;
    private final ObjectType objectType;
    private final Map<String, FieldSpec> specs = new LinkedHashMap<>();
    private final Map<String, PropertyDefinition> committed = new HashMap<>();
    private int created;

    PropertyCatalog(ImportMapping mapping) {
        this.mapping = mapping;
        this.objectType = mapping.object().objectType();
        mapping.fields().forEach((target, spec) -> {
            if (target.startsWith(Targets.PROPERTIES_PREFIX)) {
                specs.put(Targets.propertyKey(target), spec);
            }
        });
    }

    boolean isEmpty() {
        return specs.isEmpty();
    }

    /** Definitions created so far. */
    int created() {
        return created;
    }

    /**
     * Loads the definitions and, under {@code CREATE}, creates missing ones (enumerations without declared
     * options are created with their first value).
     *
     * @throws ValidationException (field {@code properties.KEY}) for a missing definition under {@code REQUIRE} or
     *                             a definition of another type than the mapping's
     */
    void prepare(UnitOfWork uow, ImportContext context, Instant now) {
        for (PropertyDefinition definition : uow.propertyDefinitions().findAll(objectType)) {
            committed.put(definition.key(), definition);
        }
        for (Map.Entry<String, FieldSpec> entry : specs.entrySet()) {
            String key = entry.getKey();
            PropertyType type = typeOf(entry.getValue());
            PropertyDefinition definition = committed.get(key);
            if (definition != null) {
                ValidationException.check(definition.type() == type, "properties." + key, definition.type(),
                        "is defined as " + definition.type() + " but the mapping reads it as " + type);
                continue;
            }
            ValidationException.check(mapping.propertyDefinitions() == PropertyPolicy.CREATE, "properties." + key, null,
                    "is not a defined " + objectType.name().toLowerCase(Locale.ROOT)
                            + " property; define it first or set \"propertyDefinitions\": \"create\" in the mapping");
            if (type != PropertyType.ENUMERATION || !entry.getValue().allowedValues().isEmpty()) {
                PropertyDefinition stored = uow.propertyDefinitions().insert(newDefinition(context, key, entry.getValue(),
                        entry.getValue().allowedValues(), now));
                committed.put(key, stored);
                created++;
            }
        }
    }

    Attempt attempt(UnitOfWork uow, ImportContext context, Instant now) {
        return new Attempt(uow, context, now);
    }

    private PropertyDefinition newDefinition(ImportContext context, String key, FieldSpec spec, List<String> options,
                                             Instant now) {
        String label = spec.label().or(spec::column).orElse(key);
        return PropertyDefinition.builder()
                .id(context.ids().next(PropertyDefinitionId::new))
                .objectType(objectType)
                .key(key)
                .label(label.length() > 255 ? label.substring(0, 255) : label)
                .type(typeOf(spec))
                .allowedValues(options)
                .createdAt(now)
                .build();
    }

    private static PropertyType typeOf(FieldSpec spec) {
        return PropertyType.valueOf(spec.type().orElseThrow().toUpperCase(Locale.ROOT));
    }

    /** The catalog as seen by one batch attempt. */
    final class Attempt {
        private final UnitOfWork uow;
        private final ImportContext context;
        private final Instant now;
        private final Map<String, PropertyDefinition> changed = new LinkedHashMap<>();
        private int createdHere;

        private Attempt(UnitOfWork uow, ImportContext context, Instant now) {
            this.uow = uow;
            this.context = context;
            this.now = now;
        }

        /**
         * Checks a row's values and notes the options they add. All or nothing: a row that fails leaves no note.
         *
         * @throws ValidationException naming {@code properties.KEY} for a value its definition does not allow
         */
        void accept(Map<String, Optional<PropertyValue>> values) {
            Map<String, PropertyDefinition> updates = new HashMap<>();
            for (Map.Entry<String, Optional<PropertyValue>> entry : values.entrySet()) {
                if (entry.getValue().isEmpty()) {
                    continue;
                }
                String key = entry.getKey();
                PropertyValue value = entry.getValue().get();
                PropertyDefinition definition = current(key, updates);
                if (definition == null) {
                    // an enumeration created on its first value, under CREATE (prepare rejected the rest)
                    definition = newDefinition(context, key, specs.get(key), List.of(value.asText()), now);
                    updates.put(key, definition);
                    continue;
                }
                if (value instanceof PropertyValue.Choice choice && !definition.allowedValues().contains(choice.value())
                        && mapping.propertyDefinitions() == PropertyPolicy.CREATE) {
                    List<String> options = new ArrayList<>(definition.allowedValues());
                    options.add(choice.value());
                    definition = PropertyDefinition.copyOf(definition).withAllowedValues(options)
                            .withUpdatedAt(Assembly.latest(now, definition.updatedAt()));
                    updates.put(key, definition);
                }
                definition.validate(value);
            }
            changed.putAll(updates);
        }

        /** Stores new and extended definitions. */
        void write() {
            for (Map.Entry<String, PropertyDefinition> entry : changed.entrySet()) {
                PropertyDefinition definition = entry.getValue();
                if (definition.version() == 0) {
                    entry.setValue(uow.propertyDefinitions().insert(definition));
                    createdHere++;
                } else {
                    entry.setValue(uow.propertyDefinitions().update(definition));
                }
            }
        }

        /** After the attempt's transaction committed. */
        void commit() {
            committed.putAll(changed);
            created += createdHere;
        }

        private PropertyDefinition current(String key, Map<String, PropertyDefinition> updates) {
            PropertyDefinition definition = updates.get(key);
            if (definition == null) {
                definition = changed.get(key);
            }
            return definition != null ? definition : committed.get(key);
        }
    }
}
