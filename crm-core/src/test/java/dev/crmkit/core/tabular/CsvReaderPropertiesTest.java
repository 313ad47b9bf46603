package dev.crmkit.core.tabular;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

class CsvReaderPropertiesTest {

    /** Text made mostly of the characters that matter to a CSV parser, so odd combinations come up often. */
    private static final Gen<String> CSV_LIKE_TEXT = lists()
            .of(Generate.pick(List.of("a", "b", ",", ";", "\"", "\"\"", "\r", "\n", "\r\n", "\uFEFF", " ", "\u0000")))
            .ofSizeBetween(0, 40)
            .map(parts -> String.join("", parts));

    private static final Gen<String> ANY_TEXT = strings().allPossible().ofLengthBetween(0, 60);

    private static final Gen<CsvFormat> FORMATS = Generate.pick(List.of(
            CsvFormat.rfc4180(),
            CsvFormat.semicolon(),
            CsvFormat.rfc4180().withStrictFieldCount(false),
            CsvFormat.semicolon().withSkipBlankLines(false).withStrictFieldCount(false),
            CsvFormat.rfc4180().withMaxFieldChars(3)));

    @Test
    void randomTextGivesRecordsOrATypedErrorNeverAnythingElse() {
        qt().withFixedSeed(20240611L).withExamples(3000)
                .forAll(CSV_LIKE_TEXT.mix(ANY_TEXT), FORMATS)
                .checkAssert((text, format) -> {
                    try (CsvReader csv = CsvReader.open(new StringReader(text), format)) {
                        for (CsvRecord row : csv) {
                            assertThat(row.recordNumber()).isPositive();
                            assertThat(row.lineNumber()).isGreaterThan(1);
                            for (String column : csv.header()) {
                                assertThat(row.get(column)).isNotNull();
                            }
                        }
                    } catch (CsvFormatException expected) {
                        assertThat(expected.lineNumber()).isPositive();
                    }
                });
    }

    /** Writing fields with RFC 4180 quoting and reading them back gives the same fields. */
    @Test
    void writtenRecordsReadBackUnchanged() {
        Gen<String> field = lists()
                .of(Generate.pick(List.of("x", "Y", " ", ",", ";", "\"", "\n", "\r\n", "é", "")))
                .ofSizeBetween(0, 6)
                .map(parts -> String.join("", parts));
        Gen<List<List<String>>> rows = integers().between(1, 4).flatMap(width ->
                lists().of(lists().of(field).ofSize(width)).ofSizeBetween(0, 6));

        qt().withFixedSeed(7L).withExamples(1500).forAll(rows, Generate.pick(List.of(',', ';'))).checkAssert((records, separator) -> {
            int width = records.isEmpty() ? 1 : records.get(0).size();
            List<String> header = new ArrayList<>();
            for (int i = 0; i < width; i++) {
                header.add("c" + i);
            }
            StringBuilder text = new StringBuilder(String.join(String.valueOf(separator), header)).append("\r\n");
            for (List<String> record : records) {
                text.append(record.stream().map(CsvReaderPropertiesTest::quote)
                        .collect(Collectors.joining(String.valueOf(separator)))).append("\r\n");
            }
            CsvFormat format = CsvFormat.rfc4180().withSeparator(separator).withSkipBlankLines(false);

            List<List<String>> read = new ArrayList<>();
            for (CsvRecord row : CsvReader.open(new StringReader(text.toString()), format)) {
                read.add(row.values());
            }

            assertThat(read).isEqualTo(records);
        });
    }

    private static String quote(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
