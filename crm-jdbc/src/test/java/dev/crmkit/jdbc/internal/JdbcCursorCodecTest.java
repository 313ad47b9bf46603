package dev.crmkit.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.crmkit.spi.InvalidCursorException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cursors round-trip their keys and reject every alteration. */
class JdbcCursorCodecTest {
    private final CursorCodec codec = new CursorCodec(CursorCodec.defaultSecret());

    @Test
    void roundTripsKeysIncludingNullsAndUnicode() {
        List<String> keys = Arrays.asList("Zeta 😀", null, "018f337d-4a3b-7310-bdbe-87442d101cb0");

        assertThat(codec.decode(codec.encode("Deal:NAME", keys), "Deal:NAME", 3).values()).isEqualTo(keys);
    }

    @Test
    void anyKeysRoundTrip() {
        qt().withExamples(200).forAll(strings().allPossible().ofLengthBetween(0, 40), strings().basicLatinAlphabet()
                .ofLengthBetween(1, 30)).checkAssert((key, scope) ->
                assertThat(codec.decode(codec.encode(scope, List.of(key, "x")), scope, 2).values()).containsExactly(key, "x"));
    }

    @Test
    void rejectsAnotherScopeOrShape() {
        String cursor = codec.encode("Deal:NAME", List.of("Acme", "id"));

        assertThatThrownBy(() -> codec.decode(cursor, "Deal:CREATED", 2)).isInstanceOf(InvalidCursorException.class);
        assertThatThrownBy(() -> codec.decode(cursor, "Deal:NAME", 1)).isInstanceOf(InvalidCursorException.class);
    }

    @Test
    void rejectsEveryChangedByte() {
        String cursor = codec.encode("Contact:NAME", List.of("Lovelace", "Ada", "018f337d-4a3b-7310-bdbe-87442d101cb0"));
        byte[] bytes = Base64.getUrlDecoder().decode(cursor);

        qt().withExamples(300).forAll(integers().between(0, bytes.length - 1), integers().between(1, 255))
                .checkAssert((position, flip) -> {
                    byte[] tampered = bytes.clone();
                    tampered[position] ^= flip.byteValue();
                    String altered = Base64.getUrlEncoder().withoutPadding().encodeToString(tampered);
                    assertThatThrownBy(() -> codec.decode(altered, "Contact:NAME", 3))
                            .isInstanceOf(InvalidCursorException.class);
                });
    }

    /** The default secret is public, so a client can seal keys of its own: wrong ones are invalid cursors too. */
    @Test
    void keysThatAreMissingOrOfTheWrongTypeAreInvalidCursors() {
        CursorCodec.Keys keys = codec.decode(codec.encode("Deal:NAME", Arrays.asList(null, "' OR 1=1 --")), "Deal:NAME", 2);

        assertThatThrownBy(() -> keys.text(0)).isInstanceOf(InvalidCursorException.class);
        assertThatThrownBy(() -> keys.id(1)).isInstanceOf(InvalidCursorException.class);
        assertThatThrownBy(() -> keys.instant(1)).isInstanceOf(InvalidCursorException.class);
        assertThatThrownBy(() -> keys.optionalDate(1)).isInstanceOf(InvalidCursorException.class);
        assertThat(keys.optionalDate(0)).isNull();
        assertThat(keys.text(1)).isEqualTo("' OR 1=1 --");
    }

    @Test
    void rejectsCursorsSealedWithAnotherSecret() {
        CursorCodec other = new CursorCodec("another secret of 16+ bytes".getBytes(StandardCharsets.UTF_8));
        String cursor = other.encode("Deal:CREATED", List.of("id"));

        assertThatThrownBy(() -> codec.decode(cursor, "Deal:CREATED", 1)).isInstanceOf(InvalidCursorException.class);
        assertThatThrownBy(() -> codec.decode("!!", "Deal:CREATED", 1)).isInstanceOf(InvalidCursorException.class);
        assertThatThrownBy(() -> codec.decode("", "Deal:CREATED", 1)).isInstanceOf(InvalidCursorException.class);
    }
}
