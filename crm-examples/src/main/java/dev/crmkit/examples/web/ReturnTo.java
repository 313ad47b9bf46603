package dev.crmkit.examples.web;

/**
 * Where a deal action form's redirect leads back to: the deal's board or the deal's page. A form field names one
 * of these constants, so the redirect target is always built from ids, never taken from the request.
 */
enum ReturnTo {
    BOARD("board"),
    DEAL("deal");

    /** The form field that names it. */
    static final String FIELD = "return";

    private final String value;

    ReturnTo(String value) {
        this.value = value;
    }

    /** The form field value. */
    String value() {
        return value;
    }

    /** The constant a form field value names; the board for anything else. */
    static ReturnTo of(String value) {
        return DEAL.value.equals(value) ? DEAL : BOARD;
    }
}
