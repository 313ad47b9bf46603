package dev.crmkit.examples.cli;

import java.util.List;

/**
 * The made-up names the sample company is built from: companies (the fictitious names common in product
 * documentation), people, job titles with their seniority, products, lead sources and lost reasons. Domains
 * use the reserved {@code .example} top-level domain, phone numbers the fictional 555-01xx range.
 */
final class DemoNames {
    private DemoNames() {
    }

    /** Account names. */
    static final List<String> COMPANIES = List.of("Northwind Traders", "Contoso Pharmaceuticals", "Fabrikam Robotics",
            "Tailspin Toys", "Wide World Importers", "Adventure Works Cycles", "Litware", "Proseware",
            "Woodgrove Bank", "Lucerne Publishing", "Alpine Ski House", "Coho Vineyard", "Fourth Coffee",
            "Graphic Design Institute", "Humongous Insurance", "Margie's Travel", "Southridge Video", "Trey Research",
            "Blue Yonder Airlines", "Relecloud");

    /** Industries; the first six are the bundled scoring model's target industries. */
    static final List<String> INDUSTRIES = List.of("Software", "Information Technology", "Financial Services",
            "Professional Services", "Healthcare", "Manufacturing", "Retail", "Hospitality", "Education", "Media");

    /** ISO country codes, weighted towards the markets the scoring model serves. */
    static final List<String> COUNTRIES = List.of("US", "US", "US", "US", "GB", "DE", "CA", "FR", "NL", "AU", "BR", "IN");

    /** First names. */
    static final List<String> FIRST_NAMES = List.of("Ada", "Alan", "Grace", "Linus", "Margaret", "Dennis", "Barbara",
            "Ken", "Frances", "Edsger", "Radia", "Donald", "Hedy", "John", "Katherine", "Tim", "Sophie", "Guido",
            "Annie", "Bjarne", "Karen", "James", "Shafi", "Niklaus", "Evelyn", "Leslie", "Mary", "Brian", "Joan",
            "Robin", "Jean", "Vint", "Anita", "Larry", "Lynn", "Whitfield", "Carol", "Butler", "Adele", "Ivan");

    /** Last names. */
    static final List<String> LAST_NAMES = List.of("Lovelace", "Turing", "Hopper", "Torvalds", "Hamilton", "Ritchie",
            "Liskov", "Thompson", "Allen", "Dijkstra", "Perlman", "Knuth", "Lamarr", "Backus", "Johnson",
            "Berners-Lee", "Wilson", "van Rossum", "Easley", "Stroustrup", "Spärck Jones", "Gosling", "Goldwasser",
            "Wirth", "Boyd", "Lamport", "Keller", "Kernighan", "Clarke", "Milner", "Sammet", "Cerf", "Borg",
            "Tesler", "Conway", "Diffie", "Shaw", "Lampson", "Goldberg", "Sutherland");

    /** Free-mail domains (the scoring model takes points off for them). */
    static final List<String> FREE_MAIL = List.of("gmail.com", "outlook.com", "yahoo.com");

    /**
     * A job title and the value of the contact property {@code seniority}.
     *
     * @param title     the job title
     * @param seniority c_level, vp, director, manager or individual
     */
    record Role(String title, String seniority) {
    }

    /** Job titles with their seniority. */
    static final List<Role> ROLES = List.of(new Role("Chief Executive Officer", "c_level"),
            new Role("Chief Technology Officer", "c_level"), new Role("VP of Sales", "vp"),
            new Role("VP of Engineering", "vp"), new Role("Director of Operations", "director"),
            new Role("IT Director", "director"), new Role("Procurement Manager", "manager"),
            new Role("Marketing Manager", "manager"), new Role("Data Analyst", "individual"),
            new Role("Software Engineer", "individual"));

    /** The values of the contact property {@code seniority}. */
    static final List<String> SENIORITIES = List.of("c_level", "vp", "director", "manager", "individual");

    /** Products (the deal property {@code product}). */
    static final List<String> PRODUCTS = List.of("Analytics Cloud", "Data Pipeline", "Insights Starter");

    /** Account tiers (the account property {@code tier}). */
    static final List<String> TIERS = List.of("strategic", "growth", "standard");

    /** Lead sources; Referral and Partner earn points in the scoring model. */
    static final List<String> LEAD_SOURCES = List.of("Website", "Website", "Referral", "Partner", "Event", "Outbound",
            "Webinar");

    /** Why deals were lost. */
    static final List<String> LOST_REASONS = List.of("Chose a competitor", "No budget", "No decision", "Bad timing",
            "Price too high");

    /** Sales reps (deal and account owners). */
    static final List<String> REPS = List.of("alice", "bob", "carmen", "deepak");
}
