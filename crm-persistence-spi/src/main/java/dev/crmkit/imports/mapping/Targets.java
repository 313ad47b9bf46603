package dev.crmkit.imports.mapping;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.shared.Checks;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The target fields each object type offers, and the settings each kind of target accepts. */
public final class Targets {
    /** Prefix of custom-property targets: {@code properties.KEY}. */
    public static final String PROPERTIES_PREFIX = "properties.";

    private static final Map<ImportObject, Map<String, TargetKind>> CATALOGUE = new EnumMap<>(ImportObject.class);

    static {
        Map<String, TargetKind> contacts = new LinkedHashMap<>();
        contacts.put("firstName", TargetKind.TEXT);
        contacts.put("lastName", TargetKind.TEXT);
        contacts.put("fullName", TargetKind.FULL_NAME);
        contacts.put("email", TargetKind.EMAIL);
        contacts.put("otherEmails", TargetKind.EMAILS);
        contacts.put("phones", TargetKind.PHONES);
        contacts.put("title", TargetKind.TEXT);
        contacts.put("leadSource", TargetKind.TEXT);
        contacts.put("lifecycleStage", TargetKind.LIFECYCLE_STAGE);
        contacts.put("owner", TargetKind.USER);
        contacts.put("marketingEmailOptIn", TargetKind.BOOLEAN);
        contacts.put("doNotEmail", TargetKind.BOOLEAN);
        contacts.put("doNotCall", TargetKind.BOOLEAN);
        contacts.put("account", TargetKind.ACCOUNT_REFERENCE);
        contacts.put("createdAt", TargetKind.INSTANT);
        CATALOGUE.put(ImportObject.CONTACTS, Map.copyOf(contacts));

        Map<String, TargetKind> accounts = new LinkedHashMap<>();
        accounts.put("name", TargetKind.TEXT);
        accounts.put("domain", TargetKind.DOMAIN);
        accounts.put("industry", TargetKind.TEXT);
        accounts.put("employeeCount", TargetKind.INTEGER);
        accounts.put("annualRevenue", TargetKind.MONEY);
        accounts.put("country", TargetKind.COUNTRY);
        accounts.put("owner", TargetKind.USER);
        accounts.put("parent", TargetKind.ACCOUNT_REFERENCE);
        accounts.put("createdAt", TargetKind.INSTANT);
        CATALOGUE.put(ImportObject.ACCOUNTS, Map.copyOf(accounts));

        Map<String, TargetKind> deals = new LinkedHashMap<>();
        deals.put("name", TargetKind.TEXT);
        deals.put("stage", TargetKind.STAGE);
        deals.put("amount", TargetKind.MONEY);
        deals.put("expectedCloseDate", TargetKind.DATE);
        deals.put("owner", TargetKind.USER);
        deals.put("source", TargetKind.TEXT);
        deals.put("account", TargetKind.ACCOUNT_REFERENCE);
        deals.put("contacts", TargetKind.CONTACT_REFERENCES);
        deals.put("lostReason", TargetKind.TEXT);
        deals.put("createdAt", TargetKind.INSTANT);
        deals.put("closedAt", TargetKind.INSTANT);
        CATALOGUE.put(ImportObject.DEALS, Map.copyOf(deals));
    }

    private static final Map<ImportObject, Set<String>> REQUIRED = Map.of(
            ImportObject.CONTACTS, Set.of(),
            ImportObject.ACCOUNTS, Set.of("name"),
            ImportObject.DEALS, Set.of("name", "stage"));

    private Targets() {
    }

    /** The standard target names of an object type (custom properties come on top). */
    public static Set<String> names(ImportObject object) {
        return CATALOGUE.get(object).keySet();
    }

    /** The targets a mapping of this object type must map. */
    public static Set<String> required(ImportObject object) {
        return REQUIRED.get(object);
    }

