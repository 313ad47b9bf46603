package dev.crmkit.core.scoring;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.contact.LifecycleStage;
import dev.crmkit.core.model.shared.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * When a {@link ScoringRule} fires. Fit rules use the property conditions ({@link Equals}, {@link In},
 * {@link Range}, {@link Exists}, {@link Missing}) over a {@link PropertyPath}; engagement rules use
 * {@link EventCount}. Conditions validate themselves when created and throw {@link ValidationException}
 * naming the offending field. In JSON a condition is an object with a {@code type}:
 * {@code equals}, {@code in}, {@code range}, {@code exists}, {@code missing} or {@code event_count}.
 *
 * <p>How values compare:
 * <ul>
 * <li>Text is compared ignoring case ({@code "software"} equals {@code "Software"}).</li>
 * <li>Numbers ({@code account.employeeCount}, number custom properties) are compared by value as
 * {@code double}s, so {@code "50"} equals {@code 50.0}.</li>
 * <li>A lifecycle stage is compared by name; the model's values must be {@link LifecycleStage} names.</li>
 * <li>Money is only compared by {@link Range} with a currency; an amount in another currency does not match.</li>
 * <li>A custom property is compared by its type: a number numerically (when the model value is a number),
 * a money amount like money, anything else by its text ({@code PropertyValue.asText()}) ignoring case.</li>
 * <li>A missing value matches only {@link Missing}.</li>
 * </ul>
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Condition.Equals.class, name = "equals"),
    @JsonSubTypes.Type(value = Condition.In.class, name = "in"),
    @JsonSubTypes.Type(value = Condition.Range.class, name = "range"),
    @JsonSubTypes.Type(value = Condition.Exists.class, name = "exists"),
    @JsonSubTypes.Type(value = Condition.Missing.class, name = "missing"),
    @JsonSubTypes.Type(value = Condition.EventCount.class, name = "event_count")
})
public sealed interface Condition {

    /** A short text for people, e.g. {@code account.employeeCount between 50 and 999}. */
    String describe();

    /** The property value equals {@code value}. @param path the property @param value the value (text) */
    record Equals(PropertyPath path, String value) implements Condition {
        public Equals {
            ValidationException.check(path != null, "path", null, "is required");
            ValidationException.check(value != null, "value", null, "is required");
            checkComparable(path, "value", value);
        }

        @Override
        public String describe() {
            return path + " = " + value;
        }
    }

    /** The property value is one of {@code values}. @param path the property @param values 1 or more values */
    record In(PropertyPath path, List<String> values) implements Condition {
        public In {
            ValidationException.check(path != null, "path", null, "is required");
            ValidationException.check(values != null && !values.isEmpty(), "values", null, "must list at least one value");
            List<String> copy = new ArrayList<>(values.size());
            for (int i = 0; i < values.size(); i++) {
                String v = values.get(i);
                ValidationException.check(v != null, "values[" + i + "]", null, "is required");
                checkComparable(path, "values[" + i + "]", v);
                copy.add(v);
            }
            values = Collections.unmodifiableList(copy);
        }

        @Override
        public String describe() {
            return path + " in " + values;
        }
    }

    /**
     * The property value is a number within {@code [min, max]}, both bounds inclusive; a missing bound is
     * open. Money needs {@code currency} and matches only amounts in that currency.
     *
     * @param path     the property (a number, money or custom property)
     * @param min      the smallest matching value
     * @param max      the largest matching value
     * @param currency ISO 4217 code; required for {@code account.annualRevenue}, not allowed for plain numbers
     */
    record Range(PropertyPath path, Optional<BigDecimal> min, Optional<BigDecimal> max, Optional<String> currency)
            implements Condition {
        public Range {
            ValidationException.check(path != null, "path", null, "is required");
            min = min == null ? Optional.empty() : min;
            max = max == null ? Optional.empty() : max;
            currency = currency == null ? Optional.empty() : currency.map(c -> Money.currency(c).getCurrencyCode());
            ValidationException.check(min.isPresent() || max.isPresent(), "min", null, "a range needs a min, a max or both");
            if (min.isPresent() && max.isPresent()) {
                ValidationException.check(min.get().compareTo(max.get()) <= 0, "max", max.get().toPlainString(),
                        "must not be below min (" + min.get().toPlainString() + ")");
            }
            switch (path.kind()) {
                case TEXT, LIFECYCLE_STAGE -> throw new ValidationException("path", path.value(),
                        "holds " + path.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ", which has no range");
                case NUMBER -> ValidationException.check(currency.isEmpty(), "currency", currency.orElse(null),
                        "only money has a currency; " + path + " is a number");
                case MONEY -> ValidationException.check(currency.isPresent(), "currency", null,
                        "is required to compare " + path);
                case CUSTOM -> {
                    // A custom property's type is only known per lead: numbers compare without a currency,
                    // money amounts only in the given currency.
                }
                default -> throw new IllegalStateException(path.kind().name());
            }
        }

        @Override
        public String describe() {
            String unit = currency.map(c -> " " + c).orElse("");
            if (min.isPresent() && max.isPresent()) {
                return path + " between " + min.get().toPlainString() + " and " + max.get().toPlainString() + unit;
            }
            return min.map(m -> path + " >= " + m.toPlainString() + unit)
                    .orElseGet(() -> path + " <= " + max.orElseThrow().toPlainString() + unit);
        }
    }

    /** The property has a value. @param path the property */
    record Exists(PropertyPath path) implements Condition {
        public Exists {
            ValidationException.check(path != null, "path", null, "is required");
        }

        @Override
        public String describe() {
            return path + " is set";
        }
    }

