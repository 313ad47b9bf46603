package dev.crmkit.examples.bench;

/**
 * A lead as a hand-written scorer would hold it: plain fields, absent values as {@code null}, {@code -1} or
 * {@code NaN}.
 *
 * @param employees       the account's employee count, or -1
 * @param revenue         the account's annual revenue, or NaN
 * @param revenueCurrency its currency code, or null
 * @param industry        the account's industry, or null
 * @param country         the account's country code, or null
 * @param hasAccount      whether the lead has an account
 * @param seniority       the contact's {@code seniority} property, or null
 * @param persona         the contact's {@code persona} property, or null
 * @param hasTitle        whether the contact has a job title
 * @param hasPhone        whether the contact has a phone number
 * @param leadSource      the contact's lead source, or null
 * @param emailDomain     the domain of the contact's primary email, or null
 */
public record LeadFacts(int employees, double revenue, String revenueCurrency, String industry, String country,
                        boolean hasAccount, String seniority, String persona, boolean hasTitle, boolean hasPhone,
                        String leadSource, String emailDomain) {
}
