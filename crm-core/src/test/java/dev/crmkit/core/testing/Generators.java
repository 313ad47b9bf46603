package dev.crmkit.core.testing;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.activity.Activity;
import dev.crmkit.core.model.activity.ActivityType;
import dev.crmkit.core.model.contact.AccountLink;
import dev.crmkit.core.model.contact.Consent;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.contact.LifecycleStage;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.DealContact;
import dev.crmkit.core.model.deal.StageChange;
import dev.crmkit.core.model.pipeline.ForecastCategory;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.pipeline.Stage;
import dev.crmkit.core.model.pipeline.StageKind;
import dev.crmkit.core.model.pipeline.StageRequirement;
import dev.crmkit.core.model.pipeline.TransitionPolicy;
import dev.crmkit.core.model.property.PropertyDefinition;
import dev.crmkit.core.model.shared.AccountId;
import dev.crmkit.core.model.shared.ActivityId;
import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.core.model.shared.DealId;
import dev.crmkit.core.model.shared.EmailAddress;
import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.ObjectType;
import dev.crmkit.core.model.shared.Percentage;
import dev.crmkit.core.model.shared.PhoneNumber;
import dev.crmkit.core.model.shared.PipelineId;
import dev.crmkit.core.model.shared.PropertyDefinitionId;
import dev.crmkit.core.model.shared.PropertyType;
import dev.crmkit.core.model.shared.PropertyValue;
import dev.crmkit.core.model.shared.StageChangeId;
import dev.crmkit.core.model.shared.UserId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of valid values and entities. Every generator only produces values the model
 * accepts, including Unicode names (accented Latin, Cyrillic, Arabic, CJK, emoji outside the BMP), so
 * a property that fails points at the code under test, not at the generator.
 */
