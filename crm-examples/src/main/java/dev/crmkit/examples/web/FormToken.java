package dev.crmkit.examples.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The server's anti-CSRF token: 32 random bytes drawn once per server from an injected {@link SecureRandom},
 * embedded in every form (and in a {@code meta} element for the script) and required on every POST. A page from
 * another origin cannot read it, so it cannot forge a POST the server accepts.
 */
final class FormToken {
    /** The form field (and {@code meta} name) that carries the token. */
    static final String FIELD = "csrf";
    private static final int BYTES = 32;

    private final String value;

    private FormToken(String value) {
        this.value = value;
    }

    /** Draws a new token from {@code random}. */
    static FormToken draw(SecureRandom random) {
        Objects.requireNonNull(random, "random");
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return new FormToken(HexFormat.of().formatHex(bytes));
    }

    /** The token text (hex). */
    String value() {
        return value;
    }

    /** Whether {@code candidate} is this token; compares in time independent of where they differ. */
    boolean matches(String candidate) {
        if (candidate == null) {
            return false;
        }
        return MessageDigest.isEqual(value.getBytes(StandardCharsets.US_ASCII),
                candidate.getBytes(StandardCharsets.UTF_8));
    }
}
