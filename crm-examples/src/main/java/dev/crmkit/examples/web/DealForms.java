package dev.crmkit.examples.web;

import dev.crmkit.core.error.RuleViolation;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.pipeline.Stage;
import dev.crmkit.core.model.pipeline.StageKind;
import java.util.List;
import java.util.Optional;

/**
 * The stage-change forms of a deal (previous / next stage, a stage select, Won, Lost with a reason, Reopen) and
 * the list of broken rules shown next to it. Each form is a plain POST carrying the form token, so it works
 * without script; the script submits the same forms with {@code fetch} when it is available.
 */
final class DealForms {
    private DealForms() {
    }

    /** Writes the forms for {@code deal}, returning to {@code returnTo} after a POST without script. */
    static void write(HtmlWriter html, Deal deal, Pipeline pipeline, FormToken token, ReturnTo returnTo) {
        Stage current = pipeline.stage(deal.stage()).orElse(null);
        boolean closed = current != null && current.kind().isClosed();
        html.open("div", "class", "actions");
        if (!closed) {
            neighbour(pipeline, deal, -1).ifPresentOrElse(
                    stage -> arrow(html, deal, token, returnTo, stage, "\u2190", "prev"),
                    () -> html.element("span", "\u2190", "class", "arrow-placeholder", "aria-hidden", "true"));
            neighbour(pipeline, deal, +1).ifPresentOrElse(
                    stage -> arrow(html, deal, token, returnTo, stage, "\u2192", "next"),
                    () -> html.element("span", "\u2192", "class", "arrow-placeholder", "aria-hidden", "true"));
        }
        stageSelect(html, deal, pipeline, token, returnTo);
        if (closed) {
            form(html, deal, DealAction.REOPEN, token, returnTo, "reopen");
            html.element("button", "Reopen", "type", "submit", "class", "reopen");
            html.close();
        } else {
            form(html, deal, DealAction.WON, token, returnTo, "won");
            html.element("button", "Won", "type", "submit", "class", "won");
            html.close();
            form(html, deal, DealAction.LOST, token, returnTo, "lost");
            html.voidElement("input", "type", "text", "name", "reason", "placeholder", "Lost reason",
                    "aria-label", "Lost reason for " + deal.name(), "maxlength", "500");
            html.element("button", "Lost", "type", "submit", "class", "lost");
            html.close();
        }
        html.close();
    }

    /**
     * Writes the broken rules of the last action on a deal: each rule id and message. Writes an empty list
     * (which the script fills) when there are none.
     */
    static void violations(HtmlWriter html, List<RuleViolation> violations) {
        html.open("div", "class", violations.isEmpty() ? "violations empty" : "violations", "role", "alert",
                "aria-live", "polite");
        if (!violations.isEmpty()) {
            html.element("p", "Not done, " + violations.size() + (violations.size() == 1 ? " rule" : " rules")
                    + " broken:", "class", "violations-title");
            html.open("ul");
            for (RuleViolation violation : violations) {
                html.open("li", "class", "violation", "data-rule", violation.ruleId(), "data-field", violation.field());
                html.element("code", violation.ruleId(), "class", "rule");
                html.text(" ");
                html.element("span", violation.message(), "class", "message");
                html.close();
            }
            html.close();
        }
        html.close();
    }

    private static void arrow(HtmlWriter html, Deal deal, FormToken token, ReturnTo returnTo, Stage target,
                              String symbol, String kind) {
        form(html, deal, DealAction.MOVE, token, returnTo, "move " + kind);
        html.voidElement("input", "type", "hidden", "name", "stage", "value", target.key());
        html.element("button", symbol, "type", "submit", "class", "arrow " + kind,
                "title", "Move to " + target.name(), "aria-label", "Move " + deal.name() + " to " + target.name());
        html.close();
    }

    private static void stageSelect(HtmlWriter html, Deal deal, Pipeline pipeline, FormToken token, ReturnTo returnTo) {
        form(html, deal, DealAction.MOVE, token, returnTo, "move pick");
        html.open("select", "name", "stage", "aria-label", "Stage for " + deal.name(), "required", "required");
        html.element("option", "Move to\u2026", "value", "");
        for (Stage stage : pipeline.stages()) {
            if (stage.key().equals(deal.stage())) {
                continue;
            }
            html.element("option", stage.name(), "value", stage.key());
        }
        html.close();
        html.element("button", "Move", "type", "submit", "class", "pick");
        html.close();
    }

    private static void form(HtmlWriter html, Deal deal, DealAction action, FormToken token, ReturnTo returnTo,
                             String cssClass) {
        html.open("form", "method", "post", "action", Urls.dealAction(deal.id(), action),
                "class", "deal-action " + cssClass, "data-deal", deal.id().toString());
        html.voidElement("input", "type", "hidden", "name", FormToken.FIELD, "value", token.value());
        html.voidElement("input", "type", "hidden", "name", ReturnTo.FIELD, "value", returnTo.value());
    }

    /** The nearest open stage before ({@code -1}) or after ({@code +1}) the deal's stage. */
    private static Optional<Stage> neighbour(Pipeline pipeline, Deal deal, int direction) {
        List<Stage> stages = pipeline.stages();
        int index = pipeline.indexOf(deal.stage());
        if (index < 0) {
            return Optional.empty();
        }
        for (int i = index + direction; i >= 0 && i < stages.size(); i += direction) {
            if (stages.get(i).kind() == StageKind.OPEN) {
                return Optional.of(stages.get(i));
            }
        }
        return Optional.empty();
    }
}
