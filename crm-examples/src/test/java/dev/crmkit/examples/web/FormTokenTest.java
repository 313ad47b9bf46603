package dev.crmkit.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.model.shared.DealId;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;


class FormTokenTest {
    @Test
    void isSixtyFourHexDigitsDrawnFromTheInjectedRandom() throws NoSuchAlgorithmException {
        FormToken token = FormToken.draw(seeded(1));

        assertThat(token.value()).matches("[0-9a-f]{64}");
        assertThat(FormToken.draw(seeded(1)).value()).isEqualTo(token.value());
        assertThat(FormToken.draw(seeded(2)).value()).isNotEqualTo(token.value());
        assertThat(FormToken.draw(new SecureRandom()).value()).isNotEqualTo(FormToken.draw(new SecureRandom()).value());
    }

    @Test
    void matchesOnlyItself() throws NoSuchAlgorithmException {
        FormToken token = FormToken.draw(seeded(3));

        assertThat(token.matches(token.value())).isTrue();
        assertThat(token.matches(null)).isFalse();
        assertThat(token.matches("")).isFalse();
        assertThat(token.matches(token.value().substring(1))).isFalse();
        assertThat(token.matches(token.value() + "0")).isFalse();
        assertThat(token.matches(token.value().toUpperCase(Locale.ROOT))).isFalse();
        assertThat(token.matches(FormToken.draw(seeded(4)).value())).isFalse();
    }

    @Test
    void flashKeysAreRandomAndOnlyWellFormedKeysAreLookedUp() throws NoSuchAlgorithmException {
        FlashStore store = new FlashStore(seeded(5));
        Flash flash = Flash.done(new DealId(UUID.randomUUID()), "Moved");

        String key = store.put(flash);

        assertThat(key).matches("[0-9a-f]{32}");
        assertThat(store.get(key)).hasValue(flash);
        assertThat(store.get(key.toUpperCase(Locale.ROOT))).isEmpty();
        assertThat(store.get("../" + key)).isEmpty();
        assertThat(store.get(null)).isEmpty();
    }

    /** A deterministic SecureRandom: SHA1PRNG seeded before its first use ignores the system's entropy. */
    private static SecureRandom seeded(long seed) throws NoSuchAlgorithmException {
        SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
        random.setSeed(seed);
        return random;
    }
}
