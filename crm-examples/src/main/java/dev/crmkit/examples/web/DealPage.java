package dev.crmkit.examples.web;

import dev.crmkit.CrmTenant;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.DealContact;
import dev.crmkit.core.model.deal.StageChange;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.pipeline.Stage;
import dev.crmkit.core.model.shared.DealId;
import dev.crmkit.core.rules.Probabilities;
import dev.crmkit.spi.PageRequest;
import dev.crmkit.view.DealTimeline;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The deal page: the deal's facts, its account and contacts (linked to their pages), the stage-change forms,
 * the stage history (oldest first) and the timeline of its activities.
 */
final class DealPage {
    /** How many activities the page lists. */
    static final int ACTIVITIES = 50;

    private DealPage() {
    }

    /** The deal's timeline and pipeline, read in one transaction. */
    record Data(DealTimeline timeline, Pipeline pipeline) {
    }

    /**
     * Reads a deal's page.
     *
     * @throws dev.crmkit.core.error.NotFoundException when the deal does not exist
     */
    static Data load(CrmTenant tenant, DealId id) {
        return tenant.inTransaction(tx -> {
            DealTimeline timeline = tx.timelines().deal(id, PageRequest.first(ACTIVITIES));
            return new Data(timeline, tx.pipelines().get(timeline.deal().pipeline()));
        });
    }

    static String render(Data data, Optional<Flash> flash, FormToken token, ZoneId zone) {
        Deal deal = data.timeline().deal();
        Pipeline pipeline = data.pipeline();
        return Layout.page(deal.name(), token, "deal", html -> {
            html.open("nav", "class", "crumbs");
            html.element("a", pipeline.name(), "href", Urls.pipeline(pipeline.id()));
            html.close();
            html.element("h1", deal.name());
            flash.flatMap(Flash::notice).ifPresent(text -> html.element("p", text, "class", "notice", "role", "status"));
            html.open("section", "class", "deal-card", "id", Urls.cardAnchor(deal.id()), "data-deal", deal.id().toString());
            facts(html, deal, pipeline, data.timeline(), zone);
            DealForms.write(html, deal, pipeline, token, ReturnTo.DEAL);
            DealForms.violations(html, flash.filter(f -> f.deal().equals(deal.id())).map(Flash::violations)
                    .orElse(List.of()));
            html.close();
            history(html, data.timeline().stageHistory(), pipeline, zone);
            ActivityList.write(html, data.timeline().activities(), zone);
        });
    }

    private static void facts(HtmlWriter html, Deal deal, Pipeline pipeline, DealTimeline timeline, ZoneId zone) {
        Optional<Stage> stage = pipeline.stage(deal.stage());
        html.open("dl", "class", "facts wide");
        html.element("dt", "Stage");
        html.element("dd", stage.map(Stage::name).orElse(deal.stage()), "class", "stage");
        html.element("dt", "Amount");
        html.element("dd", deal.amount().map(Formats::money).orElse("no amount"), "class", "amount");
        stage.ifPresent(s -> {
            html.element("dt", "Probability");
            html.element("dd", Probabilities.effectiveProbability(deal, s) + " %");
        });
        html.element("dt", "Expected close");
        html.element("dd", deal.expectedCloseDate().map(Object::toString).orElse("not set"));
        html.element("dt", "Owner");
        html.element("dd", deal.owner().map(Object::toString).orElse("unassigned"), "class", "owner");
        html.element("dt", "Account");
        html.element("dd", timeline.account().map(a -> a.name()).orElse("none"), "class", "account");
        html.element("dt", "Contacts");
        html.open("dd", "class", "contacts");
        if (timeline.contacts().isEmpty()) {
            html.text("none");
        }
        for (Contact contact : timeline.contacts()) {
            String role = deal.contacts().stream().filter(c -> c.contact().equals(contact.id()))
                    .map(DealContact::role).findFirst().orElse("");
            html.open("span", "class", "contact");
            html.element("a", contact.displayName(), "href", Urls.contact(contact.id()));
            if (!role.isBlank()) {
                html.text(" (" + role + ")");
            }
            html.close();
        }
        html.close();
        deal.source().ifPresent(source -> {
            html.element("dt", "Source");
            html.element("dd", source);
        });
        deal.lostReason().ifPresent(reason -> {
            html.element("dt", "Lost reason");
            html.element("dd", reason, "class", "lost-reason");
        });
        html.element("dt", "Created");
        html.element("dd", Formats.moment(deal.createdAt(), zone));
        deal.closedAt().ifPresent(at -> {
            html.element("dt", "Closed");
            html.element("dd", Formats.moment(at, zone));
        });
        html.close();
    }

    private static void history(HtmlWriter html, List<StageChange> history, Pipeline pipeline, ZoneId zone) {
        html.open("section", "class", "history", "aria-label", "Stage history");
        html.element("h2", "Stage history");
        html.open("table", "class", "history-table");
        html.open("thead").open("tr");
        for (String heading : List.of("When", "From", "To", "Amount", "Expected close", "Probability", "By")) {
            html.element("th", heading, "scope", "col");
        }
        html.close().close();
        html.open("tbody");
        for (StageChange change : history) {
            html.open("tr");
            html.element("td", Formats.moment(change.changedAt(), zone));
            html.element("td", change.fromStage().map(key -> stageName(pipeline, key)).orElse("(created)"));
            html.element("td", stageName(pipeline, change.toStage()));
            html.element("td", change.amount().map(Formats::money).orElse("\u2014"));
            html.element("td", change.expectedCloseDate().map(Object::toString).orElse("\u2014"));
            html.element("td", change.probability() + " %");
            html.element("td", change.changedBy().map(Object::toString).orElse("\u2014"));
            html.close();
        }
        html.close();
        html.close();
        html.close();
    }

    private static String stageName(Pipeline pipeline, String key) {
        return pipeline.stage(key).map(Stage::name).orElse(key);
    }
}
