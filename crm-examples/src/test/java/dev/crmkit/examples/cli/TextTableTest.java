package dev.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TextTableTest {
    @Test
    void alignsTextLeftAndNumbersRightUnderARule() {
        TextTable table = new TextTable().left("Stage").right("Deals").right("Amount")
                .row("Prospecting", 4, "1,200.00")
                .row("Negotiation/Review", 12, "95,000.00")
                .rule()
                .row("Total", 16, "96,200.00");

        assertThat(print(table, 2)).isEqualTo("""
                  Stage               Deals     Amount
                  ------------------  -----  ---------
                  Prospecting             4   1,200.00
                  Negotiation/Review     12  95,000.00
                  ------------------  -----  ---------
                  Total                  16  96,200.00
                """);
    }

    @Test
    void cutsLongCellsAndKeepsEachRowOnOneLine() {
        TextTable table = new TextTable().left("Name", 10).left("Note").row("A very long company name", "two\nlines");

        assertThat(print(table, 0)).isEqualTo("""
                Name        Note
                ----------  ---------
                A very lo…  two lines
                """);
    }

    @Test
    void refusesRowsOfTheWrongWidth() {
        assertThatThrownBy(() -> new TextTable().left("a").row("1", "2")).isInstanceOf(IllegalArgumentException.class);
    }

    private static String print(TextTable table, int indent) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        table.print(out, indent);
        out.flush();
        return text.toString().replace(System.lineSeparator(), "\n");
    }
}
