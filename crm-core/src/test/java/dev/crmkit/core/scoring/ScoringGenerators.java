package dev.crmkit.core.scoring;

import static org.quicktheories.generators.SourceDSL.integers;

import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.contact.LifecycleStage;
import dev.crmkit.core.model.shared.EmailAddress;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.PhoneNumber;
import dev.crmkit.core.model.shared.PropertyValue;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * QuickTheories generators for scoring models, leads and penalty rules. Values come from small domains
 * (a few titles, industries, sizes on both sides of range bounds, events around window and expiry
 * boundaries) so rules fire often and every cap, decay and threshold path is exercised.
 */
final class ScoringGenerators {
    private static final List<String> TITLES = List.of("CEO", "cto", "Engineer");
    private static final List<String> INDUSTRIES = List.of("Software", "Retail", "Healthcare");
    private static final List<Integer> SIZES = List.of(0, 9, 10, 49, 50, 200, 201, 1000, 5000);
    private static final List<String> EXISTS_PATHS = List.of("contact.title", "contact.phone", "contact.leadSource",
            "account.name", "account.employeeCount", "account.annualRevenue", "contact.properties.seniority",
            "account.properties.tier");
    private static final List<String> KINDS = List.of("email_open", "page_view", "form_submit", "activity.call");
    private static final List<Long> DAYS = List.of(1L, 7L, 30L, 90L);

    private ScoringGenerators() {
    }

    /** Models of 1-10 rules; with {@code nonNegativeEngagement} every engagement rule awards points >= 0. */
    static Gen<ScoringModel> models(boolean nonNegativeEngagement) {
        Gen<ScoringModel> gen = in -> {
            ScoringModel.Builder builder = ScoringModel.builder("generated", 1 + pick(in, 0, 5));
            int fitRules = pick(in, 0, 5);
            int engagementRules = pick(in, fitRules == 0 ? 1 : 0, 5);
            for (int i = 0; i < fitRules; i++) {
                builder.fit(fitRule(in, "f" + i, false));
            }
            for (int i = 0; i < engagementRules; i++) {
                builder.engagement(engagementRule(in, "e" + i, nonNegativeEngagement, false));
            }
            if (chance(in, 2)) {
                builder.fitCap(pick(in, 0, 80));
            }
            if (chance(in, 2)) {
                builder.engagementCap(pick(in, 0, 80));
            }
            if (chance(in, 2)) {
                builder.engagementDecay(decay(in));
            }
            if (chance(in, 2)) {
                builder.totalCap(pick(in, 0, 120));
            }
            if (chance(in, 2)) {
                builder.threshold(10, LifecycleStage.LEAD);
            }
            if (chance(in, 2)) {
                builder.threshold(40, LifecycleStage.MARKETING_QUALIFIED);
            }
            if (chance(in, 2)) {
                builder.threshold(70, LifecycleStage.SALES_QUALIFIED);
            }
            return builder.build();
        };
        return gen.describedAs(ScoringModelJson::write);
    }

    /** A rule with negative points for either group, with id {@code penalty}. */
    static Gen<Penalty> penalties() {
        return in -> chance(in, 2) ? new Penalty(RuleGroup.FIT, fitRule(in, "penalty", true))
                : new Penalty(RuleGroup.ENGAGEMENT, engagementRule(in, "penalty", false, true));
    }

