package dev.crmkit.core.model.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.crmkit.core.error.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The value of a custom property. Typed, so it can be validated against its
 * {@link dev.crmkit.core.model.property.PropertyDefinition} and stored in a column a database can filter on.
 * JSON: {@code {"type":"number","value":"12.5"}}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = PropertyValue.Text.class, name = "string"),
    @JsonSubTypes.Type(value = PropertyValue.Number.class, name = "number"),
    @JsonSubTypes.Type(value = PropertyValue.Bool.class, name = "boolean"),
    @JsonSubTypes.Type(value = PropertyValue.Date.class, name = "date"),
    @JsonSubTypes.Type(value = PropertyValue.Choice.class, name = "enumeration"),
    @JsonSubTypes.Type(value = PropertyValue.Amount.class, name = "money")
})
public sealed interface PropertyValue {

    /** The property type this value is of. */
    PropertyType type();

    /** The value as display text (also what full-text search and CSV export use). */
    String asText();

    /** A string of up to 4000 characters. @param value the text */
    record Text(String value) implements PropertyValue {
        public Text {
            ValidationException.check(value != null, "value", null, "is required");
            ValidationException.check(value.length() <= 4000, "value", value, "must be at most 4000 characters");
            ValidationException.requireWellFormed("value", value);
        }

        @Override
        public PropertyType type() {
            return PropertyType.STRING;
        }

        @Override
        public String asText() {
            return value;
        }
    }

    /** A decimal number. @param value the number */
    record Number(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal value) implements PropertyValue {
        public Number {
            ValidationException.check(value != null, "value", null, "is required");
        }

        @Override
        public PropertyType type() {
            return PropertyType.NUMBER;
        }

        @Override
        public String asText() {
            return value.toPlainString();
        }
    }

    /** A yes/no flag. @param value the flag */
    record Bool(boolean value) implements PropertyValue {
        @Override
        public PropertyType type() {
            return PropertyType.BOOLEAN;
        }

        @Override
        public String asText() {
            return Boolean.toString(value);
        }
    }

    /** A calendar date. @param value the date */
    record Date(LocalDate value) implements PropertyValue {
        public Date {
            ValidationException.check(value != null, "value", null, "is required");
        }

        @Override
        public PropertyType type() {
            return PropertyType.DATE;
        }

        @Override
        public String asText() {
            return value.toString();
        }
    }

    /** One of the allowed values of an enumeration property. @param value the option key */
    record Choice(String value) implements PropertyValue {
        public Choice {
            value = ValidationException.requireText("value", value, 255);
        }

        @Override
        public PropertyType type() {
            return PropertyType.ENUMERATION;
        }

        @Override
        public String asText() {
            return value;
        }
    }

    /** An amount of money. @param value the amount */
    record Amount(Money value) implements PropertyValue {
        @JsonCreator
        public Amount {
            ValidationException.check(value != null, "value", null, "is required");
        }

        @Override
        public PropertyType type() {
            return PropertyType.MONEY;
        }

        @Override
        public String asText() {
            return value.toString();
        }
    }

    /** A text value. */
    static PropertyValue text(String value) {
        return new Text(value);
    }

    /** A number value. */
    static PropertyValue number(BigDecimal value) {
        return new Number(value);
    }

    /** A boolean value. */
    static PropertyValue bool(boolean value) {
        return new Bool(value);
    }

    /** A date value. */
    static PropertyValue date(LocalDate value) {
        return new Date(value);
    }

    /** An enumeration value. */
    static PropertyValue choice(String value) {
        return new Choice(value);
    }

    /** A money value. */
    static PropertyValue money(Money value) {
        return new Amount(value);
    }
}
