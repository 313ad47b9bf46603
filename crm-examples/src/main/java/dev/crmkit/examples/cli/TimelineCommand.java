package dev.crmkit.examples.cli;

import dev.crmkit.CrmTenant;
import dev.crmkit.core.model.activity.Activity;
import dev.crmkit.core.model.activity.ActivityType;
import dev.crmkit.core.model.contact.AccountLink;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.shared.DealId;
import dev.crmkit.core.model.shared.PhoneNumber;
import dev.crmkit.core.model.shared.UserId;
import dev.crmkit.spi.PageRequest;
import dev.crmkit.spi.TimeOrder;
import dev.crmkit.view.ContactTimeline;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crm timeline --contact EMAIL}: a contact's 360 view: the contact, its accounts, its deals and its activities. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "Show a contact's timeline: details, accounts, deals and activities (also those of its deals).")
final class TimelineCommand extends CrmCommand {
    @Option(names = "--contact", required = true, paramLabel = "EMAIL", description = "The contact's email address.")
    String email;

    @Option(names = "--limit", defaultValue = "50", paramLabel = "N", description = "Activities to show (1-1000). Default: ${DEFAULT-VALUE}")
    int limit;

    @Option(names = "--oldest-first", description = "List activities oldest first.")
    boolean oldestFirst;

    @Override
    protected int run() {
        if (limit < 1 || limit > PageRequest.MAX_LIMIT) {
            throw usage("--limit must be between 1 and " + PageRequest.MAX_LIMIT);
        }
        CrmTenant tenant = session().tenant();
        Contact contact = Contacts.byEmail(tenant, email);
        ContactTimeline timeline = tenant.timelines().contact(contact.id(),
                oldestFirst ? TimeOrder.OLDEST_FIRST : TimeOrder.NEWEST_FIRST, PageRequest.first(limit));
        Map<String, Pipeline> pipelines = tenant.pipelines().list().stream().collect(Collectors.toMap(p -> p.id().toString(), p -> p));

        out().println(contact.displayName() + contact.primaryEmail().map(e -> " <" + e.value() + ">").orElse(""));
        TextTable details = new TextTable().left("Field").left("Value", 90);
        contact.title().ifPresent(t -> details.row("title", t));
        details.row("lifecycle stage", LeadRanking.label(contact.lifecycleStage()));
        contact.leadSource().ifPresent(s -> details.row("lead source", s));
        contact.owner().ifPresent(o -> details.row("owner", o.value()));
        if (!contact.phones().isEmpty()) {
            details.row("phones", contact.phones().stream().map(PhoneNumber::e164).collect(Collectors.joining(", ")));
        }
        if (!contact.otherEmails().isEmpty()) {
            details.row("other emails", contact.otherEmails().stream().map(e -> e.value()).collect(Collectors.joining(", ")));
        }
        details.row("consent", (contact.consent().marketingEmailOptIn() ? "marketing opt-in" : "no marketing opt-in")
                + (contact.consent().doNotEmail() ? ", do not email" : "") + (contact.consent().doNotCall() ? ", do not call" : ""));
        contact.properties().forEach((key, value) -> details.row("properties." + key, value.asText()));
        details.row("created", Formats.minute(contact.createdAt()));
        details.print(out(), 2);

        out().println();
        out().println("Accounts");
        if (timeline.accounts().isEmpty()) {
            out().println("  none");
        } else {
            TextTable accounts = new TextTable().left("Account").left("Role").left("Domain").left("Industry");
            for (var account : timeline.accounts()) {
                String role = contact.accounts().stream().filter(l -> l.account().equals(account.id())).map(AccountLink::role)
                        .findFirst().orElse("");
                accounts.row(account.name(), role, account.domain().orElse(""), account.industry().orElse(""));
            }
            accounts.print(out(), 2);
        }

        out().println();
        out().println("Deals" + (timeline.moreDeals() ? " (first " + timeline.deals().size() + ")" : ""));
        if (timeline.deals().isEmpty()) {
            out().println("  none");
        } else {
            TextTable deals = new TextTable().left("Deal").left("Pipeline").left("Stage").right("Amount").left("Close date");
            for (Deal deal : timeline.deals()) {
                Pipeline pipeline = pipelines.get(deal.pipeline().toString());
                deals.row(deal.name(), pipeline == null ? "" : pipeline.name(),
                        pipeline == null ? deal.stage() : pipeline.stage(deal.stage()).map(s -> s.name()).orElse(deal.stage()),
                        Formats.money(deal.amount()), deal.closedAt().map(Formats::date).map(Object::toString)
                                .orElse(deal.expectedCloseDate().map(d -> d + " (expected)").orElse("")));
            }
            deals.print(out(), 2);
        }

        out().println();
        List<Activity> activities = timeline.activities().items();
        out().println("Activities (" + (oldestFirst ? "oldest" : "newest") + " first" + (timeline.activities().hasNext()
                ? ", first " + activities.size() + "; use --limit for more" : "") + ")");
        if (activities.isEmpty()) {
            out().println("  none");
        } else {
            Map<DealId, String> dealNames = timeline.deals().stream().collect(Collectors.toMap(Deal::id, Deal::name));
            TextTable table = new TextTable().left("When (UTC)").left("Type").left("Subject", 50).left("Outcome").left("Deal", 50)
                    .left("Owner");
            for (Activity a : activities) {
                String type = a.type().name().toLowerCase(Locale.ROOT)
                        + (a.type() == ActivityType.TASK ? (a.done() ? " (done)" : " (open)") : "");
                table.row(Formats.minute(a.timelineAt()), type, a.subject(), a.outcome().orElse(""),
                        a.deal().map(d -> dealNames.getOrDefault(d, "")).orElse(""), a.owner().map(UserId::value).orElse(""));
            }
            table.print(out(), 2);
        }
        return ExitCodes.OK;
    }
}
