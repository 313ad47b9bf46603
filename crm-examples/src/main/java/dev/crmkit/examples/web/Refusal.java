package dev.crmkit.examples.web;

/**
 * A request the server refuses with an HTTP status and a message for the error page (a missing form token, a
 * foreign Host header, a malformed form). Never leaves the package: the route layer turns it into a response.
 */
final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String title;

    Refusal(int status, String title, String message) {
        super(message, null, false, false);
        this.status = status;
        this.title = title;
    }

    int status() {
        return status;
    }

    String title() {
        return title;
    }
}