    /** Leads with or without an account and with 0-12 events from an hour ahead of {@link Leads#NOW} to 150 days before. */
    static Gen<LeadProfile> leads() {
        Gen<LeadProfile> gen = in -> {
            Contact.Builder contact = Contact.builder().id(Leads.ADA_ID).firstName("Ada").createdAt(Leads.CREATED)
                    .primaryEmail(EmailAddress.of(chance(in, 3) ? "ada@gmail.com" : "ada@acme.example.com"))
                    .lifecycleStage(oneOf(in, List.of(LifecycleStage.SUBSCRIBER, LifecycleStage.LEAD,
                            LifecycleStage.MARKETING_QUALIFIED)));
            if (chance(in, 2)) {
                contact.title(oneOf(in, TITLES));
            }
            if (chance(in, 2)) {
                contact.addPhones(PhoneNumber.parse("+1 415 555 2671", "US"));
            }
            if (chance(in, 2)) {
                contact.leadSource(oneOf(in, List.of("Referral", "Google")));
            }
            if (chance(in, 2)) {
                contact.putProperties("seniority", PropertyValue.choice(oneOf(in, List.of("vp", "director", "intern"))));
            }
            if (chance(in, 2)) {
                contact.putProperties("seats", PropertyValue.number(BigDecimal.valueOf(pick(in, 0, 600), 1)));
            }
            List<Account> accounts = new ArrayList<>();
            if (chance(in, 4) || chance(in, 2)) {
                contact.addAccounts(dev.crmkit.core.model.contact.AccountLink.of(Leads.ACME_ID, "employee"));
                Account.Builder account = Account.builder().id(Leads.ACME_ID).name("Acme").createdAt(Leads.CREATED);
                if (chance(in, 4) || chance(in, 2)) {
                    account.employeeCount(oneOf(in, SIZES));
                }
                if (chance(in, 2)) {
                    account.industry(oneOf(in, INDUSTRIES));
                }
                if (chance(in, 2)) {
                    account.annualRevenue(Money.of(oneOf(in, List.of("0.00", "999999.99", "1000000.00", "10000000.00")),
                            oneOf(in, List.of("USD", "EUR"))));
                }
                if (chance(in, 3)) {
                    account.putProperties("tier", PropertyValue.choice("gold"));
                }
                accounts.add(account.build());
            }
            List<EngagementEvent> events = new ArrayList<>();
            int count = pick(in, 0, 12);
            for (int i = 0; i < count; i++) {
                events.add(event(in));
            }
            return LeadProfile.of(contact.build(), accounts, events);
        };
        return gen.describedAs(lead -> lead.contact() + " " + lead.account() + " " + lead.events());
    }

    /** A positive amount of time, from a minute to 200 days. */
    static Gen<Duration> laterBy() {
        return integers().between(1, 200 * 24 * 60).map(minutes -> Duration.ofMinutes(minutes));
    }

    /** A penalty rule and the group it belongs in. @param group the group @param rule the rule */
    record Penalty(RuleGroup group, ScoringRule rule) {
    }

    private static ScoringRule fitRule(RandomnessSource in, String id, boolean penalty) {
        ScoringRule.Builder rule = ScoringRule.builder(id).when(fitCondition(in)).points(points(in, penalty ? -1 : 0));
        if (chance(in, 3)) {
            rule.cap(pick(in, 0, 40));
        }
        return rule.build();
    }

    private static ScoringRule engagementRule(RandomnessSource in, String id, boolean nonNegative, boolean penalty) {
        String kind = oneOf(in, KINDS);
        Map<String, String> where = Map.of();
        if (kind.equals("page_view") && chance(in, 2)) {
            where = Map.of("page", "pricing");
        } else if (kind.equals("activity.call") && chance(in, 2)) {
            where = Map.of("outcome", "connected");
        }
        Duration window = chance(in, 2) ? Duration.ofDays(oneOf(in, DAYS)) : null;
        ScoringRule.Builder rule = ScoringRule.builder(id)
                .when(Condition.events(kind, where, pick(in, 1, 3), window))
                .points(points(in, penalty ? -1 : nonNegative ? 1 : 0));
        if (chance(in, 2)) {
            rule.award(chance(in, 2) ? Award.EACH_EVENT : Award.ONCE);
        }
        if (chance(in, 3)) {
            rule.cap(pick(in, 0, 40));
        }
        if (chance(in, 3)) {
            rule.decay(decay(in));
        }
        return rule.build();
    }

