package dev.crmkit.examples.web;

import dev.crmkit.core.error.RuleViolation;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.pipeline.Stage;
import dev.crmkit.core.model.shared.DealId;
import dev.crmkit.view.BoardColumn;
import dev.crmkit.view.CurrencyTotal;
import dev.crmkit.view.PipelineBoard;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The kanban board of one pipeline: a column per stage with its count, total and weighted total per currency,
 * and the deal cards (name, amount, owner, days in stage and expected close or the close date, a rotting badge,
 * the stage-change forms). The outcome of the last action, when the page was reached by a redirect, appears next to its card.
 */
final class BoardPage {
    private BoardPage() {
    }

    static String render(BoardData data, Optional<Flash> flash, FormToken token, ZoneId zone) {
        PipelineBoard board = data.board();
        Pipeline pipeline = board.pipeline();
        return Layout.page(pipeline.name(), token, "board", html -> {
            html.open("div", "class", "page-head");
            html.element("h1", pipeline.name());
            html.element("p", "Drag a card to another column, or use its buttons. Amounts per currency; weighted by "
                    + "each deal's probability.", "class", "hint");
            html.close();
            flash.ifPresent(f -> notice(html, data, f));
            html.open("div", "id", "board", "class", "board", "data-pipeline", pipeline.id().toString());
            for (BoardColumn column : board.columns()) {
                column(html, data, column, flash, token, zone);
            }
            html.close();
        });
    }

    private static void notice(HtmlWriter html, BoardData data, Flash flash) {
        flash.notice().ifPresent(text -> html.element("p", text, "class", "notice", "role", "status"));
        if (!flash.violations().isEmpty() && !isOnBoard(data, flash.deal())) {
            // the card is not among the listed ones: show what was refused at the top instead
            html.open("div", "class", "off-board");
            html.element("a", "Deal " + flash.deal(), "href", Urls.deal(flash.deal()));
            DealForms.violations(html, flash.violations());
            html.close();
        }
    }

    private static boolean isOnBoard(BoardData data, DealId deal) {
        return data.cards().values().stream().flatMap(page -> page.items().stream()).anyMatch(d -> d.id().equals(deal));
    }

    private static void column(HtmlWriter html, BoardData data, BoardColumn column, Optional<Flash> flash,
                               FormToken token, ZoneId zone) {
        Stage stage = column.stage();
        String kind = stage.kind().name().toLowerCase(Locale.ROOT);
        html.open("section", "class", "column " + kind, "id", "stage-" + stage.key(), "data-stage", stage.key(),
                "aria-label", stage.name());
        html.open("header", "class", "column-head");
        html.element("h2", stage.name());
        html.element("span", stage.defaultProbability() + " % · " + stage.defaultForecastCategory().name()
                .toLowerCase(Locale.ROOT).replace('_', ' '), "class", "stage-meta");
        html.open("dl", "class", "stats");
        html.element("dt", "Deals");
        html.element("dd", column.count(), "class", "count");
        html.element("dt", "Total");
        totals(html, column.totals(), false, column.dealsWithoutAmount());
        html.element("dt", "Weighted");
        totals(html, column.totals(), true, 0);
        html.close();
        if (column.rottingCount() > 0) {
            html.element("p", column.rottingCount() + " rotting", "class", "rotting-count");
        }
        html.close();
        Set<DealId> rotting = new HashSet<>(column.rottingDeals());
        List<Deal> cards = data.cardsOf(stage.key());
        html.open("ol", "class", "cards");
        for (Deal deal : cards) {
            card(html, deal, data.board(), rotting.contains(deal.id()), flash, token, zone);
        }
        html.close();
        long more = column.count() - cards.size();
        if (more > 0) {
            html.element("p", "and " + more + " more", "class", "more");
        }
        html.close();
    }

    private static void totals(HtmlWriter html, List<CurrencyTotal> totals, boolean weighted, long withoutAmount) {
        html.open("dd", "class", weighted ? "weighted" : "total");
        if (totals.isEmpty()) {
            html.text("\u2014");
        }
        for (CurrencyTotal total : totals) {
            html.element("span", Formats.money(weighted ? total.weightedAmount() : total.amount()), "class", "amount");
        }
        if (withoutAmount > 0) {
            html.element("span", withoutAmount + " without amount", "class", "no-amount");
        }
        html.close();
    }

    private static void card(HtmlWriter html, Deal deal, PipelineBoard board, boolean rotting, Optional<Flash> flash,
                             FormToken token, ZoneId zone) {
        Instant now = board.at();
        html.open("li", "class", rotting ? "card rotting" : "card", "id", Urls.cardAnchor(deal.id()),
                "data-deal", deal.id().toString(), "data-stage", deal.stage(),
                "data-move", Urls.dealAction(deal.id(), DealAction.MOVE));
        html.open("div", "class", "card-head");
        html.element("span", "\u283f", "class", "grip", "title", "Drag to another stage", "aria-hidden", "true");
        html.element("a", deal.name(), "class", "card-title", "href", Urls.deal(deal.id()));
        if (rotting) {
            html.element("span", "rotting", "class", "badge rotting-badge",
                    "title", "No stage change or activity for " + Formats.days(Formats.wholeDays(deal.lastTouchedAt(), now)));
        }
        html.close();
        html.open("dl", "class", "facts");
        html.element("dt", "Amount");
        html.element("dd", deal.amount().map(Formats::money).orElse("no amount"), "class", "amount");
        html.element("dt", "Owner");
        html.element("dd", deal.owner().map(Object::toString).orElse("unassigned"), "class", "owner");
        if (deal.closedAt().isPresent()) {
            html.element("dt", "Closed");
            html.element("dd", deal.closedAt().get().atZone(zone).toLocalDate(), "class", "closed-date");
        } else {
            html.element("dt", "In stage");
            html.element("dd", Formats.days(Formats.wholeDays(deal.stageEnteredAt(), now)), "class", "days");
            deal.expectedCloseDate().ifPresent(date -> {
                html.element("dt", "Closes");
                html.element("dd", date, "class", "close-date");
            });
        }
        html.close();
        DealForms.write(html, deal, board.pipeline(), token, ReturnTo.BOARD);
        List<RuleViolation> violations = flash.filter(f -> f.deal().equals(deal.id())).map(Flash::violations)
                .orElse(List.of());
        DealForms.violations(html, violations);
        html.close();
    }
}
