package dev.crmkit.imports;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.contact.LifecycleStage;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.shared.AccountId;
import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.core.model.shared.DealId;
import dev.crmkit.core.model.shared.EmailAddress;
import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.PhoneNumber;
import dev.crmkit.core.model.shared.PipelineId;
import dev.crmkit.core.model.shared.PropertyValue;
import dev.crmkit.core.model.shared.UserId;
import dev.crmkit.core.tabular.TabularRecord;
import dev.crmkit.imports.mapping.BooleanSpec;
import dev.crmkit.imports.mapping.CountryNames;
import dev.crmkit.imports.mapping.DateSpec;
import dev.crmkit.imports.mapping.FieldSpec;
import dev.crmkit.imports.mapping.ImportMapping;
import dev.crmkit.imports.mapping.LookupBy;
import dev.crmkit.imports.mapping.LookupSpec;
import dev.crmkit.imports.mapping.MoneySpec;
import dev.crmkit.imports.mapping.NumberSpec;
import dev.crmkit.imports.mapping.PipelineSpec;
import dev.crmkit.imports.mapping.TargetKind;
import dev.crmkit.imports.mapping.Targets;
import dev.crmkit.imports.mapping.ValueParsers;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Turns one row into a {@link Draft} as a mapping says, without touching a store. Every failure is a
 * {@link ValidationException} naming the target field and the column; the draft is also built once as a
 * stand-alone record, so a row that could never be stored is rejected here.
 */
final class RowConverter {
    private static final UUID PREVIEW = new UUID(0, 1);

    private final ImportMapping mapping;
    private final Map<String, FieldReader> readers = new LinkedHashMap<>();
    private final Set<String> mapped;
    private final ZoneId zone;
    private final FieldReader externalIdReader;
    private final Optional<FieldReader> pipelineReader;

    RowConverter(ImportMapping mapping) {
        this.mapping = mapping;
        mapping.fields().forEach((target, spec) -> readers.put(target, new FieldReader(target, spec, mapping.emptyValues())));
        Set<String> targets = new HashSet<>(mapping.fields().keySet());
        FieldReader email = readers.get("email");
        if (email != null && email.spec().split().isPresent()) {
            targets.add("otherEmails");
        }
        this.mapped = Set.copyOf(targets);
        this.zone = ZoneId.of(mapping.defaults().timeZone());
        this.externalIdReader = new FieldReader("externalId", FieldSpec.column(mapping.externalId().column()),
                mapping.emptyValues());
        this.pipelineReader = mapping.pipeline().flatMap(PipelineSpec::column)
                .map(column -> new FieldReader("pipeline", FieldSpec.column(column), mapping.emptyValues()));
    }

    ImportMapping mapping() {
        return mapping;
    }

    /**
     * Converts a row.
     *
     * @throws ValidationException for the first value that cannot be converted or a record that is invalid
     */
    Draft convert(TabularRecord row) {
        return switch (mapping.object()) {
            case CONTACTS -> contact(row);
            case ACCOUNTS -> account(row);
            case DEALS -> deal(row);
        };
    }

    private ContactDraft contact(TabularRecord row) {
        ExternalId externalId = externalId(row);
        List<EmailAddress> emails = list("email", row, v -> EmailAddress.of(v));
        List<EmailAddress> others = new ArrayList<>(emails.size() > 1 ? emails.subList(1, emails.size()) : List.of());
        others.addAll(list("otherEmails", row, v -> EmailAddress.of(v)));
        Optional<String> fullName = text("fullName", row);
        Optional<String> first = text("firstName", row);
        Optional<String> last = text("lastName", row);
        if (fullName.isPresent()) {
            String[] parts = fullName.get().split("\\s+", 2);
            first = first.or(() -> Optional.of(parts[0]));
            last = last.or(() -> parts.length > 1 ? Optional.of(parts[1]) : Optional.empty());
        }
        Optional<String> region = mapping.defaults().phoneRegion();
        ContactDraft draft = new ContactDraft(externalId, mapped, first, last,
                emails.isEmpty() ? Optional.empty() : Optional.of(emails.get(0)), List.copyOf(distinct(others)),
                distinct(list("phones", row, v -> PhoneNumber.parse(v, region.orElse(null)))),
                text("title", row), text("leadSource", row),
                one("lifecycleStage", row, RowConverter::lifecycleStage),
                one("owner", row, UserId::of),
                bool("marketingEmailOptIn", row), bool("doNotEmail", row), bool("doNotCall", row),
                reference("account", row), instant("createdAt", row), properties(row));
        Assembly.contact(draft, Optional.empty(), new ContactId(PREVIEW), Instant.EPOCH, Optional.empty());
        return draft;
    }

