package dev.crmkit.imports.mapping;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.crmkit.core.error.ValidationException;
import java.util.List;
import java.util.Optional;

/**
 * How one target field is filled from a row. The value is read, then cleaned, then converted:
 * <ol>
 *   <li>read: the cell of {@code column}; or, with {@code columns}, the first of them whose value is not empty
 *       after steps 2-4; or the {@code constant};</li>
 *   <li>transforms, in order ({@code trim}, {@code lower}, {@code upper}, {@code collapse-spaces});</li>
 *   <li>placeholders: a value that is blank or equals (ignoring case and surrounding spaces) one of the
 *       mapping's or this field's {@code emptyValues} is empty;</li>
 *   <li>{@code split} cuts the value into several (multi-valued targets); each part is trimmed, and empty
 *       parts and placeholders are dropped;</li>
 *   <li>{@code map} translates each value; then {@code ifEmpty} replaces an empty value;</li>
 *   <li>conversion to the target's type, using {@code date}, {@code number}, {@code money} or {@code boolean}.</li>
 * </ol>
 * An empty value clears the target field (on update too); a required target (an account's or deal's name, a
 * deal's stage) rejects the row.
 *
 * @param column        the source column
 * @param columns       source columns tried in order (instead of {@code column})
 * @param constant      a fixed value (instead of a column)
 * @param optional      whether the column may be missing from the file (it then reads as empty); by default a
 *                      missing column stops the import before the first row
 * @param transforms    text clean-ups
 * @param emptyValues   further placeholder values for this field
 * @param split         the separator of multi-valued cells, e.g. {@code ";"}
 * @param map           value translation
 * @param ifEmpty       the value used when the cell is empty
 * @param date          date format (date and moment targets)
 * @param number        number format (numbers and money)
 * @param money         currency (money targets)
 * @param booleanSpec   yes/no words (boolean targets)
 * @param type          for {@code properties.KEY}: {@code string}, {@code number}, {@code boolean}, {@code date},
 *                      {@code enumeration} or {@code money}
 * @param allowedValues for enumeration properties created by the import: the options, in order (values met
 *                      later are appended)
 * @param label         for properties created by the import: the label (default: the column name)
 * @param lookup        for references: how the cell names the other record
 */
