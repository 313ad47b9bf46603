package dev.crmkit.internal;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.shared.EmailAddress;
import dev.crmkit.core.model.shared.PhoneNumber;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds and removes one person's identifying data in free text: their email addresses (ignoring case), phone
 * numbers in any common formatting, and first and last name (whole words, ignoring case).
 *
 * <p>Phone numbers are matched by their digits, not their formatting: the national significant number with
 * any of space, dot, dash, slash or parentheses between digits, optionally preceded by the country code
 * (with {@code +}, {@code 00} or nothing) and a trunk {@code 0}, and not part of a longer digit run. So
 * {@code +1 (415) 555-0123}, {@code 415.555.0123} and {@code 14155550123} all match {@code +14155550123}.
 */
public final class PersonScrubber {
    /** What replaces each removed piece. */
    public static final String ERASED = "[erased]";

    private static final String SEPARATORS = "[\\s().\\-/]*";
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private final List<Pattern> emails = new ArrayList<>();
    private final List<Pattern> phones = new ArrayList<>();
    private final Optional<Pattern> fullName;
    private final Optional<Pattern> nameParts;
    private final List<String> searchTerms = new ArrayList<>();

    /** A scrubber for the contact's emails, phones and names. */
    public PersonScrubber(Contact contact) {
        Set<String> emailKeys = new LinkedHashSet<>();
        contact.emails().stream().map(EmailAddress::matchKey).forEach(emailKeys::add);
        for (String email : emailKeys) {
            emails.add(Pattern.compile(Pattern.quote(email), CI));
            searchTerms.add(email);
        }
        for (PhoneNumber phone : contact.phones()) {
            phones.add(phonePattern(phone));
            nationalNumber(phone).ifPresent(n -> searchTerms.add(n.substring(Math.max(0, n.length() - 4))));
        }
        Optional<String> first = contact.firstName();
        Optional<String> last = contact.lastName();
        if (first.isPresent() && last.isPresent()) {
            String f = Pattern.quote(first.get());
            String l = Pattern.quote(last.get());
            fullName = Optional.of(Pattern.compile(word("(?:" + f + "\\s+" + l + "|" + l + "\\s*,\\s*" + f + ")"), CI));
            searchTerms.add(last.get());
        } else {
            fullName = Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        first.ifPresent(parts::add);
        last.ifPresent(parts::add);
        nameParts = parts.isEmpty() ? Optional.empty() : Optional.of(Pattern.compile(
                word("(?:" + parts.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")"), CI));
    }

    /**
     * Literal texts to find candidate records with a text search: each email, the last name (when the contact
     * has a full name) and the last four digits of each phone. Candidates still need {@link #identifies}.
     */
    public List<String> searchTerms() {
        return searchTerms;
    }

    /** Whether the text names this person: one of their emails or phones, or first and last name together. */
    public boolean identifies(String text) {
        if (text == null) {
            return false;
        }
        for (Pattern p : emails) {
            if (p.matcher(text).find()) {
                return true;
            }
        }
        for (Pattern p : phones) {
            if (p.matcher(text).find()) {
                return true;
            }
        }
        return fullName.map(p -> p.matcher(text).find()).orElse(false);
    }

    /** The text with every email, phone number and name part of the person replaced by {@link #ERASED}. */
    public String scrub(String text) {
        String result = text;
        for (Pattern p : emails) {
            result = p.matcher(result).replaceAll(Matcher.quoteReplacement(ERASED));
        }
        for (Pattern p : phones) {
            result = p.matcher(result).replaceAll(Matcher.quoteReplacement(ERASED));
        }
        if (nameParts.isPresent()) {
            result = nameParts.get().matcher(result).replaceAll(Matcher.quoteReplacement(ERASED));
        }
        return result;
    }

    /** {@link #scrub} cut to {@code maxLength} characters (replacements may lengthen short texts). */
    public String scrub(String text, int maxLength) {
        String scrubbed = scrub(text);
        return scrubbed.length() <= maxLength ? scrubbed : scrubbed.substring(0, maxLength);
    }

    private static String word(String pattern) {
        return "(?<![\\p{L}\\p{N}])" + pattern + "(?![\\p{L}\\p{N}])";
    }

    private static Pattern phonePattern(PhoneNumber phone) {
        // Without a national number (not expected for parsed numbers) the whole E.164 digit string is matched.
        String national = nationalNumber(phone).orElse(phone.e164().substring(1));
        String countryCode = phone.e164().substring(1, phone.e164().length() - national.length());
        String digits = national.chars().mapToObj(c -> String.valueOf((char) c))
                .collect(Collectors.joining(SEPARATORS));
        // Separators only after the country code or "+", so the text before the number keeps its spacing.
        String prefix = "(?:(?:(?:\\+|00)\\s*)?" + countryCode + SEPARATORS + ")?(?:\\(?0\\)?" + SEPARATORS + ")?";
        return Pattern.compile("(?<!\\d)" + prefix + digits + "(?!\\d)");
    }

    private static Optional<String> nationalNumber(PhoneNumber phone) {
        try {
            PhoneNumberUtil util = PhoneNumberUtil.getInstance();
            String national = util.getNationalSignificantNumber(util.parse(phone.e164(), null));
            return phone.e164().endsWith(national) ? Optional.of(national) : Optional.empty();
        } catch (NumberParseException e) {
            // PhoneNumber only holds numbers libphonenumber parsed, so this cannot happen for stored data.
            return Optional.empty();
        }
    }
}
