package dev.crmkit.imports.mapping;

import dev.crmkit.core.error.NotFoundException;
import dev.crmkit.core.error.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How the columns of a CSV file become records: the object type, the file format, where the external id comes
 * from, placeholder values, defaults, and one {@link FieldSpec} per target field. Usually read from JSON
 * ({@link #fromJson(Reader)}) or taken from the shipped mappings ({@link #builtIn(String)}); see
 * {@code docs/import.md} for the format. Immutable; every check runs on construction, so a mapping that exists
 * is consistent (the file it is used on is checked when the import starts).
 *
 * @param object              what the rows become
 * @param format              separator and encoding
 * @param externalId          the external-id source and column rows are matched by
 * @param emptyValues         placeholder values that mean "empty" in every column, e.g. {@code "Select"}
 * @param defaults            currency, phone region and time zone shared by all fields
 * @param propertyDefinitions whether the import may create custom property definitions
 * @param pipeline            for deals: which pipeline they go into
 * @param fields              target field to spec, in the order written
 */
public record ImportMapping(ImportObject object, FileFormat format, ExternalIdSpec externalId, List<String> emptyValues,
                            MappingDefaults defaults, PropertyPolicy propertyDefinitions, Optional<PipelineSpec> pipeline,
                            Map<String, FieldSpec> fields) {

    /** The names {@link #builtIn(String)} knows. */
    public static final List<String> BUILT_IN = List.of(
            "hubspot-contacts", "hubspot-companies", "hubspot-deals",
            "salesforce-contacts", "salesforce-accounts", "salesforce-opportunities",
            "pipedrive-persons", "pipedrive-organizations", "pipedrive-deals",
            "x-education-leads", "maven-accounts", "maven-deals");

    private static final String RESOURCE_FOLDER = "/dev/crmkit/imports/mappings/";

    /**
     * Fills defaults and checks the whole mapping.
     *
     * @throws ValidationException naming the JSON path of the first problem (e.g. {@code fields.email.split})
     */
    public ImportMapping {
        ValidationException.check(object != null, "object", null, "is required (contacts, accounts or deals)");
        ValidationException.check(externalId != null, "externalId", null,
                "is required: {\"source\": \"...\", \"column\": \"...\"} (rows are matched to stored records by it)");
        format = format == null ? FileFormat.DEFAULT : format;
        emptyValues = emptyValues == null ? List.of() : List.copyOf(emptyValues);
        defaults = defaults == null ? MappingDefaults.NONE : defaults;
        propertyDefinitions = propertyDefinitions == null ? PropertyPolicy.REQUIRE : propertyDefinitions;
        pipeline = pipeline == null ? Optional.empty() : pipeline;
        ValidationException.check(fields != null && !fields.isEmpty(), "fields", null, "a mapping needs at least one field");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        for (Map.Entry<String, FieldSpec> field : fields.entrySet()) {
            ValidationException.check(field.getValue() != null, "fields." + field.getKey(), null, "is empty");
            Targets.check(object, field.getKey(), field.getValue(), "fields." + field.getKey());
        }
        for (Map.Entry<String, FieldSpec> field : fields.entrySet()) {
            FieldSpec spec = field.getValue();
            boolean money = Targets.kindOf(object, field.getKey()).orElseThrow() == TargetKind.MONEY
                    || spec.type().orElse("").equals("money");
            boolean hasCurrency = spec.money().map(m -> m.currency().isPresent() || m.currencyColumn().isPresent())
                    .orElse(false) || defaults.currency().isPresent();
            ValidationException.check(!money || hasCurrency, "fields." + field.getKey() + ".money", null,
                    "needs a currency: money.currency, money.currencyColumn or defaults.currency");
        }
        for (String required : Targets.required(object)) {
            ValidationException.check(fields.containsKey(required), "fields." + required, null,
                    "is required for " + object.jsonName());
        }
        if (object == ImportObject.DEALS) {
            ValidationException.check(pipeline.isPresent(), "pipeline", null,
                    "deals need a pipeline: {\"name\": \"...\"} or {\"column\": \"...\"}");
        } else {
            ValidationException.check(pipeline.isEmpty(), "pipeline", null, "only deals have a pipeline");
        }
    }

    /**
     * Reads a mapping from JSON (with {@code CrmJson.newObjectMapper()}).
     *
     * @throws ValidationException naming the JSON path for unknown attributes, wrong types, bad values or
     *                             malformed JSON
     * @throws UncheckedIOException when the reader fails
     */
    public static ImportMapping fromJson(Reader json) {
        return MappingJson.read(json);
    }

    /** {@link #fromJson(Reader)} for a string. */
    public static ImportMapping fromJson(String json) {
        return fromJson(new StringReader(json));
    }

    /**
     * A shipped mapping, e.g. {@code builtIn("hubspot-contacts")}; see {@link #BUILT_IN}.
     *
     * @throws NotFoundException when no mapping of that name is shipped
     */
    public static ImportMapping builtIn(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (!BUILT_IN.contains(key)) {
            throw new NotFoundException("ImportMapping", name + " (shipped mappings: " + BUILT_IN + ")");
        }
        try (InputStream in = ImportMapping.class.getResourceAsStream(RESOURCE_FOLDER + key + ".json")) {
            if (in == null) {
                throw new NotFoundException("ImportMapping", key);
            }
            return fromJson(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the shipped mapping " + key, e);
        }
    }

    /** This mapping as JSON that {@link #fromJson(String)} reads back to an equal mapping. */
    public String toJson() {
        return MappingJson.write(this);
    }

    /** A copy with one field added or replaced. @throws ValidationException when the field does not fit the target */
    public ImportMapping withField(String target, FieldSpec spec) {
        Map<String, FieldSpec> copy = new LinkedHashMap<>(fields);
        copy.put(target, spec);
        return new ImportMapping(object, format, externalId, emptyValues, defaults, propertyDefinitions, pipeline, copy);
    }

    /** A copy without a field. @throws ValidationException when the field is required */
    public ImportMapping withoutField(String target) {
        Map<String, FieldSpec> copy = new LinkedHashMap<>(fields);
        copy.remove(target);
        return new ImportMapping(object, format, externalId, emptyValues, defaults, propertyDefinitions, pipeline, copy);
    }

    /** A copy with another file format. */
    public ImportMapping withFormat(FileFormat newFormat) {
        return new ImportMapping(object, newFormat, externalId, emptyValues, defaults, propertyDefinitions, pipeline, fields);
    }

    /** A copy with another pipeline spec. @throws ValidationException when this is not a deals mapping */
    public ImportMapping withPipeline(PipelineSpec newPipeline) {
        return new ImportMapping(object, format, externalId, emptyValues, defaults, propertyDefinitions,
                Optional.of(newPipeline), fields);
    }

    /**
     * The columns the file must have: the external-id column, the pipeline column, and every column of a field
     * that is not {@code optional}, in mapping order without repeats.
     */
    public List<String> requiredColumns() {
        Set<String> columns = new LinkedHashSet<>();
        columns.add(externalId.column());
        pipeline.flatMap(PipelineSpec::column).ifPresent(columns::add);
        for (FieldSpec spec : fields.values()) {
            if (!spec.optional()) {
                columns.addAll(spec.sourceColumns());
            }
        }
        return new ArrayList<>(columns);
    }
}
