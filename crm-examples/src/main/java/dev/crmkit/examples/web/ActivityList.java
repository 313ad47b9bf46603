package dev.crmkit.examples.web;

import dev.crmkit.core.model.activity.Activity;
import dev.crmkit.spi.Page;
import java.time.ZoneId;
import java.util.Locale;

/** Writes a timeline of activities, newest first: type, when, subject, body, outcome, task state. */
final class ActivityList {
    private ActivityList() {
    }

    static void write(HtmlWriter html, Page<Activity> activities, ZoneId zone) {
        html.open("section", "class", "timeline", "aria-label", "Timeline");
        html.element("h2", "Timeline");
        if (activities.items().isEmpty()) {
            html.element("p", "No activities yet.", "class", "empty-state");
            html.close();
            return;
        }
        html.open("ol", "class", "activities");
        for (Activity activity : activities.items()) {
            String type = activity.type().name().toLowerCase(Locale.ROOT);
            html.open("li", "class", "activity " + type);
            html.open("div", "class", "activity-head");
            html.element("span", type, "class", "activity-type");
            html.element("time", Formats.moment(activity.timelineAt(), zone), "datetime", activity.timelineAt().toString());
            activity.dueAt().filter(due -> !activity.done()).ifPresent(due ->
                    html.element("span", "due " + Formats.moment(due, zone), "class", "due"));
            if (activity.done() && activity.dueAt().isPresent()) {
                html.element("span", "done", "class", "badge done");
            }
            html.close();
            html.element("p", activity.subject(), "class", "subject");
            activity.body().ifPresent(body -> html.element("p", body, "class", "body"));
            activity.outcome().ifPresent(outcome -> html.element("p", "Outcome: " + outcome, "class", "outcome"));
            html.close();
        }
        html.close();
        if (activities.hasNext()) {
            html.element("p", "Showing the latest " + activities.items().size() + " activities.", "class", "more");
        }
        html.close();
    }
}
