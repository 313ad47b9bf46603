package dev.crmkit.insight;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.activity.ActivityType;
import dev.crmkit.core.scoring.predictive.FeatureSpec;
import dev.crmkit.core.scoring.predictive.NumericFeature;
import java.util.Locale;

/**
 * The column names of the records {@link dev.crmkit.Scoring} builds from contacts for trained lead models; a
 * {@link FeatureSpec} names the columns it learns from. Every record has every fixed column (blank when the
 * contact has no value), plus one column per custom property the contact or its primary account has. The
 * lifecycle stage is never a column: it is what the label is made of, so it would leak the outcome.
 *
 * <table>
 *   <caption>columns</caption>
 *   <tr><th>column</th><th>value</th></tr>
 *   <tr><td>{@value #CONVERTED}</td><td>the label: {@code true}/{@code false} (see {@link LeadLabelling}); blank
 *   for contacts whose outcome is unknown</td></tr>
 *   <tr><td>{@value #LEAD_SOURCE}, {@value #TITLE}, {@value #OWNER}</td><td>the contact's lead source, title,
 *   owner id</td></tr>
 *   <tr><td>{@value #EMAIL_DOMAIN}</td><td>the domain of the primary email</td></tr>
 *   <tr><td>{@code properties.<key>}</td><td>a contact custom property as text ({@link #property})</td></tr>
 *   <tr><td>{@value #ACCOUNT_INDUSTRY}, {@value #ACCOUNT_COUNTRY}</td><td>of the primary account (the first
 *   linked one)</td></tr>
 *   <tr><td>{@value #ACCOUNT_EMPLOYEE_COUNT}, {@value #ACCOUNT_ANNUAL_REVENUE}</td><td>numbers (revenue as a plain
 *   decimal in its own currency)</td></tr>
 *   <tr><td>{@code account.properties.<key>}</td><td>a primary-account custom property ({@link #accountProperty})</td></tr>
 *   <tr><td>{@code activities.call} ... {@code activities.task}, {@value #ACTIVITIES_TOTAL}</td><td>counts of the
 *   contact's activities by type ({@link #activityCount}); for a converted contact only those timed before it
 *   converted, so what happened after the outcome cannot leak into training</td></tr>
 * </table>
 */
public final class LeadColumns {
    /** The label column: {@code true} for converted contacts, {@code false} for those that did not convert. */
    public static final String CONVERTED = "converted";
    /** The contact's lead source. */
    public static final String LEAD_SOURCE = "leadSource";
    /** The contact's job title. */
    public static final String TITLE = "title";
    /** The contact's owner (user id). */
    public static final String OWNER = "owner";
    /** The domain of the contact's primary email. */
    public static final String EMAIL_DOMAIN = "emailDomain";
    /** The primary account's industry. */
    public static final String ACCOUNT_INDUSTRY = "account.industry";
    /** The primary account's country. */
    public static final String ACCOUNT_COUNTRY = "account.country";
    /** The primary account's employee count. */
    public static final String ACCOUNT_EMPLOYEE_COUNT = "account.employeeCount";
    /** The primary account's annual revenue as a plain decimal. */
    public static final String ACCOUNT_ANNUAL_REVENUE = "account.annualRevenue";
    /** The number of the contact's activities of every type. */
    public static final String ACTIVITIES_TOTAL = "activities.total";

    private LeadColumns() {
    }

    /**
     * The column of a contact custom property, {@code properties.<key>}.
     *
     * @throws ValidationException when the key is blank
     */
    public static String property(String key) {
        ValidationException.check(key != null && !key.isBlank(), "key", key, "is required");
        return "properties." + key;
    }

    /**
     * The column of a primary-account custom property, {@code account.properties.<key>}.
     *
     * @throws ValidationException when the key is blank
     */
    public static String accountProperty(String key) {
        ValidationException.check(key != null && !key.isBlank(), "key", key, "is required");
        return "account.properties." + key;
    }

    /** The column counting the contact's activities of one type, e.g. {@code activities.meeting}. */
    public static String activityCount(ActivityType type) {
        return "activities." + type.name().toLowerCase(Locale.ROOT);
    }

    /**
     * A starting spec: label {@value #CONVERTED} = {@code true}; categorical lead source, account industry and
     * country (case-folded, levels seen fewer than 5 times grouped); numeric employee count and activity counts
     * per type ({@code log1p}; employee count with a missing indicator). Add property columns with
     * {@link FeatureSpec#builder()} as the tenant's data suggests.
     */
    public static FeatureSpec defaultSpec() {
        FeatureSpec.Builder builder = FeatureSpec.builder()
                .label(CONVERTED, "true")
                .minFrequency(5)
                .caseFold(true)
                .categorical(LEAD_SOURCE, ACCOUNT_INDUSTRY, ACCOUNT_COUNTRY)
                .numeric(NumericFeature.of(ACCOUNT_EMPLOYEE_COUNT).withLog1p(true).withMissingIndicator(true));
        for (ActivityType type : ActivityType.values()) {
            builder.numeric(NumericFeature.of(activityCount(type)).withLog1p(true));
        }
        return builder.build();
    }
}
