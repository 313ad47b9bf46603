package dev.crmkit.core.model.contact;

/**
 * What a contact agreed to. Defaults are the privacy-safe ones: no marketing opt-in.
 *
 * @param marketingEmailOptIn the contact opted in to marketing email
 * @param doNotEmail          never email this contact (overrides the opt-in)
 * @param doNotCall           never call this contact
 */
public record Consent(boolean marketingEmailOptIn, boolean doNotEmail, boolean doNotCall) {
    /** No opt-in, no restriction recorded. */
    public static final Consent NONE = new Consent(false, false, false);

    /** Whether marketing email may be sent. */
    public boolean mayEmailMarketing() {
        return marketingEmailOptIn && !doNotEmail;
    }
}
