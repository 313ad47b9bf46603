package dev.crmkit.core.tabular;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Column names and their positions, shared by every record of one CSV text. */
final class CsvHeader {
    private final List<String> names;
    private final Map<String, Integer> positions;
    private final Set<String> nameSet;

    CsvHeader(List<String> names) {
        this.names = List.copyOf(names);
        this.positions = new HashMap<>(names.size() * 2);
        for (int i = 0; i < names.size(); i++) {
            positions.put(names.get(i), i);
        }
        this.nameSet = Collections.unmodifiableSet(new LinkedHashSet<>(this.names));
    }

    List<String> names() {
        return names;
    }

    Set<String> nameSet() {
        return nameSet;
    }

    int size() {
        return names.size();
    }

    /** Position of a column, or -1. */
    int position(String name) {
        Integer position = positions.get(name);
        return position == null ? -1 : position;
    }
}
