package dev.crmkit.imports;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.tabular.TabularRecord;
import dev.crmkit.imports.mapping.FieldSpec;
import dev.crmkit.imports.mapping.Transform;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads and cleans the values of one mapped field from a row (steps 1-5 of {@link FieldSpec}). */
final class FieldReader {
    private final String target;
    private final FieldSpec spec;
    private final Set<String> placeholders;
    private final Optional<Pattern> splitter;

    FieldReader(String target, FieldSpec spec, List<String> mappingPlaceholders) {
        this.target = target;
        this.spec = spec;
        this.placeholders = new HashSet<>();
        mappingPlaceholders.forEach(p -> placeholders.add(p.strip().toLowerCase(Locale.ROOT)));
        spec.emptyValues().forEach(p -> placeholders.add(p.strip().toLowerCase(Locale.ROOT)));
        this.splitter = spec.split().map(Pattern::quote).map(Pattern::compile);
    }

    String target() {
        return target;
    }

    FieldSpec spec() {
        return spec;
    }

    /** The column named in messages. */
    String columnLabel() {
        if (spec.constant().isPresent()) {
            return "constant";
        }
        return spec.column().map(c -> "column '" + c + "'").orElse("columns " + spec.columns());
    }

    /** Every cleaned, mapped value (several only for split fields); empty when the cell is empty. */
    List<String> values(TabularRecord row) {
        List<String> values = List.of();
        if (spec.constant().isPresent()) {
            values = clean(spec.constant().get());
        } else if (spec.column().isPresent()) {
            values = clean(row.get(spec.column().get()));
        } else {
            for (String column : spec.columns()) {
                values = clean(row.get(column));
                if (!values.isEmpty()) {
                    break;
                }
            }
        }
        if (values.isEmpty() && spec.ifEmpty().isPresent()) {
            return List.of(spec.ifEmpty().get());
        }
        return values;
    }

    /** The single value of a field that is not split. */
    Optional<String> value(TabularRecord row) {
        List<String> values = values(row);
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Whether a value counts as empty: blank or a placeholder. */
    boolean isEmpty(String value) {
        String stripped = value.strip();
        return stripped.isEmpty() || placeholders.contains(stripped.toLowerCase(Locale.ROOT));
    }

    /** Wraps a conversion failure so it names the target and where the value came from. */
    ValidationException invalid(String value, ValidationException cause) {
        ValidationException wrapped = new ValidationException(target, value, cause.reason() + " (" + columnLabel() + ")");
        wrapped.initCause(cause);
        return wrapped;
    }

    private List<String> clean(String raw) {
        String text = raw;
        for (Transform transform : spec.transforms()) {
            text = transform.apply(text);
        }
        if (isEmpty(text)) {
            return List.of();
        }
        String[] parts = splitter.isPresent() ? splitter.get().split(text, -1) : new String[] {text};
        List<String> values = new ArrayList<>(parts.length);
        for (String part : parts) {
            if (isEmpty(part)) {
                continue;
            }
            String value = part.strip();
            if (spec.map().isPresent()) {
                value = spec.map().get().apply(value);
                if (isEmpty(value)) {
                    continue;
                }
                value = value.strip();
            }
            values.add(value);
        }
        return values;
    }
}
