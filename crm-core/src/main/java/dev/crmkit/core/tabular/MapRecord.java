package dev.crmkit.core.tabular;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** A {@link TabularRecord} over an immutable copy of a map; see {@link TabularRecord#of(Map)}. */
record MapRecord(Map<String, String> values) implements TabularRecord {

    static MapRecord copyOf(Map<String, String> source) {
        Objects.requireNonNull(source, "values");
        // LinkedHashMap (not Map.copyOf) keeps the caller's column order and tolerates null values
        Map<String, String> copy = new LinkedHashMap<>();
        source.forEach((key, value) -> copy.put(Objects.requireNonNull(key, "column name"), value == null ? "" : value));
        return new MapRecord(Collections.unmodifiableMap(copy));
    }

    @Override
    public String get(String column) {
        return values.getOrDefault(column, "");
    }

    @Override
    public Set<String> columns() {
        return values.keySet();
    }
}
