package dev.crmkit.examples.web;

import dev.crmkit.CrmTenant;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.spi.DealQuery;
import dev.crmkit.spi.DealStatus;
import java.util.ArrayList;
import java.util.List;

/** The start page: the tenant's pipelines, each with its stage and open-deal counts and a link to its board. */
final class PipelinesPage {
    private PipelinesPage() {
    }

    /** One pipeline on the list. */
    record Entry(Pipeline pipeline, long openDeals, long allDeals) {
    }

    /** Reads the pipelines and their deal counts in one transaction. */
    static List<Entry> load(CrmTenant tenant) {
        return tenant.inTransaction(tx -> {
            List<Entry> entries = new ArrayList<>();
            for (Pipeline pipeline : tx.pipelines().list()) {
                DealQuery all = DealQuery.builder().pipeline(pipeline.id()).build();
                long open = tx.deals().count(DealQuery.builder().pipeline(pipeline.id()).status(DealStatus.OPEN).build());
                entries.add(new Entry(pipeline, open, tx.deals().count(all)));
            }
            return entries;
        });
    }

    static String render(List<Entry> entries, FormToken token) {
        return Layout.page("Pipelines", token, "pipelines", html -> {
            html.element("h1", "Pipelines");
            if (entries.isEmpty()) {
                html.element("p", "This tenant has no pipeline yet.", "class", "empty-state");
                return;
            }
            html.open("ul", "class", "pipelines");
            for (Entry entry : entries) {
                html.open("li", "class", "pipeline");
                html.element("a", entry.pipeline().name(), "href", Urls.pipeline(entry.pipeline().id()),
                        "class", "pipeline-link");
                html.element("span", entry.pipeline().stages().size() + " stages · " + entry.openDeals()
                        + " open of " + entry.allDeals() + " deals", "class", "pipeline-meta");
                html.close();
            }
            html.close();
        });
    }
}
