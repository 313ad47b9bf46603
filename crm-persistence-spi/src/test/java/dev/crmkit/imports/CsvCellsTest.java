package dev.crmkit.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.crmkit.core.tabular.CsvFormat;
import dev.crmkit.core.tabular.CsvReader;
import dev.crmkit.core.tabular.CsvRecord;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void formulaStartsGetALeadingQuote() {
        assertThat(CsvCells.neutralize("=HYPERLINK(\"http://evil.example\")")).isEqualTo("'=HYPERLINK(\"http://evil.example\")");
        assertThat(CsvCells.neutralize("+1+2")).isEqualTo("'+1+2");
        assertThat(CsvCells.neutralize("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvCells.neutralize("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCells.neutralize("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvCells.neutralize("\rcmd")).isEqualTo("'\rcmd");
        assertThat(CsvCells.neutralize("Ada = genius")).isEqualTo("Ada = genius");
        assertThat(CsvCells.neutralize("")).isEmpty();
    }

    @Test
    void neutralizedCellsNeverStartAFormulaAndKeepTheirText() {
        qt().withFixedSeed(11L).withExamples(5_000).forAll(strings().allPossible().ofLengthBetween(0, 12)).checkAssert(cell -> {
            String safe = CsvCells.neutralize(cell);
            assertThat(safe.isEmpty() || "=+-@\t\r".indexOf(safe.charAt(0)) < 0).isTrue();
            assertThat(safe.equals(cell) || safe.equals("'" + cell)).isTrue();
        });
    }

    @Test
    void quotedLinesReadBackAsTheSameCells() {
        qt().withFixedSeed(12L).withExamples(3_000)
                .forAll(strings().allPossible().ofLengthBetween(0, 10), strings().allPossible().ofLengthBetween(0, 10))
                .assuming((a, b) -> !(a + b).contains("\uFEFF"))
                .checkAssert((a, b) -> {
                    String text = "x,y\r\n" + CsvCells.line(List.of(a, b), ',') + "\r\n";
                    try (CsvReader reader = CsvReader.open(new StringReader(text), CsvFormat.rfc4180().withSkipBlankLines(false))) {
                        CsvRecord record = reader.iterator().next();
                        assertThat(record.values()).containsExactly(a, b);
                    }
                });
    }
}