    private static Condition fitCondition(RandomnessSource in) {
        switch (pick(in, 0, 9)) {
            case 0:
                return Condition.equalTo("contact.title", oneOf(in, TITLES));
            case 1:
                return Condition.in("account.industry", subset(in, INDUSTRIES).toArray(new String[0]));
            case 2: {
                int a = oneOf(in, SIZES);
                int b = oneOf(in, SIZES);
                int shape = pick(in, 0, 2);
                return Condition.between("account.employeeCount", shape == 1 ? null : BigDecimal.valueOf(Math.min(a, b)),
                        shape == 2 ? null : BigDecimal.valueOf(Math.max(a, b)));
            }
            case 3:
                return Condition.exists(oneOf(in, EXISTS_PATHS));
            case 4:
                return Condition.missing(oneOf(in, EXISTS_PATHS));
            case 5:
                return Condition.in("contact.lifecycleStage", subset(in, List.of("SUBSCRIBER", "LEAD", "MARKETING_QUALIFIED"))
                        .toArray(new String[0]));
            case 6:
                return Condition.between("account.annualRevenue", new BigDecimal(oneOf(in, List.of("0", "1000000", "10000000"))),
                        null, oneOf(in, List.of("USD", "EUR")));
            case 7:
                return Condition.in("contact.properties.seniority", subset(in, List.of("vp", "director", "c_level"))
                        .toArray(new String[0]));
            case 8:
                return Condition.between("contact.properties.seats", BigDecimal.valueOf(oneOf(in, List.of(0, 5, 10))),
                        BigDecimal.valueOf(oneOf(in, List.of(10, 50))));
            default:
                return Condition.equalTo("contact.emailDomain", oneOf(in, List.of("acme.example.com", "gmail.com")));
        }
    }

    private static Decay decay(RandomnessSource in) {
        switch (pick(in, 0, 2)) {
            case 0:
                return Decay.none();
            case 1:
                return Decay.halfLife(chance(in, 2) ? Duration.ofDays(pick(in, 1, 60)) : Duration.ofHours(pick(in, 1, 48)));
            default:
                return Decay.expiry(Duration.ofDays(pick(in, 1, 90)));
        }
    }

    private static EngagementEvent event(RandomnessSource in) {
        String kind = oneOf(in, List.of("email_open", "page_view", "form_submit", "activity.call", "webinar_attended"));
        // Ages from an hour in the future (clock skew) to 150 days, often exactly on a day boundary.
        Duration age = chance(in, 3) ? Duration.ofDays(oneOf(in, List.of(0L, 1L, 7L, 30L, 90L)))
                : Duration.ofMinutes(pick(in, -60, 150 * 24 * 60));
        Map<String, String> attributes = Map.of();
        if (kind.equals("page_view")) {
            attributes = Map.of("page", oneOf(in, List.of("pricing", "Pricing", "home")));
        } else if (kind.equals("activity.call")) {
            attributes = Map.of("outcome", oneOf(in, List.of("connected", "voicemail")));
        }
        return EngagementEvent.of(kind, Leads.NOW.minus(age), attributes);
    }

    /** Points between -40 and 40 (sign forced when {@code sign} is not 0), whole or with two decimals. */
    private static BigDecimal points(RandomnessSource in, int sign) {
        BigDecimal points = chance(in, 2) ? BigDecimal.valueOf(pick(in, 1, 40)) : BigDecimal.valueOf(pick(in, 1, 4000), 2);
        if (sign < 0 || (sign == 0 && chance(in, 3))) {
            return points.negate();
        }
        return points;
    }

    private static <T> List<T> subset(RandomnessSource in, List<T> values) {
        List<T> chosen = new ArrayList<>();
        for (T value : values) {
            if (chance(in, 2)) {
                chosen.add(value);
            }
        }
        return chosen.isEmpty() ? List.of(oneOf(in, values)) : chosen;
    }

    private static int pick(RandomnessSource in, int min, int max) {
        return integers().between(min, max).generate(in);
    }

    private static boolean chance(RandomnessSource in, int oneIn) {
        return pick(in, 1, oneIn) == 1;
    }

    private static <T> T oneOf(RandomnessSource in, List<T> values) {
        return values.get(pick(in, 0, values.size() - 1));
    }

    static Optional<BigDecimal> sum(List<ScoreLine> lines, RuleGroup group) {
        return lines.stream().filter(l -> l.group() == group).map(ScoreLine::points).reduce(BigDecimal::add);
    }
}
