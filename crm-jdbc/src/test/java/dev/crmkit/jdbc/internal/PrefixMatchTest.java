package dev.crmkit.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.crmkit.jdbc.dialect.H2Dialect;
import dev.crmkit.jdbc.dialect.MariaDbDialect;
import dev.crmkit.spi.tck.TckOrders;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The code point range of a prefix holds exactly the text that starts with it. */
class PrefixMatchTest {
    private static final String MAX = Character.toString(Character.MAX_CODE_POINT);

    @Test
    void theNextPrefixIncrementsTheLastCodePoint() {
        assertThat(PrefixMatch.next("ab")).isEqualTo("ac");
        assertThat(PrefixMatch.next("a\ud83d\ude00")).isEqualTo("a\ud83d\ude01");
        assertThat(PrefixMatch.next("a\uffff")).isEqualTo("a\ud800\udc00");
        assertThat(PrefixMatch.next("a\ud7ff")).as("skips the surrogates").isEqualTo("a\ue000");
        assertThat(PrefixMatch.next("a" + MAX + MAX)).isEqualTo("b");
        assertThat(PrefixMatch.next(MAX)).as("nothing follows U+10FFFF").isNull();
    }

    @Test
    void theRangeHoldsExactlyTheTextThatStartsWithThePrefix() {
        qt().withExamples(2_000).forAll(text(1), text(0)).checkAssert((prefix, rest) -> {
                    String next = PrefixMatch.next(prefix);
                    for (String text : new String[] {prefix + rest, rest, rest + prefix}) {
                        boolean inRange = TckOrders.CODE_POINTS.compare(text, prefix) >= 0
                                && (next == null || TckOrders.CODE_POINTS.compare(text, next) < 0);
                        assertThat(inRange).as("%s in the range of %s", text, prefix).isEqualTo(text.startsWith(prefix));
                    }
                });
    }

    /** Text of up to four code points from the whole range, without surrogates (no text holds one alone). */
    private static Gen<String> text(int minLength) {
        return strings().betweenCodePoints(0x20, Character.MAX_CODE_POINT).ofLengthBetween(minLength, 4)
                .map(t -> t.codePoints().filter(c -> c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString());
    }

    @Test
    void likeWhereTheDatabaseFindsEveryMatchAndARangeWhereItDoesNot() {
        assertThat(PrefixMatch.of(new H2Dialect(), "50%").on("c")).isEqualTo("c LIKE ? ESCAPE '!'");
        assertThat(PrefixMatch.of(new MariaDbDialect(), "50%").on("c")).isEqualTo("(c >= ? AND c < ?)");
        assertThat(PrefixMatch.of(new MariaDbDialect(), MAX).on("c")).isEqualTo("c >= ?");
    }
}