public record FieldSpec(Optional<String> column, List<String> columns, Optional<String> constant, boolean optional,
                        List<Transform> transforms, List<String> emptyValues, Optional<String> split,
                        Optional<ValueMap> map, Optional<String> ifEmpty, Optional<DateSpec> date,
                        Optional<NumberSpec> number, Optional<MoneySpec> money,
                        @JsonProperty("boolean") Optional<BooleanSpec> booleanSpec, Optional<String> type,
                        List<String> allowedValues, Optional<String> label, Optional<LookupSpec> lookup) {

    /** Fills defaults and checks that exactly one source is given. @throws ValidationException otherwise */
    public FieldSpec {
        column = column == null ? Optional.empty() : column;
        columns = columns == null ? List.of() : List.copyOf(columns);
        constant = constant == null ? Optional.empty() : constant;
        transforms = transforms == null ? List.of() : List.copyOf(transforms);
        emptyValues = emptyValues == null ? List.of() : List.copyOf(emptyValues);
        split = split == null ? Optional.empty() : split;
        map = map == null ? Optional.empty() : map;
        ifEmpty = ifEmpty == null ? Optional.empty() : ifEmpty;
        date = date == null ? Optional.empty() : date;
        number = number == null ? Optional.empty() : number;
        money = money == null ? Optional.empty() : money;
        booleanSpec = booleanSpec == null ? Optional.empty() : booleanSpec;
        type = type == null ? Optional.empty() : type;
        allowedValues = allowedValues == null ? List.of() : List.copyOf(allowedValues);
        label = label == null ? Optional.empty() : label;
        lookup = lookup == null ? Optional.empty() : lookup;
        int sources = (column.isPresent() ? 1 : 0) + (columns.isEmpty() ? 0 : 1) + (constant.isPresent() ? 1 : 0);
        ValidationException.check(sources == 1, "column", null, "give exactly one of column, columns or constant");
        column.ifPresent(c -> ValidationException.check(!c.isEmpty(), "column", c, "must not be empty"));
        split.ifPresent(s -> ValidationException.check(!s.isEmpty(), "split", s, "must not be empty"));
    }

    /** A field read from one column without further settings. */
    public static FieldSpec column(String column) {
        return builder().column(column).build();
    }

    /** A field with a fixed value. */
    public static FieldSpec constant(String value) {
        return builder().constant(value).build();
    }

    /** The columns the field reads: {@code column}, {@code columns} and the money spec's currency column. */
    public List<String> sourceColumns() {
        List<String> all = new java.util.ArrayList<>(columns);
        column.ifPresent(all::add);
        money.flatMap(MoneySpec::currencyColumn).ifPresent(all::add);
        return List.copyOf(all);
    }

    /** A builder for mappings written in code. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link FieldSpec}; every setter is optional. */
    public static final class Builder {
        private Optional<String> column = Optional.empty();
        private List<String> columns = List.of();
        private Optional<String> constant = Optional.empty();
        private boolean optional;
        private List<Transform> transforms = List.of();
        private List<String> emptyValues = List.of();
        private Optional<String> split = Optional.empty();
        private Optional<ValueMap> map = Optional.empty();
        private Optional<String> ifEmpty = Optional.empty();
        private Optional<DateSpec> date = Optional.empty();
        private Optional<NumberSpec> number = Optional.empty();
        private Optional<MoneySpec> money = Optional.empty();
        private Optional<BooleanSpec> booleanSpec = Optional.empty();
        private Optional<String> type = Optional.empty();
        private List<String> allowedValues = List.of();
        private Optional<String> label = Optional.empty();
        private Optional<LookupSpec> lookup = Optional.empty();

        private Builder() {
        }

        /** @see FieldSpec#column() */
        public Builder column(String value) {
            this.column = Optional.of(value);
            return this;
        }

        /** @see FieldSpec#columns() */
        public Builder columns(List<String> value) {
            this.columns = value;
            return this;
        }

        /** @see FieldSpec#constant() */
        public Builder constant(String value) {
            this.constant = Optional.of(value);
            return this;
        }

        /** @see FieldSpec#optional() */
        public Builder optional(boolean value) {
            this.optional = value;
            return this;
        }

        /** @see FieldSpec#transforms() */
        public Builder transforms(List<Transform> value) {
            this.transforms = value;
            return this;
        }

        /** @see FieldSpec#emptyValues() */
        public Builder emptyValues(List<String> value) {
            this.emptyValues = value;
            return this;
        }

        /** @see FieldSpec#split() */
        public Builder split(String value) {
            this.split = Optional.of(value);
            return this;
        }

        /** @see FieldSpec#map() */
        public Builder map(ValueMap value) {
            this.map = Optional.of(value);
            return this;
        }

        /** @see FieldSpec#ifEmpty() */
        public Builder ifEmpty(String value) {
            this.ifEmpty = Optional.of(value);
            return this;
        }

        /** @see FieldSpec#date() */
        public Builder date(DateSpec value) {
            this.date = Optional.of(value);
            return this;
        }

        /** @see FieldSpec#number() */
        public Builder number(NumberSpec value) {
            this.number = Optional.of(value);
            return this;
        }

        /** @see FieldSpec#money() */
        public Builder money(MoneySpec value) {
            this.money = Optional.of(value);
            return this;
        }

        /** @see FieldSpec#booleanSpec() */
        public Builder booleanSpec(BooleanSpec value) {
            this.booleanSpec = Optional.of(value);
            return this;
        }

        /** @see FieldSpec#type() */
        public Builder type(String value) {
            this.type = Optional.of(value);
            return this;
        }

        /** @see FieldSpec#allowedValues() */
        public Builder allowedValues(List<String> value) {
            this.allowedValues = value;
            return this;
        }

        /** @see FieldSpec#label() */
        public Builder label(String value) {
            this.label = Optional.of(value);
            return this;
        }

        /** @see FieldSpec#lookup() */
        public Builder lookup(LookupSpec value) {
            this.lookup = Optional.of(value);
            return this;
        }

        /** The spec. @throws ValidationException as the constructor does */
        public FieldSpec build() {
            return new FieldSpec(column, columns, constant, optional, transforms, emptyValues, split, map, ifEmpty, date,
                    number, money, booleanSpec, type, allowedValues, label, lookup);
        }
    }
}
