package dev.crmkit.examples.web;

import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.core.model.shared.DealId;
import dev.crmkit.core.model.shared.PipelineId;

/**
 * The board's links, built from typed ids only (their UUID text), never from names or other CRM data.
 */
final class Urls {
    static final String HOME = "/";
    static final String FORECAST = "/forecast";
    static final String SCRIPT = "/static/board.js";
    static final String STYLES = "/static/board.css";
    static final String ICON = "/static/favicon.svg";

    private Urls() {
    }

    static String pipeline(PipelineId id) {
        return "/pipelines/" + id.value();
    }

    static String deal(DealId id) {
        return "/deals/" + id.value();
    }

    static String contact(ContactId id) {
        return "/contacts/" + id.value();
    }

    /** The target of a deal action form: {@code /deals/{id}/move}, {@code /won}, {@code /lost} or {@code /reopen}. */
    static String dealAction(DealId id, DealAction action) {
        return deal(id) + "/" + action.path();
    }

    /** The element id of a deal's card on a board, the fragment a redirect back to the board scrolls to. */
    static String cardAnchor(DealId id) {
        return "deal-" + id.value();
    }
}
