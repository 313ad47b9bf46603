package dev.crmkit.examples.bench;

import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.contact.AccountLink;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.shared.AccountId;
import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.core.model.shared.EmailAddress;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.PhoneNumber;
import dev.crmkit.core.model.shared.PropertyValue;
import dev.crmkit.core.scoring.EngagementEvent;
import dev.crmkit.core.scoring.LeadProfile;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Generated leads for the scoring benchmark, each both as a CRMKit {@link LeadProfile} (contact, account,
 * engagement events) and as the {@link LeadFacts} the hand-written scorer reads. A deterministic mix that
 * makes every rule of the B2B model fire for some leads: target and other industries, company sizes from micro
 * to enterprise, USD and EUR revenues, free-mail addresses, decision makers and excluded personas, and zero to
 * fifteen events of every kind the engagement rules count, over the 120 days (for one lead in four: the week)
 * before {@link #NOW}.
 */
public final class LeadFixtures {
    /** The moment leads are scored at. */
    public static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");

    private static final String[] INDUSTRIES = {"Software", "Healthcare", "Manufacturing", "Financial Services",
        "Retail", "Education", "Information Technology", "Government", "Professional Services", "Hospitality"};
    private static final String[] COUNTRIES = {"US", "DE", "FR", "BR", "IN", "GB", "JP", "CA"};
    private static final int[] EMPLOYEES = {4, 25, 180, 750, 5000};
    private static final String[] SENIORITY = {"c_level", "vp", "director", "manager", "individual"};
    private static final String[] PERSONAS = {"buyer", "user", "student", "competitor", "champion", "job_seeker"};
    private static final String[] SOURCES = {"Web", "Referral", "Partner", "Event", "Google"};
    private static final String[] FREE_MAIL = {"gmail.com", "outlook.com", "gmx.de"};
    private static final String[][] EVENTS = {
        {"page_view", "page", "pricing"}, {"page_view", "page", "blog"}, {"page_view", "page", "docs"},
        {"form_submit", "form", "demo"}, {"form_submit", "form", "newsletter"}, {"email_click", null, null},
        {"email_open", null, null}, {"webinar_attended", null, null}, {"activity.meeting", null, null},
        {"activity.call", "outcome", "connected"}, {"email_unsubscribe", null, null}, {"email_bounce", null, null}};

    private final List<LeadProfile> profiles;
    private final List<LeadFacts> facts;

    private LeadFixtures(List<LeadProfile> profiles, List<LeadFacts> facts) {
        this.profiles = profiles;
        this.facts = facts;
    }

    /** {@code count} leads of this seed. */
    public static LeadFixtures generate(int count, long seed) {
        List<LeadProfile> profiles = new ArrayList<>(count);
        List<LeadFacts> facts = new ArrayList<>(count);
        IdSequence ids = new IdSequence(seed);
        for (int i = 0; i < count; i++) {
            long h = Mix.hash(seed, i);
            long g = Mix.hash(seed ^ 0x5DEECE66DL, i);
            boolean hasAccount = (h & 0xF) != 0;
            AccountId accountId = new AccountId(ids.next());
            String company = "company" + (i % 997);
            Account account = null;
            int employees = -1;
            double revenue = Double.NaN;
            String currency = null;
            String industry = null;
            String country = null;
            if (hasAccount) {
                employees = EMPLOYEES[pick(h >>> 4, EMPLOYEES.length)];
                industry = INDUSTRIES[pick(h >>> 8, INDUSTRIES.length)];
                country = COUNTRIES[pick(h >>> 12, COUNTRIES.length)];
                currency = ((h >>> 16) & 0x3) == 0 ? "EUR" : "USD";
                long millions = 1 + Long.remainderUnsigned(h >>> 18, 40);
                Money money = Money.of(BigDecimal.valueOf(millions * 1_000_000L), Money.currency(currency));
                revenue = money.amount().doubleValue();
                account = Account.builder().id(accountId).name("Company " + i).domain(company + ".example")
                        .industry(industry).country(country).employeeCount(employees).annualRevenue(money)
                        .createdAt(BenchPipelines.EPOCH).build();
            }
            String domain = ((h >>> 24) & 0x7) == 0 ? FREE_MAIL[pick(h >>> 27, FREE_MAIL.length)] : company + ".example";
            boolean hasTitle = ((h >>> 30) & 0x3) != 0;
            boolean hasPhone = ((h >>> 32) & 0x3) == 0;
            String seniority = ((h >>> 34) & 0x3) == 0 ? null : SENIORITY[pick(h >>> 36, SENIORITY.length)];
            String persona = ((h >>> 40) & 0x3) == 0 ? PERSONAS[pick(h >>> 42, PERSONAS.length)] : null;
            String source = SOURCES[pick(h >>> 46, SOURCES.length)];
            Contact.Builder contact = Contact.builder().id(new ContactId(ids.next())).firstName("Lead").lastName("No" + i)
                    .primaryEmail(EmailAddress.of("lead" + i + "@" + domain)).leadSource(source)
                    .createdAt(BenchPipelines.EPOCH);
            if (hasTitle) {
                contact.title("Head of Operations");
            }
            if (hasPhone) {
                contact.addPhones(PhoneNumber.parse("(415) 555-" + (2600 + i % 100), "US"));
            }
            if (seniority != null) {
                contact.putProperties("seniority", PropertyValue.choice(seniority));
            }
            if (persona != null) {
                contact.putProperties("persona", PropertyValue.choice(persona));
            }
            if (hasAccount) {
                contact.addAccounts(AccountLink.of(accountId, "employee"));
            }
            List<EngagementEvent> events = new ArrayList<>();
            int eventCount = pick(g, 16);
            // one lead in four is active right now: all its events fall in the last week
            long days = ((g >>> 60) & 0x3) == 0 ? 7 : 120;
            for (int e = 0; e < eventCount; e++) {
                long k = Mix.hash(g, e);
                String[] kind = EVENTS[pick(k, EVENTS.length)];
                Instant at = NOW.minusSeconds(Long.remainderUnsigned(k >>> 8, days * 86_400));
                events.add(kind[1] == null ? EngagementEvent.of(kind[0], at)
                        : EngagementEvent.of(kind[0], at, Map.of(kind[1], kind[2])));
            }
            Contact built = contact.build();
            profiles.add(account == null ? LeadProfile.of(built, events) : LeadProfile.of(built, account, events));
            facts.add(new LeadFacts(employees, revenue, currency, industry, country, hasAccount, seniority, persona,
                    hasTitle, hasPhone, source, domain));
        }
        return new LeadFixtures(List.copyOf(profiles), List.copyOf(facts));
    }

    /** The leads as CRMKit profiles. */
    public List<LeadProfile> profiles() {
        return profiles;
    }

    /** The same leads as plain facts, in the same order. */
    public List<LeadFacts> facts() {
        return facts;
    }

    private static int pick(long bits, int n) {
        return (int) Long.remainderUnsigned(bits, n);
    }
}
