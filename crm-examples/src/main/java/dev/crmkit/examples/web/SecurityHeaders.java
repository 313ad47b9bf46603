package dev.crmkit.examples.web;

import java.util.Map;

/**
 * Response headers set on every response. The Content-Security-Policy allows only the server's own script and
 * style sheet (no inline script or style, no {@code eval}), same-origin {@code fetch}, forms posting back to the
 * server, and no framing; {@code nosniff} stops browsers from guessing content types.
 */
final class SecurityHeaders {
    /** The policy: nothing is allowed unless listed. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /** Every header, by name. */
    static final Map<String, String> ALL = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer",
            "Cross-Origin-Opener-Policy", "same-origin",
            "Cross-Origin-Resource-Policy", "same-origin");

    private SecurityHeaders() {
    }
}
