package dev.crmkit.core.tabular;

import java.util.Iterator;
import java.util.List;

/** The {@link Table} implementation behind {@link Table#of} and {@link Table#readCsv}. */
record InMemoryTable(List<String> columns, List<TabularRecord> records) implements Table {

    @Override
    public int size() {
        return records.size();
    }

    @Override
    public TabularRecord record(int index) {
        return records.get(index);
    }

    @Override
    public Iterator<TabularRecord> iterator() {
        return records.iterator();
    }
}
