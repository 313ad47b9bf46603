package dev.crmkit.core.tabular;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvReaderTest {

    private static List<CsvRecord> readAll(String text, CsvFormat format) {
        List<CsvRecord> rows = new ArrayList<>();
        try (CsvReader csv = CsvReader.open(new StringReader(text), format)) {
            for (CsvRecord row : csv) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<List<String>> values(String text, CsvFormat format) {
        return readAll(text, format).stream().map(CsvRecord::values).toList();
    }

    @Test
    void readsHeaderAndPlainRecords() {
        List<CsvRecord> rows = readAll("a,b,c\n1,2,3\n4,5,6\n", CsvFormat.rfc4180());

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("a")).isEqualTo("1");
        assertThat(rows.get(1).get("c")).isEqualTo("6");
        assertThat(rows.get(1).toMap()).containsExactly(Map.entry("a", "4"), Map.entry("b", "5"), Map.entry("c", "6"));
        assertThat(rows.get(0).columns()).containsExactly("a", "b", "c");
    }

    @Test
    void quotedFieldsMayContainSeparatorsDoubledQuotesAndLineBreaks() {
        String text = "name,note\n"
                + "\"Banking, Investment And Insurance\",\"said \"\"hi\"\"\"\n"
                + "\"multi\nline\",\"crlf\r\ninside\"\n"
                + "\"\",plain\n";

        assertThat(values(text, CsvFormat.rfc4180())).containsExactly(
                List.of("Banking, Investment And Insurance", "said \"hi\""),
                List.of("multi\nline", "crlf\r\ninside"),
                List.of("", "plain"));
    }

    @Test
    void lineNumbersCountPhysicalLinesAndRecordNumbersCountRecords() {
        String text = "a,b\n1,\"x\ny\"\n2,z\n\n3,w\n";

        List<CsvRecord> rows = readAll(text, CsvFormat.rfc4180());

        assertThat(rows).extracting(CsvRecord::recordNumber).containsExactly(1L, 2L, 3L);
        assertThat(rows).extracting(CsvRecord::lineNumber).containsExactly(2L, 4L, 6L);
    }

    @Test
    void crlfLfAndLoneCrEndingsAreAllLineBreaks() {
        assertThat(values("a,b\r\n1,2\r\n3,4\r\n", CsvFormat.rfc4180())).containsExactly(List.of("1", "2"), List.of("3", "4"));
        assertThat(values("a,b\r1,2\r3,4", CsvFormat.rfc4180())).containsExactly(List.of("1", "2"), List.of("3", "4"));
        assertThat(readAll("a,b\r\n1,2\r\n3,4", CsvFormat.rfc4180())).extracting(CsvRecord::lineNumber).containsExactly(2L, 3L);
    }

    @Test
    void leadingByteOrderMarkIsStripped() {
        CsvReader csv = CsvReader.open(new StringReader("\uFEFFid,name\n1,x\n"), CsvFormat.rfc4180());

        assertThat(csv.header()).containsExactly("id", "name");
        assertThat(csv.iterator().next().get("id")).isEqualTo("1");
    }

    @Test
    void aByteOrderMarkLaterInTheTextIsData() {
        assertThat(values("a\n\uFEFFx\n", CsvFormat.rfc4180())).containsExactly(List.of("\uFEFFx"));
    }

    @Test
    void semicolonSeparatedQuotedBankStyle() {
        String text = "\"age\";\"job\";\"y\"\r\n56;\"housemaid\";\"no\"\r\n41;\"blue-collar\";\"yes\"\r\n";

        List<CsvRecord> rows = readAll(text, CsvFormat.semicolon());

        assertThat(rows).extracting(r -> r.get("job")).containsExactly("housemaid", "blue-collar");
        assertThat(rows).extracting(r -> r.get("age")).containsExactly("56", "41");
    }

    @Test
    void emptyTrailingFieldAndMissingFinalNewline() {
        assertThat(values("a,b\n1,\n,2", CsvFormat.rfc4180())).containsExactly(List.of("1", ""), List.of("", "2"));
    }

    @Test
    void quoteInsideAnUnquotedFieldIsKept() {
        assertThat(values("size\n5\" screen\n", CsvFormat.rfc4180())).containsExactly(List.of("5\" screen"));
    }

    @Test
    void unterminatedQuoteNamesTheRecordAndLine() {
        String text = "a,b\n1,2\n3,\"never closed\n4,5\n";

        assertThatThrownBy(() -> readAll(text, CsvFormat.rfc4180()))
                .isInstanceOfSatisfying(CsvFormatException.class, e -> {
                    assertThat(e.lineNumber()).isEqualTo(3);
                    assertThat(e.recordNumber()).isEqualTo(2);
                    assertThat(e.field()).isEqualTo("line 3 (record 2)");
                    assertThat(e.reason()).contains("unterminated quoted field");
                });
    }

    @Test
    void strictModeRejectsWrongFieldCount() {
        assertThatThrownBy(() -> readAll("a,b\n1,2\n1,2,3\n", CsvFormat.rfc4180()))
                .isInstanceOfSatisfying(CsvFormatException.class, e -> {
                    assertThat(e.recordNumber()).isEqualTo(2);
                    assertThat(e.lineNumber()).isEqualTo(3);
                    assertThat(e.reason()).contains("expected 2 fields").contains("found 3");
                });
    }

    @Test
    void lenientModeToleratesShortAndLongRecords() {
        List<CsvRecord> rows = readAll("a,b\n1\n1,2,3\n", CsvFormat.rfc4180().withStrictFieldCount(false));

        assertThat(rows.get(0).get("b")).isEmpty();
        assertThat(rows.get(1).size()).isEqualTo(3);
        assertThat(rows.get(1).get(2)).isEqualTo("3");
        assertThat(rows.get(1).get(7)).isEmpty();
    }

    @Test
    void textAfterClosingQuoteIsAnErrorWhenStrictAndKeptWhenLenient() {
        assertThatThrownBy(() -> readAll("a\n\"x\"y\n", CsvFormat.rfc4180()))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageContaining("after a closing quote");
        assertThat(values("a\n\"x\"y\n", CsvFormat.rfc4180().withStrictFieldCount(false))).containsExactly(List.of("xy"));
    }

    @Test
    void blankLinesAreSkippedOrKept() {
        assertThat(values("a\n\n1\n\r\n2\n", CsvFormat.rfc4180())).containsExactly(List.of("1"), List.of("2"));
        assertThat(values("a\n\n1\n", CsvFormat.rfc4180().withSkipBlankLines(false))).containsExactly(List.of(""), List.of("1"));
    }

    @Test
    void emptyTextHasNoHeader() {
        assertThatThrownBy(() -> CsvReader.open(new StringReader(""), CsvFormat.rfc4180()))
                .isInstanceOfSatisfying(CsvFormatException.class, e -> assertThat(e.recordNumber()).isZero())
                .hasMessageContaining("missing header");
    }

    @Test
    void duplicateHeaderNamesAreRejected() {
        assertThatThrownBy(() -> CsvReader.open(new StringReader("a,b,a\n"), CsvFormat.rfc4180()))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageContaining("twice");
    }

    @Test
    void unknownColumnsReadAsEmpty() {
        assertThat(readAll("a\n1\n", CsvFormat.rfc4180()).get(0).get("nope")).isEmpty();
    }

    @Test
    void hugeFieldsAreReadWhenWithinTheLimitAndRejectedBeyondIt() {
        String big = "x".repeat(3_000_000);
        assertThat(values("a,b\n\"" + big + "\",1\n", CsvFormat.rfc4180()).get(0).get(0)).hasSize(3_000_000);

        assertThatThrownBy(() -> readAll("a\n" + "y".repeat(101) + "\n", CsvFormat.rfc4180().withMaxFieldChars(100)))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageContaining("longer than 100");
    }

    @Test
    void streamsWithoutReadingAheadOfTheConsumer() {
        // a source that fails after the first records: the reader must hand out those records first
        String head = "a\n1\n2\n";
        Reader failing = new Reader() {
            private final StringReader start = new StringReader(head);

            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                int n = start.read(buffer, offset, length);
                if (n < 0) {
                    throw new IOException("disk gone");
                }
                return n;
            }

            @Override
            public void close() {
                start.close();
            }
        };
        CsvReader csv = CsvReader.open(failing, CsvFormat.rfc4180());
        var rows = csv.iterator();

        assertThat(rows.next().get("a")).isEqualTo("1");
        assertThat(rows.next().get("a")).isEqualTo("2");
        assertThatThrownBy(rows::hasNext).isInstanceOf(TabularIoException.class).hasMessageContaining("could not read");
        assertThatThrownBy(rows::hasNext).isInstanceOf(TabularIoException.class);
    }

    @Test
    void canBeIteratedOnlyOnce() {
        CsvReader csv = CsvReader.open(new StringReader("a\n1\n"), CsvFormat.rfc4180());
        csv.iterator();

        assertThatThrownBy(csv::iterator).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void streamGivesTheRecordsInOrder() {
        CsvReader csv = CsvReader.open(new StringReader("a\n1\n2\n3\n"), CsvFormat.rfc4180());

        assertThat(csv.stream().map(r -> r.get("a"))).containsExactly("1", "2", "3");
    }

    @Test
    void tableReadsEverythingIntoMemoryAndIsReIterable() {
        Table table = Table.readCsv(new StringReader("a;b\n1;x\n2;y\n"), CsvFormat.semicolon());

        assertThat(table.columns()).containsExactly("a", "b");
        assertThat(table.size()).isEqualTo(2);
        assertThat(table).extracting(r -> r.get("b")).containsExactly("x", "y");
        assertThat(table).extracting(r -> r.get("b")).containsExactly("x", "y");
        assertThat(table.record(1).get("a")).isEqualTo("2");
    }

    @Test
    void mapRecordsTreatNullAndAbsentAsEmpty() {
        Map<String, String> values = new java.util.HashMap<>();
        values.put("stage", "proposal");
        values.put("owner", null);
        TabularRecord record = TabularRecord.of(values);

        assertThat(record.get("stage")).isEqualTo("proposal");
        assertThat(record.get("owner")).isEmpty();
        assertThat(record.get("missing")).isEmpty();
        assertThat(record.columns()).containsExactlyInAnyOrder("stage", "owner");
    }
}
