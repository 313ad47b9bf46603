package dev.crmkit.core.forecast.maven;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal reader for the Maven CRM sample's simple CSV files: a header line, then rows of comma-separated
 * fields without quoting (those files have none); CRLF or LF line ends. Rows whose field count differs from
 * the header's are rejected with the row number.
 */
final class SimpleCsv {
    private SimpleCsv() {
    }

    static List<Map<String, String>> read(Reader in) throws IOException {
        BufferedReader reader = new BufferedReader(in);
        String headerLine = reader.readLine();
        if (headerLine == null) {
            return List.of();
        }
        String[] header = headerLine.replace("\uFEFF", "").split(",", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        String line;
        int number = 1;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isEmpty()) {
                continue;
            }
            if (line.indexOf('"') >= 0) {
                throw new IOException("row " + number + ": quoted fields are not supported by this reader");
            }
            String[] fields = line.split(",", -1);
            if (fields.length != header.length) {
                throw new IOException("row " + number + ": " + fields.length + " fields, header has " + header.length);
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i].strip(), fields[i].strip());
            }
            rows.add(row);
        }
        return rows;
    }
}
