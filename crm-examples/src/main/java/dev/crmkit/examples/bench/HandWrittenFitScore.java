package dev.crmkit.examples.bench;

import java.util.Set;

/**
 * The baseline of the scoring benchmark: the fit rules of CRMKit's bundled B2B model
 * ({@code b2b-default-model.json}: company size, revenue, industry, country, seniority, title, phone, referral,
 * free-mail address, no company, excluded persona; at most 50 points) written out by hand as if-statements,
 * as an application without a rule engine would. It computes only the total, without CRMKit's per-rule
 * breakdown, and compares values exactly (the generated leads use the model's spelling).
 */
public final class HandWrittenFitScore {
    private static final Set<String> INDUSTRIES = Set.of("Software", "Information Technology", "Financial Services",
            "Professional Services", "Healthcare", "Manufacturing");
    private static final Set<String> COUNTRIES = Set.of("US", "CA", "GB", "IE", "DE", "AT", "CH", "FR", "NL", "AU");
    private static final Set<String> DECISION_MAKERS = Set.of("c_level", "vp", "director");
    private static final Set<String> FREE_MAIL = Set.of("gmail.com", "googlemail.com", "yahoo.com", "hotmail.com",
            "outlook.com", "live.com", "aol.com", "icloud.com", "me.com", "gmx.de", "gmx.net", "web.de", "proton.me",
            "protonmail.com", "mail.com", "yandex.ru");
    private static final Set<String> EXCLUDED = Set.of("student", "job_seeker", "competitor");
    private static final int CAP = 50;

    private HandWrittenFitScore() {
    }

    /** The lead's fit points, at most 50. */
    public static int score(LeadFacts lead) {
        int points = 0;
        int employees = lead.employees();
        if (employees >= 0) {
            if (employees <= 9) {
                points -= 5;
            } else if (employees <= 49) {
                points += 5;
            } else if (employees <= 999) {
                points += 15;
            } else {
                points += 20;
            }
        }
        if (lead.revenue() >= 10_000_000 && "USD".equals(lead.revenueCurrency())) {
            points += 10;
        }
        if (lead.industry() != null && INDUSTRIES.contains(lead.industry())) {
            points += 10;
        }
        if (lead.country() != null && COUNTRIES.contains(lead.country())) {
            points += 5;
        }
        if (lead.seniority() != null && DECISION_MAKERS.contains(lead.seniority())) {
            points += 15;
        }
        if (lead.hasTitle()) {
            points += 3;
        }
        if (lead.hasPhone()) {
            points += 2;
        }
        if ("Referral".equals(lead.leadSource()) || "Partner".equals(lead.leadSource())) {
            points += 10;
        }
        if (lead.emailDomain() != null && FREE_MAIL.contains(lead.emailDomain())) {
            points -= 10;
        }
        if (!lead.hasAccount()) {
            points -= 5;
        }
        if (lead.persona() != null && EXCLUDED.contains(lead.persona())) {
            points -= 40;
        }
        return Math.min(points, CAP);
    }
}