    /** The property has no value (or the lead has no account, for account paths). @param path the property */
    record Missing(PropertyPath path) implements Condition {
        public Missing {
            ValidationException.check(path != null, "path", null, "is required");
        }

        @Override
        public String describe() {
            return path + " is not set";
        }
    }

    /**
     * At least {@code atLeast} engagement events of {@code kind}, whose attributes include every
     * {@code where} entry (values compared ignoring case), happened within {@code window} before the
     * scoring moment (all time when absent). An event exactly {@code window} old is inside.
     *
     * @param kind    the event kind, e.g. {@code page_view} or {@code activity.meeting}
     * @param where   attribute values the events must have
     * @param window  how far back events count
     * @param atLeast the minimum number of matching events, 1 or more
     */
    record EventCount(String kind, Map<String, String> where, Optional<Duration> window, int atLeast)
            implements Condition {
        public EventCount {
            kind = EngagementEvent.requireKind("kind", kind);
            TreeMap<String, String> sorted = new TreeMap<>();
            if (where != null) {
                for (Map.Entry<String, String> e : where.entrySet()) {
                    String key = ValidationException.requireText("where", e.getKey(), 64);
                    ValidationException.check(key.equals(e.getKey()), "where", e.getKey(), "must not have surrounding spaces");
                    ValidationException.check(e.getValue() != null, "where." + key, null, "is required");
                    sorted.put(key, e.getValue());
                }
            }
            where = Collections.unmodifiableMap(sorted);
            window = window == null ? Optional.empty() : window;
            window.ifPresent(w -> ValidationException.check(!w.isNegative() && !w.isZero(), "window", w, "must be positive"));
            ValidationException.check(atLeast >= 1, "atLeast", atLeast, "must be at least 1");
        }

        /** Reads JSON, where {@code atLeast} defaults to 1. */
        @JsonCreator
        static EventCount fromJson(@JsonProperty("kind") String kind, @JsonProperty("where") Map<String, String> where,
                                   @JsonProperty("window") Optional<Duration> window, @JsonProperty("atLeast") Integer atLeast) {
            return new EventCount(kind, where, window, atLeast == null ? 1 : atLeast);
        }

        @Override
        public String describe() {
            StringBuilder text = new StringBuilder();
            text.append(atLeast == 1 ? "a " : "at least " + atLeast + " ").append(kind).append(atLeast == 1 ? " event" : " events");
            if (!where.isEmpty()) {
                text.append(" with ").append(where);
            }
            window.ifPresent(w -> text.append(" within ").append(Durations.describe(w)));
            return text.toString();
        }
    }

    /** {@code path} equals {@code value}. */
    static Equals equalTo(String path, String value) {
        return new Equals(PropertyPath.of(path), value);
    }

    /** {@code path} is one of {@code values}. */
    static In in(String path, String... values) {
        return new In(PropertyPath.of(path), List.of(values));
    }

    /** {@code min <= path <= max}; a {@code null} bound is open. */
    static Range between(String path, BigDecimal min, BigDecimal max) {
        return new Range(PropertyPath.of(path), Optional.ofNullable(min), Optional.ofNullable(max), Optional.empty());
    }

    /** {@code min <= path <= max} in {@code currency}; a {@code null} bound is open. */
    static Range between(String path, BigDecimal min, BigDecimal max, String currency) {
        return new Range(PropertyPath.of(path), Optional.ofNullable(min), Optional.ofNullable(max), Optional.of(currency));
    }

    /** {@code path} has a value. */
    static Exists exists(String path) {
        return new Exists(PropertyPath.of(path));
    }

    /** {@code path} has no value. */
    static Missing missing(String path) {
        return new Missing(PropertyPath.of(path));
    }

    /** At least {@code atLeast} events of {@code kind} within {@code window} ({@code null}: all time). */
    static EventCount events(String kind, int atLeast, Duration window) {
        return new EventCount(kind, Map.of(), Optional.ofNullable(window), atLeast);
    }

    /** At least {@code atLeast} events of {@code kind} with the {@code where} attributes within {@code window}. */
    static EventCount events(String kind, Map<String, String> where, int atLeast, Duration window) {
        return new EventCount(kind, where, Optional.ofNullable(window), atLeast);
    }

    /** Whether this condition reads engagement events rather than properties. */
    default boolean readsEvents() {
        return this instanceof EventCount;
    }

    /** The property path of a property condition, empty for {@link EventCount}. */
    default Optional<PropertyPath> propertyPath() {
        if (this instanceof Equals c) {
            return Optional.of(c.path());
        } else if (this instanceof In c) {
            return Optional.of(c.path());
        } else if (this instanceof Range c) {
            return Optional.of(c.path());
        } else if (this instanceof Exists c) {
            return Optional.of(c.path());
        } else if (this instanceof Missing c) {
            return Optional.of(c.path());
        }
        return Optional.empty();
    }

    private static void checkComparable(PropertyPath path, String field, String value) {
        switch (path.kind()) {
            case NUMBER -> ValidationException.check(Numbers.parse(value) != null, field, value,
                    "must be a number to compare with " + path);
            case LIFECYCLE_STAGE -> ValidationException.check(Stages.parse(value) != null, field, value,
                    "is not a lifecycle stage; one of " + java.util.Arrays.toString(LifecycleStage.values()));
            case MONEY -> throw new ValidationException("path", path.value(),
                    "holds money; compare it with a range that names a currency");
            case TEXT, CUSTOM -> Objects.requireNonNull(value);
            default -> throw new IllegalStateException(path.kind().name());
        }
    }
}
