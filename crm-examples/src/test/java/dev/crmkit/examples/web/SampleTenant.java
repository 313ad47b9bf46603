package dev.crmkit.examples.web;

import dev.crmkit.Crm;
import dev.crmkit.CrmTenant;
import dev.crmkit.core.forecast.ExchangeRates;
import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.activity.ActivityType;
import dev.crmkit.core.model.contact.AccountLink;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.DealContact;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.pipeline.PipelineTemplates;
import dev.crmkit.core.model.shared.EmailAddress;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.TenantId;
import dev.crmkit.core.model.shared.UserId;
import dev.crmkit.core.model.shared.UuidV7Generator;
import dev.crmkit.jdbc.JdbcCrmStore;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * A small tenant for the board's tests, built through the façade over an in-memory H2 store with a test clock:
 * a HubSpot-style pipeline with 40 deals that moved through the stages over 13 months (a third won, a third
 * lost, a third still open), accounts, contacts and activities, and three deals the tests act on.
 */
final class SampleTenant implements AutoCloseable {
    static final TenantId TENANT = TenantId.of("acme");
    static final Instant START = Instant.parse("2024-10-01T09:00:00Z");
    static final Instant NOW = Instant.parse("2025-11-14T10:00:00Z");
    private static final String[] OWNERS = {"ada", "grace", "linus"};
    private static final String[] STAGES = {"qualified-to-buy", "presentation-scheduled", "decision-maker-bought-in",
            "contract-sent"};

    final MutableClock clock = new MutableClock(START);
    final JdbcCrmStore store;
    final Crm crm;
    final CrmTenant tenant;
    final Pipeline sales;
    final Account acme;
    final Contact ada;
    /** An open deal without amount, contacts or close date: moving it into gated stages breaks rules. */
    final Deal bare;
    /** An open deal with amount, close date, contacts and activities. */
    final Deal rich;
    /** An open deal untouched for months. */
    final Deal stale;

    private SampleTenant(String database) {
        store = JdbcCrmStore.h2InMemory(database);
        crm = Crm.builder().store(store).clock(clock).idGenerator(new UuidV7Generator(clock, new Random(7)))
                .reportingCurrency("USD")
                .exchangeRates(ExchangeRates.fixed().rate("EUR", "USD", "1.08").build())
                .build();
        tenant = crm.tenant(TENANT);
        sales = tenant.pipelines().create(PipelineTemplates::hubspotStyle, "Sales");
        acme = tenant.accounts().create(a -> a.name("Acme Corp").domain("acme.example").industry("Manufacturing"));
        ada = tenant.contacts().create(c -> c.firstName("Ada").lastName("Lovelace").title("CTO")
                .primaryEmail(EmailAddress.of("ada@acme.example")).addAccounts(AccountLink.of(acme.id(), "buyer")));
        stale = tenant.deals().create(sales.id(), d -> d.name("Dormant renewal").amount(Money.of("4200.00", "USD"))
                .owner(UserId.of("linus")).account(acme.id()));
        playHistory();
        clock.set(NOW.minus(Duration.ofDays(3)));
        bare = tenant.deals().create(sales.id(), d -> d.name("Bare lead").owner(UserId.of("grace")));
        rich = tenant.deals().create(sales.id(), d -> d.name("Acme rollout").amount(Money.of("18000.00", "USD"))
                .expectedCloseDate(LocalDate.of(2025, 12, 15)).owner(UserId.of("ada")).account(acme.id())
                .addContacts(DealContact.of(ada.id(), "champion")));
        tenant.activities().log(a -> a.type(ActivityType.CALL).subject("Discovery call")
                .body("Budget confirmed for Q4.").occurredAt(clock.instant()).deal(rich.id()).contact(ada.id()));
        clock.advance(Duration.ofDays(1));
        tenant.activities().log(a -> a.type(ActivityType.NOTE).subject("Sent security questionnaire")
                .occurredAt(clock.instant()).deal(rich.id()));
        clock.set(NOW);
    }

    /** Builds the tenant in a fresh in-memory database of this name. */
    static SampleTenant create(String database) {
        return new SampleTenant(database);
    }

    /** Creates deals and replays their moves in time order, advancing the clock to each event. */
    private void playHistory() {
        record Event(Instant at, int deal, String action) {
        }
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Instant created = START.plus(Duration.ofDays(i * 10L));
            events.add(new Event(created, i, "create"));
            for (int s = 0; s < STAGES.length; s++) {
                events.add(new Event(created.plus(Duration.ofDays(6L + s * 9L)), i, STAGES[s]));
            }
            Instant end = created.plus(Duration.ofDays(48));
            events.add(new Event(end, i, switch (i % 3) {
                case 0 -> "won";
                case 1 -> "lost";
                default -> "stay";
            }));
        }
        events.sort(Comparator.comparing(Event::at).thenComparing(Event::deal));
        Deal[] deals = new Deal[40];
        for (Event event : events) {
            if (event.at().isAfter(NOW.minus(Duration.ofDays(4)))) {
                break;
            }
            clock.set(event.at());
            int i = event.deal();
            switch (event.action()) {
                case "create" -> {
                    String currency = i % 10 == 7 ? "EUR" : "USD";
                    BigDecimal amount = BigDecimal.valueOf(2000 + (i % 7) * 1500L);
                    LocalDate close = event.at().plus(Duration.ofDays(48 + (i % 4) * 20L)).atZone(ZoneOffset.UTC).toLocalDate();
                    deals[i] = tenant.deals().create(sales.id(), d -> d.name("Deal " + (i + 1) + " " + acme.name())
                            .amount(Money.of(amount, Money.currency(currency))).expectedCloseDate(close)
                            .owner(UserId.of(OWNERS[i % OWNERS.length])).account(acme.id())
                            .addContacts(DealContact.of(ada.id(), "buyer")));
                }
                case "won" -> tenant.deals().closeWon(deals[i].id());
                case "lost" -> tenant.deals().closeLost(deals[i].id(), "Chose a competitor");
                case "stay" -> tenant.activities().log(a -> a.type(ActivityType.EMAIL).subject("Follow-up")
                        .occurredAt(clock.instant()).deal(deals[i].id()));
                default -> tenant.deals().move(deals[i].id(), event.action());
            }
        }
    }

    @Override
    public void close() {
        store.close();
    }
}
