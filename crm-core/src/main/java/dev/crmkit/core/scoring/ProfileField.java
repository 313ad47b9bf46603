package dev.crmkit.core.scoring;

/**
 * The built-in fields a {@link LeadProfile} exposes to fit rules, each with its path and kind. The ordinal
 * is what compiled conditions switch on, so reading a field while scoring is one array-free switch.
 */
enum ProfileField {
    CONTACT_LIFECYCLE_STAGE("contact.lifecycleStage", PropertyPath.Kind.LIFECYCLE_STAGE),
    CONTACT_LEAD_SOURCE("contact.leadSource", PropertyPath.Kind.TEXT),
    CONTACT_TITLE("contact.title", PropertyPath.Kind.TEXT),
    CONTACT_EMAIL("contact.email", PropertyPath.Kind.TEXT),
    CONTACT_EMAIL_DOMAIN("contact.emailDomain", PropertyPath.Kind.TEXT),
    CONTACT_PHONE("contact.phone", PropertyPath.Kind.TEXT),
    ACCOUNT_NAME("account.name", PropertyPath.Kind.TEXT),
    ACCOUNT_DOMAIN("account.domain", PropertyPath.Kind.TEXT),
    ACCOUNT_INDUSTRY("account.industry", PropertyPath.Kind.TEXT),
    ACCOUNT_COUNTRY("account.country", PropertyPath.Kind.TEXT),
    ACCOUNT_EMPLOYEE_COUNT("account.employeeCount", PropertyPath.Kind.NUMBER),
    ACCOUNT_ANNUAL_REVENUE("account.annualRevenue", PropertyPath.Kind.MONEY);

    private final String path;
    private final PropertyPath.Kind kind;

    ProfileField(String path, PropertyPath.Kind kind) {
        this.path = path;
        this.kind = kind;
    }

    String path() {
        return path;
    }

    PropertyPath.Kind kind() {
        return kind;
    }
}
