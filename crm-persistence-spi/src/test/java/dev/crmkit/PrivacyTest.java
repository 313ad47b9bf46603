package dev.crmkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crmkit.core.error.NotFoundException;
import dev.crmkit.core.json.CrmJson;
import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.activity.Activity;
import dev.crmkit.core.model.activity.ActivityType;
import dev.crmkit.core.model.contact.AccountLink;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.DealContact;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.shared.EmailAddress;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.PhoneNumber;
import dev.crmkit.core.model.shared.PropertyValue;
import dev.crmkit.core.model.shared.ObjectType;
import dev.crmkit.core.model.shared.PropertyType;
import dev.crmkit.event.ContactErased;
import dev.crmkit.privacy.ErasureReport;
import dev.crmkit.spi.ActivityQuery;
import dev.crmkit.spi.PageRequest;
import dev.crmkit.support.CrmFixture;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PrivacyTest {
    private static final List<String> TRACES = List.of("zelda", "quixwright", "zelda.q@example.org", "zq@mail.example",
            "+14155550123", "4155550123", "555-0123", "555.0123", "555 0123", "5550123");

    private final CrmFixture fx = new CrmFixture();
    private final Pipeline sales = fx.hubspot();
    private final Account acme = fx.tenant.accounts().create(a -> a.name("Acme"));
    private final Contact bob = fx.tenant.contacts().create(c -> c.firstName("Bob").lastName("Builder"));
    private final Contact zelda = fx.tenant.contacts().create(c -> c.firstName("Zelda").lastName("Quixwright")
            .primaryEmail(EmailAddress.of("Zelda.Q@example.org")).addOtherEmails(EmailAddress.of("zq@mail.example"))
            .addPhones(PhoneNumber.of("+14155550123")).title("Head of Procurement")
            .addAccounts(AccountLink.of(acme.id(), "buyer")));
    private final Deal deal;
    private final Activity onlyHers;
    private final Activity hersAndDeal;
    private final Activity bobsMention;
    private final Activity accountMention;
    private final Activity unrelated;

    PrivacyTest() {
        fx.tenant.propertyDefinitions().define(p -> p.objectType(ObjectType.DEAL).key("notes").label("Notes")
                .type(PropertyType.STRING));
        deal = fx.tenant.deals().create(sales.id(), d -> d.name("Quixwright expansion").account(acme.id())
                .amount(Money.of("25000.00", "USD"))
                .addContacts(DealContact.of(zelda.id(), "decision maker"), DealContact.of(bob.id(), "user"))
                .putProperties("notes", new PropertyValue.Text("Call Zelda on +1 415 555 0123 before Friday")));
        fx.tenant.deals().move(deal.id(), "qualified-to-buy");
        fx.clock.advance(Duration.ofHours(1));
        onlyHers = log(a -> a.type(ActivityType.CALL).subject("Call with Zelda").body("Reached her at (415) 555-0123.")
                .outcome("Zelda will send the RFP").contact(zelda.id()));
        hersAndDeal = log(a -> a.type(ActivityType.EMAIL).subject("RE: pricing for Quixwright")
                .body("From: Zelda Quixwright <zelda.q@example.org>\nCc: ZQ@MAIL.EXAMPLE\nThanks, Zelda")
                .contact(zelda.id()).deal(deal.id()));
        bobsMention = log(a -> a.type(ActivityType.MEETING).subject("Sync with Bob")
                .body("Bob said Zelda Quixwright will call from 415.555.0123 tomorrow.").contact(bob.id()));
        accountMention = log(a -> a.type(ActivityType.NOTE).subject("Org chart")
                .body("Procurement is led by QUIXWRIGHT, ZELDA; backup number 1-415-555-0123.").account(acme.id()));
        unrelated = log(a -> a.type(ActivityType.NOTE).subject("Quarterly review").body("Numbers look fine: 4155.50 USD")
                .account(acme.id()));
    }

    private Activity log(java.util.function.Consumer<Activity.Builder> draft) {
        fx.clock.advance(Duration.ofMinutes(5));
        return fx.tenant.activities().log(a -> {
            a.occurredAt(fx.clock.instant());
            draft.accept(a);
        });
    }

    @Test
    void exportHoldsEverythingStoredAboutThePersonAsJson() throws Exception {
        String json = fx.tenant.privacy().exportJson(zelda.id());

        JsonNode root = CrmJson.newObjectMapper().readTree(json);
        assertThat(root.path("contact").path("id").asText()).isEqualTo(zelda.id().toString());
        assertThat(root.path("contact").path("primaryEmail").asText()).isEqualTo("Zelda.Q@example.org");
        assertThat(root.path("accounts").findValuesAsText("name")).containsExactly("Acme");
        assertThat(root.path("deals").findValuesAsText("name")).containsExactly("Quixwright expansion");
        assertThat(root.path("stageHistory").findValuesAsText("toStage")).containsExactly("appointment-scheduled", "qualified-to-buy");
        assertThat(root.path("activities").findValuesAsText("subject"))
                .containsExactly("Call with Zelda", "RE: pricing for Quixwright");
        assertThat(root.path("mentions").findValuesAsText("subject")).containsExactly("Sync with Bob", "Org chart");
        assertThat(json).doesNotContain("Quarterly review");
    }

    @Test
    void erasureLeavesNoTraceOfTheEmailNameOrPhoneAnywhereInTheStore() throws Exception {
        assertThat(traces(fx.dump())).isNotEmpty();
        fx.events.clear();

        ErasureReport report = fx.tenant.privacy().erase(zelda.id());

        String dump = fx.dump();
        assertThat(traces(dump)).isEmpty();
        for (Activity activity : fx.tenant.activities().find(ActivityQuery.all(), PageRequest.first(100)).items()) {
            String digits = (activity.subject() + activity.body().orElse("") + activity.outcome().orElse(""))
                    .replaceAll("[^0-9]", "");
            assertThat(digits).doesNotContain("4155550123");
        }
        assertThat(fx.tenant.contacts().find(zelda.id())).isEmpty();
        Deal kept = fx.tenant.deals().get(deal.id());
        assertThat(kept.amount()).contains(Money.of("25000.00", "USD"));
        assertThat(kept.contacts()).containsExactly(DealContact.of(bob.id(), "user"));
        assertThat(kept.name()).isEqualTo("[erased] expansion");
        assertThat(fx.tenant.deals().history(deal.id())).hasSize(2);
        assertThat(fx.tenant.activities().find(onlyHers.id())).isEmpty();
        assertThat(fx.tenant.activities().get(hersAndDeal.id()).contact()).isEmpty();
        assertThat(fx.tenant.activities().get(bobsMention.id()).body())
                .contains("Bob said [erased] [erased] will call from [erased] tomorrow.");
        assertThat(fx.tenant.activities().get(bobsMention.id()).contact()).contains(bob.id());
        assertThat(fx.tenant.activities().get(accountMention.id()).body())
                .contains("Procurement is led by [erased], [erased]; backup number [erased].");
        assertThat(fx.tenant.activities().get(unrelated.id())).isEqualTo(unrelated);
        assertThat(report.dealsChanged()).containsExactly(deal.id());
        assertThat(report.activitiesDeleted()).containsExactly(onlyHers.id());
        assertThat(report.activitiesScrubbed()).containsExactlyInAnyOrder(hersAndDeal.id(), bobsMention.id(), accountMention.id());

        ObjectMapper json = CrmJson.newObjectMapper();
        assertThat(fx.events.of(ContactErased.class)).singleElement()
                .satisfies(e -> assertThat(traces(json.writeValueAsString(e))).isEmpty());
        assertThat(traces(json.writeValueAsString(fx.events.events()))).isEmpty();
        assertThatThrownBy(() -> fx.tenant.privacy().export(zelda.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void activitiesThatOnlyShareALastNameAreLeftAlone() {
        Activity otherPerson = log(a -> a.type(ActivityType.NOTE).subject("Visit").body("Met Anna Quixwright, no relation.")
                .account(acme.id()));

        fx.tenant.privacy().erase(zelda.id());

        assertThat(fx.tenant.activities().get(otherPerson.id())).isEqualTo(otherPerson);
    }

    private static List<String> traces(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return TRACES.stream().filter(lower::contains).toList();
    }
}
