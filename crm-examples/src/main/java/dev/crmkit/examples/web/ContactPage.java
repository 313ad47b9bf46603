package dev.crmkit.examples.web;

import dev.crmkit.CrmTenant;
import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.contact.AccountLink;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.pipeline.Stage;
import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.core.model.shared.EmailAddress;
import dev.crmkit.core.model.shared.PhoneNumber;
import dev.crmkit.core.model.shared.PipelineId;
import dev.crmkit.spi.PageRequest;
import dev.crmkit.view.ContactTimeline;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The contact 360 page: the contact's details and consent, the accounts it is linked to, the deals it is on
 * (linked to their pages) and the timeline of activities linked to it or to those deals.
 */
final class ContactPage {
    /** How many activities the page lists. */
    static final int ACTIVITIES = 50;

    private ContactPage() {
    }

    /** The contact's timeline and the tenant's pipelines (for stage names), read in one transaction. */
    record Data(ContactTimeline timeline, Map<PipelineId, Pipeline> pipelines) {
    }

    /**
     * Reads a contact's page.
     *
     * @throws dev.crmkit.core.error.NotFoundException when the contact does not exist
     */
    static Data load(CrmTenant tenant, ContactId id) {
        return tenant.inTransaction(tx -> new Data(tx.timelines().contact(id, PageRequest.first(ACTIVITIES)),
                tx.pipelines().list().stream().collect(Collectors.toMap(Pipeline::id, Function.identity()))));
    }

    static String render(Data data, FormToken token, ZoneId zone) {
        ContactTimeline timeline = data.timeline();
        Contact contact = timeline.contact();
        String name = contact.displayName().isBlank() ? "Contact " + contact.id() : contact.displayName();
        return Layout.page(name, token, "contact", html -> {
            html.element("h1", name);
            contact.title().ifPresent(title -> html.element("p", title, "class", "subtitle"));
            details(html, contact);
            accounts(html, contact, timeline.accounts());
            deals(html, timeline, data.pipelines());
            ActivityList.write(html, timeline.activities(), zone);
        });
    }

    private static void details(HtmlWriter html, Contact contact) {
        html.open("dl", "class", "facts wide");
        html.element("dt", "Email");
        html.open("dd", "class", "emails");
        List<EmailAddress> emails = contact.emails();
        html.text(emails.isEmpty() ? "none" : emails.stream().map(EmailAddress::value).collect(Collectors.joining(", ")));
        html.close();
        html.element("dt", "Phone");
        html.element("dd", contact.phones().isEmpty() ? "none"
                : contact.phones().stream().map(PhoneNumber::e164).collect(Collectors.joining(", ")), "class", "phones");
        html.element("dt", "Lifecycle stage");
        html.element("dd", contact.lifecycleStage().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        html.element("dt", "Owner");
        html.element("dd", contact.owner().map(Object::toString).orElse("unassigned"), "class", "owner");
        contact.leadSource().ifPresent(source -> {
            html.element("dt", "Lead source");
            html.element("dd", source);
        });
        html.element("dt", "Consent");
        html.element("dd", consent(contact));
        html.close();
    }

    private static String consent(Contact contact) {
        StringBuilder text = new StringBuilder(contact.consent().marketingEmailOptIn() ? "marketing opt-in" : "no marketing opt-in");
        if (contact.consent().doNotEmail()) {
            text.append(", do not email");
        }
        if (contact.consent().doNotCall()) {
            text.append(", do not call");
        }
        return text.toString();
    }

    private static void accounts(HtmlWriter html, Contact contact, List<Account> accounts) {
        html.open("section", "class", "related accounts", "aria-label", "Accounts");
        html.element("h2", "Accounts");
        if (accounts.isEmpty()) {
            html.element("p", "Not linked to an account.", "class", "empty-state");
        } else {
            html.open("ul");
            for (Account account : accounts) {
                String role = contact.accounts().stream().filter(link -> link.account().equals(account.id()))
                        .map(AccountLink::role).findFirst().orElse("");
                html.open("li", "class", "account");
                html.element("span", account.name(), "class", "account-name");
                account.domain().ifPresent(domain -> html.element("span", domain, "class", "muted"));
                if (!role.isBlank()) {
                    html.element("span", role, "class", "role");
                }
                html.close();
            }
            html.close();
        }
        html.close();
    }

    private static void deals(HtmlWriter html, ContactTimeline timeline, Map<PipelineId, Pipeline> pipelines) {
        html.open("section", "class", "related deals", "aria-label", "Deals");
        html.element("h2", "Deals");
        if (timeline.deals().isEmpty()) {
            html.element("p", "Not on any deal.", "class", "empty-state");
        } else {
            html.open("ul");
            for (Deal deal : timeline.deals()) {
                Pipeline pipeline = pipelines.get(deal.pipeline());
                String stage = pipeline == null ? deal.stage() : pipeline.stage(deal.stage()).map(Stage::name).orElse(deal.stage());
                html.open("li", "class", "deal");
                html.element("a", deal.name(), "href", Urls.deal(deal.id()));
                html.element("span", stage, "class", "stage");
                html.element("span", deal.amount().map(Formats::money).orElse("no amount"), "class", "amount");
                html.close();
            }
            html.close();
            if (timeline.moreDeals()) {
                html.element("p", "On more deals than listed.", "class", "more");
            }
        }
        html.close();
    }
}
