package dev.crmkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.activity.Activity;
import dev.crmkit.core.model.activity.ActivityType;
import dev.crmkit.core.model.contact.AccountLink;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.DealContact;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.spi.Page;
import dev.crmkit.spi.PageRequest;
import dev.crmkit.spi.TimeOrder;
import dev.crmkit.support.CountingStore;
import dev.crmkit.support.CrmFixture;
import dev.crmkit.view.AccountTimeline;
import dev.crmkit.view.ContactTimeline;
import dev.crmkit.view.DealTimeline;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class TimelinesTest {
    private CountingStore counting;
    private final CrmFixture fx = new CrmFixture(store -> counting = new CountingStore(store));
    private final Pipeline sales = fx.hubspot();
    private final Account acme = fx.tenant.accounts().create(a -> a.name("Acme"));
    private final Account labs = fx.tenant.accounts().create(a -> a.name("Acme Labs").parent(acme.id()));
    private final Contact ada = fx.tenant.contacts().create(c -> c.firstName("Ada")
            .addAccounts(AccountLink.of(acme.id(), "CTO"), AccountLink.of(labs.id(), "advisor")));
    private final Deal rollout = fx.tenant.deals().create(sales.id(), d -> d.name("Rollout").account(acme.id())
            .addContacts(DealContact.of(ada.id(), "champion")));
    private final Deal other = fx.tenant.deals().create(sales.id(), d -> d.name("Other"));

    private Activity log(String subject, Consumer<Activity.Builder> links) {
        fx.clock.advance(Duration.ofMinutes(1));
        return fx.tenant.activities().log(a -> {
            a.type(ActivityType.NOTE).subject(subject).occurredAt(fx.clock.instant());
            links.accept(a);
        });
    }

    @Test
    void contactTimelineHoldsItsAccountsDealsAndActivitiesNewestFirst() {
        Activity call = log("call Ada", a -> a.contact(ada.id()));
        Activity dealNote = log("rollout note", a -> a.deal(rollout.id()));
        log("unrelated", a -> a.deal(other.id()));
        log("company only", a -> a.account(acme.id()));
        Activity email = log("email Ada", a -> a.contact(ada.id()).deal(rollout.id()));

        ContactTimeline first = fx.tenant.timelines().contact(ada.id(), PageRequest.first(2));

        assertThat(first.contact().id()).isEqualTo(ada.id());
        assertThat(first.accounts()).extracting(Account::id).containsExactly(acme.id(), labs.id());
        assertThat(first.deals()).extracting(Deal::id).containsExactly(rollout.id());
        assertThat(first.moreDeals()).isFalse();
        assertThat(first.activities().items()).extracting(Activity::id).containsExactly(email.id(), dealNote.id());
        Page<Activity> second = fx.tenant.timelines().contact(ada.id(), first.activities().nextRequest(2)).activities();
        assertThat(second.items()).extracting(Activity::id).containsExactly(call.id());
        assertThat(second.hasNext()).isFalse();
        assertThat(fx.tenant.timelines().contact(ada.id(), TimeOrder.OLDEST_FIRST, PageRequest.first(10)).activities().items())
                .extracting(Activity::id).containsExactly(call.id(), dealNote.id(), email.id());
    }

    @Test
    void accountTimelineHoldsContactsDealsSubsidiariesAndTheirActivities() {
        Activity company = log("company", a -> a.account(acme.id()));
        Activity viaContact = log("via contact", a -> a.contact(ada.id()));
        Activity viaDeal = log("via deal", a -> a.deal(rollout.id()));
        log("unrelated", a -> a.deal(other.id()));
        log("subsidiary", a -> a.account(labs.id()));

        AccountTimeline timeline = fx.tenant.timelines().account(acme.id(), PageRequest.first(10));

        assertThat(timeline.contacts()).extracting(Contact::id).containsExactly(ada.id());
        assertThat(timeline.deals()).extracting(Deal::id).containsExactly(rollout.id());
        assertThat(timeline.subsidiaries()).extracting(Account::id).containsExactly(labs.id());
        assertThat(timeline.activities().items()).extracting(Activity::id)
                .containsExactly(viaDeal.id(), viaContact.id(), company.id());
    }

    @Test
    void dealTimelineHoldsAccountContactsHistoryAndActivities() {
        fx.tenant.deals().move(rollout.id(), "qualified-to-buy");
        Activity note = log("deal note", a -> a.deal(rollout.id()));
        log("contact only", a -> a.contact(ada.id()));

        DealTimeline timeline = fx.tenant.timelines().deal(rollout.id(), PageRequest.first(10));

        assertThat(timeline.account()).map(Account::id).contains(acme.id());
        assertThat(timeline.contacts()).extracting(Contact::id).containsExactly(ada.id());
        assertThat(timeline.stageHistory()).hasSize(2);
        assertThat(timeline.activities().items()).extracting(Activity::id).containsExactly(note.id());
    }

    @Test
    void timelinesReadTheSameNumberOfTimesWhateverTheNumberOfRelatedRecords() {
        counting.reset();
        fx.tenant.timelines().account(acme.id(), PageRequest.first(50));
        fx.tenant.timelines().contact(ada.id(), PageRequest.first(50));
        long few = counting.total();

        for (int i = 0; i < 15; i++) {
            int n = i;
            Contact c = fx.tenant.contacts().create(b -> b.firstName("Person" + n).addAccounts(AccountLink.of(acme.id(), "staff")));
            Deal d = fx.tenant.deals().create(sales.id(), b -> b.name("Deal " + n).account(acme.id())
                    .addContacts(DealContact.of(ada.id(), "champion"), DealContact.of(c.id(), "user")));
            log("note " + n, a -> a.contact(c.id()).deal(d.id()));
            Account extra = fx.tenant.accounts().create(b -> b.name("Link " + n));
            fx.tenant.contacts().update(fx.tenant.contacts().get(ada.id()).withAccounts(
                    java.util.stream.Stream.concat(fx.tenant.contacts().get(ada.id()).accounts().stream(),
                            java.util.stream.Stream.of(AccountLink.of(extra.id(), "member"))).toList()));
        }
        counting.reset();
        fx.tenant.timelines().account(acme.id(), PageRequest.first(50));
        fx.tenant.timelines().contact(ada.id(), PageRequest.first(50));

        assertThat(counting.total()).isEqualTo(few);
        // Ada is linked to 17 accounts now: one batch read, not one read per account.
        assertThat(counting.calls("AccountRepository.findAll")).isEqualTo(1);
        assertThat(counting.calls("AccountRepository.get")).isEqualTo(1);
    }
}