    private AccountDraft account(TabularRecord row) {
        ExternalId externalId = externalId(row);
        AccountDraft draft = new AccountDraft(externalId, mapped, required("name", row),
                one("domain", row, Account::normalizeDomain), text("industry", row),
                one("employeeCount", row, v -> ValueParsers.integer("employeeCount", v, numberSpec("employeeCount"))),
                money("annualRevenue", row), one("country", row, v -> CountryNames.toAlpha2("country", v)),
                one("owner", row, UserId::of), reference("parent", row), instant("createdAt", row), properties(row));
        Assembly.account(draft, Optional.empty(), new AccountId(PREVIEW), Instant.EPOCH, Optional.empty());
        return draft;
    }

    private DealDraft deal(TabularRecord row) {
        ExternalId externalId = externalId(row);
        Optional<String> pipelineName = pipelineReader.flatMap(r -> r.value(row))
                .or(() -> mapping.pipeline().flatMap(PipelineSpec::name));
        ValidationException.check(pipelineName.isPresent(), "pipeline", null, "is required (column "
                + mapping.pipeline().flatMap(PipelineSpec::column).orElse("") + ")");
        List<Reference> contacts = new ArrayList<>();
        FieldReader contactReader = readers.get("contacts");
        if (contactReader != null) {
            for (String value : contactReader.values(row)) {
                contacts.add(toReference(contactReader, value));
            }
        }
        DealDraft draft = new DealDraft(externalId, mapped, required("name", row), pipelineName,
                required("stage", row), money("amount", row), one("expectedCloseDate", row,
                v -> ValueParsers.date("expectedCloseDate", v, dateSpec("expectedCloseDate"))),
                one("owner", row, UserId::of), text("source", row), reference("account", row), List.copyOf(contacts),
                text("lostReason", row), instant("createdAt", row), instant("closedAt", row), properties(row));
        preview(draft);
        return draft;
    }

    /** Builds the deal once with stand-in pipeline and moments, so invalid names and amounts fail here. */
    private static void preview(DealDraft d) {
        Instant created = d.createdAt().orElse(Instant.EPOCH);
        Deal.builder().id(new DealId(PREVIEW)).name(d.name()).pipeline(new PipelineId(PREVIEW)).stage(d.stage())
                .stageEnteredAt(created).createdAt(created).amount(d.amount()).expectedCloseDate(d.expectedCloseDate())
                .owner(d.owner()).source(d.source()).lostReason(d.lostReason())
                .properties(Assembly.properties(Map.of(), d.properties())).build();
    }

    private ExternalId externalId(TabularRecord row) {
        String id = externalIdReader.value(row).orElseThrow(() -> new ValidationException("externalId", null,
                "is required (column '" + mapping.externalId().column() + "')"));
        try {
            return ExternalId.of(mapping.externalId().source(), id);
        } catch (ValidationException e) {
            throw externalIdReader.invalid(id, e);
        }
    }

    private String required(String target, TabularRecord row) {
        FieldReader reader = readers.get(target);
        return reader.value(row).orElseThrow(() -> new ValidationException(target, null,
                "is required (" + reader.columnLabel() + ")"));
    }

    private Optional<String> text(String target, TabularRecord row) {
        return one(target, row, Function.identity());
    }

    private <T> Optional<T> one(String target, TabularRecord row, Function<String, T> conversion) {
        FieldReader reader = readers.get(target);
        if (reader == null) {
            return Optional.empty();
        }
        Optional<String> value = reader.value(row);
        return value.map(v -> convert(reader, v, conversion));
    }

    private <T> List<T> list(String target, TabularRecord row, Function<String, T> conversion) {
        FieldReader reader = readers.get(target);
        if (reader == null) {
            return List.of();
        }
        List<T> result = new ArrayList<>();
        for (String value : reader.values(row)) {
            result.add(convert(reader, value, conversion));
        }
        return result;
    }

    private Optional<Boolean> bool(String target, TabularRecord row) {
        FieldReader reader = readers.get(target);
        if (reader == null) {
            return Optional.empty();
        }
        BooleanSpec words = reader.spec().booleanSpec().orElse(BooleanSpec.DEFAULT);
        return one(target, row, v -> words.parse(target, v));
    }

    private Optional<Instant> instant(String target, TabularRecord row) {
        FieldReader reader = readers.get(target);
        if (reader == null) {
            return Optional.empty();
        }
        DateSpec spec = dateSpec(target);
        ZoneId fieldZone = spec.timeZone().map(ZoneId::of).orElse(zone);
        return one(target, row, v -> ValueParsers.instant(target, v, spec, fieldZone));
    }