    /** The kind of a target, or empty when the object type has no such target. */
    public static Optional<TargetKind> kindOf(ImportObject object, String target) {
        if (target.startsWith(PROPERTIES_PREFIX)) {
            return Optional.of(TargetKind.PROPERTY);
        }
        return Optional.ofNullable(CATALOGUE.get(object).get(target));
    }

    /** The property key of a {@code properties.KEY} target. */
    public static String propertyKey(String target) {
        return target.substring(PROPERTIES_PREFIX.length());
    }

    /**
     * Checks that a field's settings suit its target.
     *
     * @param path the JSON path of the field for messages, e.g. {@code fields.email}
     * @throws ValidationException naming {@code path.setting} for an unknown target or a setting the target
     *                             does not accept
     */
    static void check(ImportObject object, String target, FieldSpec spec, String path) {
        TargetKind kind = kindOf(object, target).orElseThrow(() -> new ValidationException(path, target,
                "is not a target of " + object.jsonName() + " (targets: " + names(object) + " and properties.KEY)"));
        Optional<String> propertyType = Optional.empty();
        if (kind == TargetKind.PROPERTY) {
            Checks.requirePropertyKey(path, propertyKey(target));
            String type = spec.type().orElseThrow(() -> new ValidationException(path + ".type", null,
                    "a property needs a type: string, number, boolean, date, enumeration or money"));
            ValidationException.check(Set.of("string", "number", "boolean", "date", "enumeration", "money").contains(type),
                    path + ".type", type, "must be string, number, boolean, date, enumeration or money");
            propertyType = Optional.of(type);
        } else {
            ValidationException.check(spec.type().isEmpty(), path + ".type", spec.type().orElse(null), "only properties have a type");
            ValidationException.check(spec.allowedValues().isEmpty(), path + ".allowedValues", spec.allowedValues(),
                    "only enumeration properties have allowed values");
            ValidationException.check(spec.label().isEmpty(), path + ".label", spec.label().orElse(null), "only properties have a label");
        }
        String type = propertyType.orElse("");
        allow(spec.split().isPresent(), Set.of(TargetKind.EMAIL, TargetKind.EMAILS, TargetKind.PHONES,
                TargetKind.CONTACT_REFERENCES).contains(kind), path + ".split");
        allow(spec.date().isPresent(), kind == TargetKind.DATE || kind == TargetKind.INSTANT || type.equals("date"), path + ".date");
        allow(spec.number().isPresent(), kind == TargetKind.INTEGER || kind == TargetKind.MONEY || type.equals("number")
                || type.equals("money"), path + ".number");
        allow(spec.money().isPresent(), kind == TargetKind.MONEY || type.equals("money"), path + ".money");
        allow(spec.booleanSpec().isPresent(), kind == TargetKind.BOOLEAN || type.equals("boolean"), path + ".boolean");
        allow(!spec.allowedValues().isEmpty(), type.equals("enumeration"), path + ".allowedValues");
        allow(spec.lookup().isPresent(), kind == TargetKind.ACCOUNT_REFERENCE || kind == TargetKind.CONTACT_REFERENCES,
                path + ".lookup");
        spec.lookup().ifPresent(lookup -> {
            LookupBy by = lookup.by().orElse(defaultLookup(kind));
            if (kind == TargetKind.ACCOUNT_REFERENCE) {
                ValidationException.check(by != LookupBy.EMAIL, path + ".lookup.by", by.jsonName(),
                        "accounts are found by externalId, name or domain");
            } else {
                ValidationException.check(by == LookupBy.EMAIL || by == LookupBy.EXTERNAL_ID,
                        path + ".lookup.by", by.jsonName(), "contacts are found by email or externalId");
            }
        });
    }

    /** How a reference target finds records when its lookup does not say: accounts by external id, contacts by email. */
    public static LookupBy defaultLookup(TargetKind kind) {
        return kind == TargetKind.CONTACT_REFERENCES ? LookupBy.EMAIL : LookupBy.EXTERNAL_ID;
    }

    private static void allow(boolean present, boolean allowed, String path) {
        ValidationException.check(!present || allowed, path, null, "this setting does not apply to this target");
    }
}