public final class Generators {
    private static final String LOCAL_CHARS =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+/=?^_`{|}~-";
    private static final String LABEL_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
    private static final String LOWER_DIGITS = LOWER + "0123456789";
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final List<String> PHONE_REGIONS = PHONES.getSupportedRegions().stream().sorted().toList();
    private static final List<Currency> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .sorted(Comparator.comparing(Currency::getCurrencyCode)).toList();
    private static final Instant MIN_INSTANT = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant MAX_INSTANT = Instant.parse("2099-12-31T23:59:59Z");
    private static final List<String> SOURCES = List.of("hubspot", "salesforce", "pipedrive", "csv", "zoho");
    private static final List<ForecastCategory> OPEN_CATEGORIES = List.of(ForecastCategory.PIPELINE,
            ForecastCategory.BEST_CASE, ForecastCategory.MOST_LIKELY, ForecastCategory.COMMIT, ForecastCategory.OMITTED);
    /** The custom property stage gates in generated pipelines may require. */
    public static final String GATE_PROPERTY = "tier";
    private static final List<StageRequirement> REQUIREMENTS = List.of(StageRequirement.AMOUNT,
            StageRequirement.EXPECTED_CLOSE_DATE, StageRequirement.ACCOUNT, StageRequirement.CONTACTS,
            StageRequirement.OWNER, StageRequirement.SOURCE, StageRequirement.property(GATE_PROPERTY));

    private Generators() {
    }

    // ---------------------------------------------------------------- primitives

    /** Draws one value of {@code gen} from {@code in}; lets composite generators read like builders. */
    private static <T> T draw(Gen<T> gen, RandomnessSource in) {
        return gen.generate(in);
    }

    /** Strings of {@code min..max} characters drawn from {@code alphabet}. */
    public static Gen<String> stringsFrom(String alphabet, int min, int max) {
        List<Character> chars = alphabet.chars().mapToObj(c -> (char) c).toList();
        return lists().of(Generate.pick(chars)).ofSizeBetween(min, max)
                .map(cs -> cs.stream().map(String::valueOf).collect(Collectors.joining()));
    }

    /** Random UUIDs. */
    public static Gen<UUID> uuids() {
        return longs().all().zip(longs().all(), UUID::new);
    }

    /** Moments between 2000 and 2099, with nanoseconds. */
    public static Gen<Instant> instants() {
        return longs().between(MIN_INSTANT.getEpochSecond(), MAX_INSTANT.getEpochSecond())
                .zip(integers().between(0, 999_999_999), Instant::ofEpochSecond);
    }

    /** {@code base} plus up to {@code maxSeconds} seconds. */
    public static Gen<Instant> notBefore(Instant base, long maxSeconds) {
        return longs().between(0, maxSeconds).map(base::plusSeconds);
    }

    /** Business dates between 2000 and 2099. */
    public static Gen<LocalDate> dates() {
        return longs().between(LocalDate.of(2000, 1, 1).toEpochDay(), LocalDate.of(2099, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    /**
     * Non-blank names of at most {@code max} characters, already trimmed, mixing scripts: basic Latin
     * (including punctuation), accented Latin, Cyrillic, Arabic, CJK and emoji (surrogate pairs).
     */
    public static Gen<String> names(int max) {
        Gen<String> chunk = Generate.frequency(List.of(
                Pair.of(4, strings().basicLatinAlphabet().ofLengthBetween(1, 12)),
                Pair.of(2, strings().betweenCodePoints(0x00C0, 0x024F).ofLengthBetween(1, 8)),
                Pair.of(1, strings().betweenCodePoints(0x0400, 0x04FF).ofLengthBetween(1, 8)),
                Pair.of(1, strings().betweenCodePoints(0x0621, 0x064A).ofLengthBetween(1, 8)),
                Pair.of(1, strings().betweenCodePoints(0x4E00, 0x9FFF).ofLengthBetween(1, 4)),
                Pair.of(1, strings().betweenCodePoints(0x1F300, 0x1F5FF).ofFixedNumberOfCodePoints(1)),
                Pair.of(2, Generate.pick(List.of("Zoë", "Łukasz", "Ærøskøbing", "Müller & Söhne GmbH",
                        "東京株式会社", "محمد", "O'Brien", "Ñandú", "Σωκράτης", "Đặng", "🚀 Launch")))));
        return lists().of(chunk).ofSizeBetween(1, 3).map(parts -> {
            String joined = String.join(" ", parts).strip();
            if (joined.isEmpty()) {
                joined = "x";
            }
            return truncate(joined, max);
        });
    }

    /** Cuts {@code text} to at most {@code max} UTF-16 characters without splitting a surrogate pair. */
    private static String truncate(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        String cut = text.substring(0, end).strip();
        return cut.isEmpty() ? "x" : cut;
    }

    /** Custom property keys. */
    public static Gen<String> propertyKeys() {
        return stringsFrom(LOWER, 1, 1).zip(stringsFrom(LOWER_DIGITS + "_", 0, 15), String::concat);
    }

    /** Host user ids. */
    public static Gen<UserId> userIds() {
        return Generate.oneOf(stringsFrom(LOWER_DIGITS + ".@-", 1, 30), names(128)).map(UserId::new);
    }

    /** Every currency the JDK knows, including those without a minor unit (JPY) or with three (BHD). */
    public static Gen<Currency> currencies() {
        return Generate.pick(CURRENCIES);
    }

    /** Amounts in {@code currency} with magnitude below 10^12 minor units. */
    public static Gen<Money> money(Currency currency) {
        return longs().between(-1_000_000_000_000L, 1_000_000_000_000L)
                .map(minor -> Money.of(BigDecimal.valueOf(minor, Money.scaleOf(currency)), currency));
    }

    /** Amounts in any currency. */
    public static Gen<Money> money() {
        return currencies().flatMap(Generators::money);
    }

    /** Non-negative amounts in any currency. */
    public static Gen<Money> nonNegativeMoney() {
        return money().map(m -> m.isNegative() ? m.negate() : m);
    }

    /** Percentages 0..100 with up to two decimals. */
    public static Gen<Percentage> percentages() {
        return integers().between(0, 10_000).map(hundredths -> new Percentage(BigDecimal.valueOf(hundredths, 2)));
    }

    /** External ids, at most one per source. */
    public static Gen<Set<ExternalId>> externalIds() {
        return in -> {
            Set<ExternalId> ids = new LinkedHashSet<>();
            for (String source : SOURCES) {
                if (draw(integers().between(0, 3), in) == 0) {
                    ids.add(ExternalId.of(source, draw(stringsFrom(LABEL_CHARS + "-_", 1, 20), in)));
                }
            }
            return ids;
        };
    }

    // ---------------------------------------------------------------- email and phone

    /**
     * Email addresses as people type them: mixed case, surrounding white space, dotted local parts,
     * hyphenated and punycode domains.
     */
    public static Gen<String> emailTexts() {
        Gen<String> local = lists().of(stringsFrom(LOCAL_CHARS, 1, 8)).ofSizeBetween(1, 3).map(a -> String.join(".", a));
        Gen<String> label = stringsFrom(LABEL_CHARS, 1, 1).zip(stringsFrom(LABEL_CHARS + "-", 0, 10),
                stringsFrom(LABEL_CHARS, 1, 1), (a, b, c) -> a + b + c);
        Gen<String> tld = Generate.oneOf(stringsFrom("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", 2, 8),
                stringsFrom(LOWER_DIGITS, 2, 10).map(s -> "xn--" + s));
        Gen<String> domain = lists().of(label).ofSizeBetween(1, 3).zip(tld, (labels, t) -> String.join(".", labels) + "." + t);
        Gen<String> space = Generate.pick(List.of("", "", " ", "\t", "  "));
        return in -> draw(space, in) + draw(local, in) + "@" + draw(domain, in) + draw(space, in);
    }

    /** Valid email addresses. */
    public static Gen<EmailAddress> emails() {
        return emailTexts().map(EmailAddress::of);
    }

    /**
     * A valid phone number of a random region, written in E.164, international, national (with its region)
     * or RFC 3966 form; starts from libphonenumber's example numbers and varies their last digits.
     */
    public static Gen<PhoneText> phoneTexts() {
        Gen<PhoneNumberUtil.PhoneNumberType> types = Generate.pick(List.of(
                PhoneNumberUtil.PhoneNumberType.FIXED_LINE, PhoneNumberUtil.PhoneNumberType.MOBILE));
        Gen<PhoneNumberUtil.PhoneNumberFormat> formats = Generate.enumValues(PhoneNumberUtil.PhoneNumberFormat.class);
        return in -> {
            String region = draw(Generate.pick(PHONE_REGIONS), in);
            Phonenumber.PhoneNumber example = PHONES.getExampleNumberForType(region, draw(types, in));
            if (example == null) {
                example = PHONES.getExampleNumber(region);
            }
            if (example == null) {
                example = PHONES.getExampleNumber("US");
                region = "US";
            }
            int tail = draw(integers().between(0, 999), in);
            long national = example.getNationalNumber();
            Phonenumber.PhoneNumber varied = new Phonenumber.PhoneNumber().mergeFrom(example)
                    .setNationalNumber(national - national % 1000 + tail);
            Phonenumber.PhoneNumber number = PHONES.isValidNumberForRegion(varied, region) ? varied : example;
            PhoneNumberUtil.PhoneNumberFormat format = draw(formats, in);
            return new PhoneText(PHONES.format(number, format), format == PhoneNumberUtil.PhoneNumberFormat.NATIONAL ? region : null);
        };
    }

    /** Valid phone numbers. */
    public static Gen<PhoneNumber> phones() {
        return phoneTexts().map(t -> PhoneNumber.parse(t.text(), t.region()));
    }

    /**
     * A phone number as written, with the region needed to read it.
     *
     * @param text   the number as written
     * @param region the default region, or null when the text carries its country code
     */
    public record PhoneText(String text, String region) {
    }

    // ---------------------------------------------------------------- property values and definitions

    /** Property values of every type. */
    public static Gen<PropertyValue> propertyValues() {
        Gen<PropertyValue> text = Generate.oneOf(names(200), strings().basicLatinAlphabet().ofLengthBetween(0, 40))
                .map(PropertyValue::text);
        Gen<PropertyValue> number = longs().all().zip(integers().between(-3, 8),
                (unscaled, scale) -> PropertyValue.number(BigDecimal.valueOf(unscaled, scale)));
        Gen<PropertyValue> bool = booleans().all().map(PropertyValue::bool);
        Gen<PropertyValue> date = dates().map(PropertyValue::date);
        Gen<PropertyValue> choice = names(255).map(PropertyValue::choice);
        Gen<PropertyValue> amount = money().map(PropertyValue::money);
        return Generate.oneOf(text, number, bool, date, choice, amount);
    }

    /** Custom property maps with valid keys. */
    public static Gen<Map<String, PropertyValue>> properties() {
        return lists().of(propertyKeys().zip(propertyValues(), Map::entry)).ofSizeBetween(0, 4)
                .map(entries -> {
                    Map<String, PropertyValue> map = new LinkedHashMap<>();
                    entries.forEach(e -> map.put(e.getKey(), e.getValue()));
                    return map;
                });
    }

    /** Property definitions of every type; enumerations get 1-5 distinct allowed values. */
    public static Gen<PropertyDefinition> propertyDefinitions() {
        return in -> {
            PropertyType type = draw(Generate.enumValues(PropertyType.class), in);
            Instant created = draw(instants(), in);
            PropertyDefinition.Builder b = PropertyDefinition.builder()
                    .id(new PropertyDefinitionId(draw(uuids(), in)))
                    .objectType(draw(Generate.enumValues(ObjectType.class), in))
                    .key(draw(propertyKeys(), in))
                    .label(draw(names(255), in))
                    .type(type)
                    .description(draw(names(1000).toOptionals(50), in))
                    .createdAt(created)
                    .updatedAt(draw(notBefore(created, 86_400 * 400L), in))
                    .version(draw(longs().between(0, 1000), in));
            if (type == PropertyType.ENUMERATION) {
                b.addAllAllowedValues(new LinkedHashSet<>(draw(lists().of(names(255)).ofSizeBetween(1, 5), in)));
            }
            return b.build();
        };
    }

    // ---------------------------------------------------------------- aggregates

    /** Accounts with every optional field sometimes set. */
    public static Gen<Account> accounts() {
        List<String> countries = List.of(Locale.getISOCountries());
        return in -> {
            AccountId id = new AccountId(draw(uuids(), in));
            Instant created = draw(instants(), in);
            return Account.builder()
                    .id(id)
                    .name(draw(names(255), in))
                    .domain(draw(Generate.pick(List.of("example.com", "https://www.Example.org/about", "sub.example.co.uk",
                            "WWW.Example.NET:8080", "xn--bcher-kva.de")).toOptionals(30), in))
                    .industry(draw(names(255).toOptionals(50), in))
                    .employeeCount(draw(integers().between(0, 1_000_000).toOptionals(50), in))
                    .annualRevenue(draw(nonNegativeMoney().toOptionals(50), in))
                    .country(draw(Generate.pick(countries).toOptionals(50), in))
                    .owner(draw(userIds().toOptionals(50), in))
                    .parent(draw(uuids().map(AccountId::new).toOptionals(70), in).filter(p -> !p.equals(id)))
                    .externalIds(draw(externalIds(), in))
                    .properties(draw(properties(), in))
                    .createdAt(created)
                    .updatedAt(draw(notBefore(created, 86_400 * 400L), in))
                    .version(draw(longs().between(0, 1000), in))
                    .build();
        };
    }

    /** Contacts with every optional field sometimes set; always a name or a primary email. */
    public static Gen<Contact> contacts() {
        return in -> {
            Instant created = draw(instants(), in);
            Optional<String> first = draw(names(100).toOptionals(30), in);
            Optional<EmailAddress> primary = draw(emails().toOptionals(40), in);
            if (first.isEmpty() && primary.isEmpty()) {
                first = Optional.of(draw(names(100), in));
            }
            Set<String> emailKeys = new HashSet<>();
            primary.ifPresent(e -> emailKeys.add(e.matchKey()));
            List<EmailAddress> others = draw(lists().of(emails()).ofSizeBetween(0, 3), in).stream()
                    .filter(e -> emailKeys.add(e.matchKey())).toList();
            List<PhoneNumber> phones = new ArrayList<>(new LinkedHashSet<>(draw(lists().of(phones()).ofSizeBetween(0, 2), in)));
            Map<AccountId, AccountLink> links = new LinkedHashMap<>();
            for (AccountLink link : draw(lists().of(uuids().zip(names(100), (u, r) -> AccountLink.of(new AccountId(u), r)))
                    .ofSizeBetween(0, 3), in)) {
                links.putIfAbsent(link.account(), link);
            }
            Map<LifecycleStage, Instant> entered = new HashMap<>();
            for (LifecycleStage stage : LifecycleStage.values()) {
                if (draw(booleans().all(), in)) {
                    entered.put(stage, draw(instants(), in));
                }
            }
            return Contact.builder()
                    .id(new ContactId(draw(uuids(), in)))
                    .firstName(first)
                    .lastName(draw(names(100).toOptionals(30), in))
                    .primaryEmail(primary)
                    .otherEmails(others)
                    .phones(phones)
                    .title(draw(names(255).toOptionals(50), in))
                    .accounts(links.values())
                    .lifecycleStage(draw(Generate.enumValues(LifecycleStage.class), in))
                    .lifecycleEnteredAt(entered)
                    .leadSource(draw(names(255).toOptionals(50), in))
                    .owner(draw(userIds().toOptionals(50), in))
                    .consent(new Consent(draw(booleans().all(), in), draw(booleans().all(), in), draw(booleans().all(), in)))
                    .externalIds(draw(externalIds(), in))
                    .properties(draw(properties(), in))
                    .createdAt(created)
                    .updatedAt(draw(notBefore(created, 86_400 * 400L), in))
                    .version(draw(longs().between(0, 1000), in))
                    .build();
        };
    }

    /** Stage keys. */
    public static Gen<String> stageKeys() {
        return stringsFrom(LOWER_DIGITS, 1, 1).zip(stringsFrom(LOWER_DIGITS + "_-", 0, 20), String::concat);
    }

    /** Deals in a random stage key (not tied to a pipeline), every optional field sometimes set. */
    public static Gen<Deal> deals() {
        return in -> {
            Instant created = draw(instants(), in);
            Map<ContactId, DealContact> contacts = new LinkedHashMap<>();
            for (DealContact c : draw(lists().of(uuids().zip(names(100), (u, r) -> DealContact.of(new ContactId(u), r)))
                    .ofSizeBetween(0, 3), in)) {
                contacts.putIfAbsent(c.contact(), c);
            }
            Optional<ForecastCategory> category = draw(Generate.pick(OPEN_CATEGORIES).toOptionals(60), in);
            return Deal.builder()
                    .id(new DealId(draw(uuids(), in)))
                    .name(draw(names(255), in))
                    .account(draw(uuids().map(AccountId::new).toOptionals(40), in))
                    .contacts(contacts.values())
                    .pipeline(new PipelineId(draw(uuids(), in)))
                    .stage(draw(stageKeys(), in))
                    .stageEnteredAt(draw(notBefore(created, 86_400 * 100L), in))
                    .amount(draw(nonNegativeMoney().toOptionals(30), in))
                    .expectedCloseDate(draw(dates().toOptionals(40), in))
                    .owner(draw(userIds().toOptionals(40), in))
                    .probabilityOverride(draw(percentages().toOptionals(70), in))
                    .forecastCategoryOverride(category)
                    .lostReason(draw(names(500).toOptionals(70), in))
                    .source(draw(names(255).toOptionals(50), in))
                    .createdAt(created)
                    .closedAt(draw(notBefore(created, 86_400 * 200L).toOptionals(60), in))
                    .lastActivityAt(draw(instants().toOptionals(50), in))
                    .externalIds(draw(externalIds(), in))
                    .properties(draw(properties(), in))
                    .updatedAt(draw(notBefore(created, 86_400 * 400L), in))
                    .version(draw(longs().between(0, 1000), in))
                    .build();
        };
    }

    /** Stage-history entries, creation entries (no from-stage) included. */
    public static Gen<StageChange> stageChanges() {
        return in -> StageChange.builder()
                .id(new StageChangeId(draw(uuids(), in)))
                .deal(new DealId(draw(uuids(), in)))
                .pipeline(new PipelineId(draw(uuids(), in)))
                .fromStage(draw(stageKeys().toOptionals(30), in))
                .toStage(draw(stageKeys(), in))
                .changedAt(draw(instants(), in))
                .amount(draw(nonNegativeMoney().toOptionals(30), in))
                .expectedCloseDate(draw(dates().toOptionals(30), in))
                .probability(draw(percentages(), in))
                .changedBy(draw(userIds().toOptionals(30), in))
                .build();
    }

    /** Activities of every type, each linked to at least one record. */
    public static Gen<Activity> activities() {
        return in -> {
            ActivityType type = draw(Generate.enumValues(ActivityType.class), in);
            Instant created = draw(instants(), in);
            Optional<ContactId> contact = draw(uuids().map(ContactId::new).toOptionals(50), in);
            Optional<AccountId> account = draw(uuids().map(AccountId::new).toOptionals(50), in);
            Optional<DealId> deal = draw(uuids().map(DealId::new).toOptionals(50), in);
            if (contact.isEmpty() && account.isEmpty() && deal.isEmpty()) {
                contact = Optional.of(new ContactId(draw(uuids(), in)));
            }
            Activity.Builder b = Activity.builder()
                    .id(new ActivityId(draw(uuids(), in)))
                    .type(type)
                    .subject(draw(names(255), in))
                    .body(draw(Generate.oneOf(names(255), strings().basicLatinAlphabet().ofLengthBetween(0, 2000))
                            .toOptionals(40), in))
                    .duration(draw(longs().between(0, 36_000).map(s -> Duration.ofSeconds(s)).toOptionals(50), in))
                    .outcome(draw(names(255).toOptionals(50), in))
                    .contact(contact)
                    .account(account)
                    .deal(deal)
                    .owner(draw(userIds().toOptionals(50), in))
                    .externalIds(draw(externalIds(), in))
                    .createdAt(created)
                    .updatedAt(draw(notBefore(created, 86_400 * 400L), in))
                    .version(draw(longs().between(0, 1000), in));
            if (type == ActivityType.TASK) {
                boolean done = draw(booleans().all(), in);
                b.dueAt(draw(instants(), in)).done(done);
                if (done) {
                    b.completedAt(draw(instants().toOptionals(40), in));
                }
                b.occurredAt(draw(instants().toOptionals(70), in));
            } else {
                b.occurredAt(draw(instants(), in));
                b.dueAt(draw(instants().toOptionals(80), in));
                b.completedAt(draw(instants().toOptionals(80), in));
            }
            return b.build();
        };
    }

    /** A stage of the given kind with the given key. */
    public static Gen<Stage> stages(String key, StageKind kind) {
        return in -> {
            Stage.Builder b = Stage.builder().key(key).name(draw(names(100), in)).kind(kind)
                    .rottingDays(draw(integers().between(0, 60), in));
            List<StageRequirement> required = new ArrayList<>();
            for (StageRequirement r : REQUIREMENTS) {
                if (draw(integers().between(0, 4), in) == 0) {
                    required.add(r);
                }
            }
            b.requiredFields(required);
            switch (kind) {
                case WON -> b.defaultProbability(Percentage.HUNDRED_PERCENT);
                case LOST -> b.defaultProbability(Percentage.ZERO);
                case OPEN -> b.defaultProbability(draw(percentages(), in))
                        .defaultForecastCategory(draw(Generate.pick(OPEN_CATEGORIES), in));
            }
            return b.build();
        };
    }

    /** Stages of any kind. */
    public static Gen<Stage> stages() {
        return stageKeys().zip(Generate.enumValues(StageKind.class), Generators::stages).flatMap(g -> g);
    }

    /**
     * Pipelines of 1-6 open, 1-2 won and 1-2 lost stages in random order (closed stages may sit between
     * open ones), random gates, rotting thresholds, any transition policy, and re-opening allowed or not.
     */
    public static Gen<Pipeline> pipelines() {
        return in -> {
            List<Stage> stages = new ArrayList<>();
            int open = draw(integers().between(1, 6), in);
            int won = draw(integers().between(1, 2), in);
            int lost = draw(integers().between(1, 2), in);
            int n = 0;
            for (int i = 0; i < open; i++) {
                stages.add(draw(stages(uniqueKey(n++, in), StageKind.OPEN), in));
            }
            for (int i = 0; i < won; i++) {
                stages.add(draw(stages(uniqueKey(n++, in), StageKind.WON), in));
            }
            for (int i = 0; i < lost; i++) {
                stages.add(draw(stages(uniqueKey(n++, in), StageKind.LOST), in));
            }
            // Fisher-Yates with drawn indexes, so shrinking can reorder too.
            for (int i = stages.size() - 1; i > 0; i--) {
                Collections.swap(stages, i, draw(integers().between(0, i), in));
            }
            Instant created = draw(instants(), in);
            return Pipeline.builder()
                    .id(new PipelineId(draw(uuids(), in)))
                    .name(draw(names(100), in))
                    .stages(stages)
                    .transitionPolicy(draw(transitionPolicies(stages.stream().map(Stage::key).toList()), in))
                    .allowReopen(draw(booleans().all(), in))
                    .createdAt(created)
                    .updatedAt(draw(notBefore(created, 86_400 * 400L), in))
                    .version(draw(longs().between(0, 1000), in))
                    .build();
        };
    }

    private static String uniqueKey(int index, RandomnessSource in) {
        return "s" + index + draw(stringsFrom(LOWER_DIGITS + "_-", 0, 8), in);
    }

    /** Any-to-any, forward-only, or a random graph over {@code keys}. */
    public static Gen<TransitionPolicy> transitionPolicies(List<String> keys) {
        Gen<TransitionPolicy> graph = in -> {
            Map<String, Set<String>> edges = new LinkedHashMap<>();
            for (String from : keys) {
                if (draw(integers().between(0, 5), in) == 0) {
                    continue;
                }
                Set<String> targets = new LinkedHashSet<>();
                for (String to : keys) {
                    if (draw(integers().between(0, 2), in) == 0) {
                        targets.add(to);
                    }
                }
                edges.put(from, targets);
            }
            return new TransitionPolicy.Graph(edges);
        };
        return Generate.oneOf(Generate.constant(TransitionPolicy.ANY_TO_ANY), Generate.constant(TransitionPolicy.FORWARD_ONLY), graph);
    }
}