    private Optional<Money> money(String target, TabularRecord row) {
        FieldReader reader = readers.get(target);
        if (reader == null) {
            return Optional.empty();
        }
        Optional<String> value = reader.value(row);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Currency currency = currency(reader, row);
        return Optional.of(convert(reader, value.get(), v -> ValueParsers.money(target, v, currency, numberSpec(target))));
    }

    private Currency currency(FieldReader reader, TabularRecord row) {
        String target = reader.target();
        MoneySpec spec = reader.spec().money().orElse(new MoneySpec(Optional.empty(), Optional.empty()));
        if (spec.currencyColumn().isPresent()) {
            String code = row.get(spec.currencyColumn().get());
            if (!reader.isEmpty(code)) {
                return convert(reader, code.strip(), v -> ValueParsers.currency(target, v));
            }
        }
        Optional<String> fixed = spec.currency().or(() -> mapping.defaults().currency());
        return fixed.map(Money::currency).orElseThrow(() -> new ValidationException(target, null,
                "has no currency (column '" + spec.currencyColumn().orElse("") + "' is empty and no fixed currency is set)"));
    }

    private Optional<Reference> reference(String target, TabularRecord row) {
        FieldReader reader = readers.get(target);
        if (reader == null) {
            return Optional.empty();
        }
        return reader.value(row).map(value -> toReference(reader, value));
    }

    private Reference toReference(FieldReader reader, String value) {
        TargetKind kind = Targets.kindOf(mapping.object(), reader.target()).orElseThrow();
        LookupSpec lookup = reader.spec().lookup().orElse(LookupSpec.DEFAULT);
        LookupBy by = lookup.by().orElse(Targets.defaultLookup(kind));
        String role = lookup.role().orElse(kind == TargetKind.CONTACT_REFERENCES ? "contact" : "employee");
        String normalized = switch (by) {
            case EMAIL -> convert(reader, value, v -> EmailAddress.of(v).matchKey());
            case DOMAIN -> convert(reader, value, Account::normalizeDomain);
            case NAME -> convert(reader, value, v -> ValidationException.requireText(reader.target(), v, 255));
            case EXTERNAL_ID -> convert(reader, value, v -> ExternalId.of("lookup", v).id());
        };
        return new Reference(by, lookup.source().orElse(mapping.externalId().source()), normalized, lookup.ifMissing(),
                role, reader.target());
    }

    private Map<String, Optional<PropertyValue>> properties(TabularRecord row) {
        Map<String, Optional<PropertyValue>> values = new LinkedHashMap<>();
        for (FieldReader reader : readers.values()) {
            if (!reader.target().startsWith(Targets.PROPERTIES_PREFIX)) {
                continue;
            }
            String target = reader.target();
            String type = reader.spec().type().orElseThrow();
            Optional<PropertyValue> value = switch (type) {
                case "money" -> money(target, row).map(PropertyValue::money);
                case "boolean" -> bool(target, row).map(PropertyValue::bool);
                default -> one(target, row, v -> propertyValue(reader, type, v));
            };
            values.put(Targets.propertyKey(target), value);
        }
        return values;
    }

    private PropertyValue propertyValue(FieldReader reader, String type, String value) {
        String target = reader.target();
        return switch (type) {
            case "string" -> PropertyValue.text(value);
            case "number" -> PropertyValue.number(ValueParsers.decimal(target, value, numberSpec(target)));
            case "date" -> PropertyValue.date(ValueParsers.date(target, value, dateSpec(target)));
            case "enumeration" -> PropertyValue.choice(value);
            default -> throw new IllegalStateException("the mapping admitted property type " + type);
        };
    }

    private NumberSpec numberSpec(String target) {
        return readers.get(target).spec().number().orElse(NumberSpec.DEFAULT);
    }

    private DateSpec dateSpec(String target) {
        return readers.get(target).spec().date().orElse(DateSpec.iso());
    }

    private static <T> T convert(FieldReader reader, String value, Function<String, T> conversion) {
        try {
            return conversion.apply(value);
        } catch (ValidationException e) {
            throw reader.invalid(value, e);
        }
    }

    private static LifecycleStage lifecycleStage(String value) {
        String name = value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        try {
            return LifecycleStage.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("lifecycleStage", value, "is not one of " + Arrays.toString(LifecycleStage.values()));
        }
    }

    private static <T> List<T> distinct(List<T> values) {
        return List.copyOf(new java.util.LinkedHashSet<>(values));
    }
}
