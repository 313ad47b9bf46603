package dev.crmkit.examples.cli;

import dev.crmkit.CrmTenant;
import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.scoring.predictive.CategoricalFeature;
import dev.crmkit.core.scoring.predictive.FeatureSpec;
import dev.crmkit.core.scoring.predictive.LogisticRegressionSettings;
import dev.crmkit.core.scoring.predictive.NumericFeature;
import dev.crmkit.core.tabular.CsvFormat;
import dev.crmkit.core.tabular.Table;
import dev.crmkit.core.tabular.TabularRecord;
import dev.crmkit.insight.LeadColumns;
import dev.crmkit.insight.LeadLabelling;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * The labelled records to train or evaluate a lead-scoring model on (a picocli mixin): a CSV file
 * ({@code --csv FILE --label COLUMN}), or the contacts in the store ({@code --from-store}: the records of the
 * façade's {@link dev.crmkit.Scoring#leadRecords}, labelled {@value LeadColumns#CONVERTED} = {@code true} for
 * contacts that converted, with the columns of {@link LeadColumns}); and the {@link FeatureSpec} inferred from
 * their columns.
 *
 * <p>Inference: every column except the label and the excluded ones becomes a feature. A column is
 * <em>numeric</em> when every non-empty value (after removing the placeholders) parses as a plain decimal
 * number (the parser of {@link NumericFeature}: {@code 2.67}, {@code -36.4}, {@code 1e3}); otherwise it is
 * <em>categorical</em> (one-hot, case-folded, levels seen fewer than {@code --min-frequency} times grouped as
 * {@code (other)}, blanks and placeholders as one {@code (missing)} level). Columns with no value at all are
 * left out. Numeric columns treat placeholders as missing (median-imputed).
 */
final class TrainingData {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    /** Where the records come from: exactly one of the two. */
    static final class Source {
        @Option(names = "--csv", required = true, paramLabel = "FILE", description = "A CSV file, header row first.")
        Path csv;

        @Option(names = "--from-store", required = true,
                description = "The contacts in the store, labelled converted or not (see docs/cli.md).")
        boolean fromStore;
    }

    @Option(names = "--label", paramLabel = "COLUMN", description = "The outcome column (required with --csv).")
    String label;

    @Option(names = "--positive", split = ",", paramLabel = "VALUE",
            description = "Label value(s) meaning a positive outcome. Default: 1, yes or true when the label has "
                    + "two values and one of them is one of those.")
    List<String> positive;

    @Option(names = "--exclude", split = ",", paramLabel = "COLUMN",
            description = "Columns not to learn from (identifiers, fields that leak the outcome).")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--separator", defaultValue = ",", paramLabel = "CHAR",
            description = "Field separator: one character, or 'tab'. Default: ${DEFAULT-VALUE}")
    String separator;

    @Option(names = "--missing", split = ",", paramLabel = "VALUE",
            description = "Values that mean 'missing' in every column (e.g. Select).")
    List<String> missing = new ArrayList<>();

    @Option(names = "--min-frequency", defaultValue = "5", paramLabel = "N",
            description = "Categorical levels seen fewer times are grouped as (other). Default: ${DEFAULT-VALUE}")
    int minFrequency;

    @Option(names = "--lambda", defaultValue = "1.0", paramLabel = "L",
            description = "L2 penalty of the logistic regression (1.0 matches scikit-learn's C=1). Default: ${DEFAULT-VALUE}")
    double lambda;

    /** The CSV format of {@code --separator}. */
    CsvFormat format(CommandLine commandLine) {
        String text = separator.equalsIgnoreCase("tab") ? "\t" : separator;
        if (text.length() != 1) {
            throw new CommandLine.ParameterException(commandLine, "--separator must be one character or 'tab', not '" + separator + "'");
        }
        return CsvFormat.rfc4180().withSeparator(text.charAt(0));
    }

    /**
     * Labelled records, their name for reports, the label column and its positive values.
     *
     * @param name     the file name, or "the store's contacts"
     * @param table    the records
     * @param label    the outcome column
     * @param positive the values of the label that mean a positive outcome
     */
    record Dataset(String name, Table table, String label, List<String> positive) {
    }

    /**
     * Reads the records into memory: the CSV file, or the store's labelled contacts.
     *
     * @param tenant opens the store (only for {@code --from-store})
     * @throws CommandLine.ParameterException (usage) when the file does not exist, lacks the label or an excluded
     *                                        column, or the positive value cannot be told
     * @throws dev.crmkit.core.tabular.CsvFormatException when the file is not valid CSV
     */
    Dataset read(CommandLine commandLine, Supplier<CrmTenant> tenant) {
        Table table;
        String name;
        String outcome;
        if (source.fromStore) {
            if (label != null || positive != null) {
                throw new CommandLine.ParameterException(commandLine, "--label and --positive go with --csv; the store's "
                        + "records are labelled " + LeadColumns.CONVERTED + " = true");
            }
            List<TabularRecord> records = tenant.get().scoring().leadRecords(LeadLabelling.defaults());
            Set<String> columns = new LinkedHashSet<>();
            records.forEach(r -> columns.addAll(r.columns()));
            table = Table.of(List.copyOf(columns), records);
            name = "the store's contacts";
            outcome = LeadColumns.CONVERTED;
        } else {
            if (label == null) {
                throw new CommandLine.ParameterException(commandLine, "--label COLUMN is required with --csv");
            }
            ImportCommand.existingFile(commandLine, source.csv);
            try (Reader reader = Files.newBufferedReader(source.csv, StandardCharsets.UTF_8)) {
                table = Table.readCsv(reader, format(commandLine));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + source.csv + ": " + e.getMessage(), e);
            }
            name = source.csv.getFileName().toString();
            outcome = label;
        }
        if (!table.columns().contains(outcome)) {
            throw new CommandLine.ParameterException(commandLine, source.fromStore
                    ? "the store has no contact whose outcome is known yet (see docs/cli.md, score train --from-store)"
                    : "--label " + label + " is not a column of " + name + " (columns: " + String.join(", ", table.columns()) + ")");
        }
        for (String column : exclude) {
            if (!table.columns().contains(column)) {
                throw new CommandLine.ParameterException(commandLine, "--exclude " + column + " is not a column of " + name);
            }
        }
        List<String> positives = source.fromStore ? List.of("true") : positiveValues(table, outcome, commandLine);
        return new Dataset(name, table, outcome, positives);
    }

    /** The logistic-regression settings ({@code --lambda}, 100 Newton steps, tolerance 1e-8). */
    LogisticRegressionSettings settings() {
        return LogisticRegressionSettings.defaults().withLambda(lambda);
    }

    /**
     * The positive label values: {@code --positive}, or inferred.
     *
     * @throws CommandLine.ParameterException (usage) when they cannot be inferred
     */
    private List<String> positiveValues(Table table, String label, CommandLine commandLine) {
        if (positive != null && !positive.isEmpty()) {
            return positive;
        }
        Set<String> values = new LinkedHashSet<>();
        for (TabularRecord record : table) {
            String value = record.get(label).strip();
            if (!value.isEmpty()) {
                values.add(value);
            }
            if (values.size() > 2) {
                break;
            }
        }
        if (values.size() == 2) {
            for (String value : values) {
                if (List.of("1", "yes", "true").contains(value.toLowerCase(Locale.ROOT))) {
                    return List.of(value);
                }
            }
        }
        throw new CommandLine.ParameterException(commandLine, "cannot tell which value of " + label
                + " is the positive outcome (values: " + values + (values.size() > 2 ? ", ..." : "") + "): pass --positive VALUE");
    }

    /** The spec inferred from the records' columns; see the class comment. */
    FeatureSpec spec(Dataset data) {
        Table table = data.table();
        FeatureSpec.Builder builder = FeatureSpec.builder().label(data.label(), data.positive().toArray(String[]::new));
        Set<String> placeholders = new LinkedHashSet<>(missing);
        for (String column : table.columns()) {
            if (column.equals(data.label()) || exclude.contains(column)) {
                continue;
            }
            switch (kind(table, column, placeholders)) {
                case NUMERIC -> builder.numeric(NumericFeature.of(column).withMissingSentinels(placeholders.toArray(String[]::new)));
                case CATEGORICAL -> builder.categorical(CategoricalFeature.of(column).withMinFrequency(minFrequency)
                        .withPlaceholders(placeholders.toArray(String[]::new)).withCaseFold(true));
                case EMPTY -> {
                    // a column without any value carries no information
                }
            }
        }
        return builder.build();
    }

    /** What a column holds. */
    enum Kind {
        /** Every value is a number. */
        NUMERIC,
        /** Some value is not a number. */
        CATEGORICAL,
        /** No value at all. */
        EMPTY
    }

    /** Whether a column is numeric, categorical or empty; see the class comment. */
    static Kind kind(Table table, String column, Set<String> placeholders) {
        NumericFeature parser = NumericFeature.of(column);
        boolean any = false;
        for (TabularRecord record : table) {
            String value = record.get(column).strip();
            if (value.isEmpty() || placeholders.contains(value)) {
                continue;
            }
            any = true;
            try {
                parser.value(value);
            } catch (ValidationException notANumber) {
                return Kind.CATEGORICAL;
            }
        }
        return any ? Kind.NUMERIC : Kind.EMPTY;
    }

    /** Describes the spec: the numeric and categorical columns, and what was excluded. */
    static List<String> describe(FeatureSpec spec, List<String> excluded) {
        List<String> lines = new ArrayList<>();
        lines.add("numeric (" + spec.numeric().size() + "): "
                + String.join(", ", spec.numeric().stream().map(NumericFeature::column).toList()));
        lines.add("categorical (" + spec.categorical().size() + "): "
                + String.join(", ", spec.categorical().stream().map(CategoricalFeature::column).toList()));
        if (!excluded.isEmpty()) {
            lines.add("excluded (" + excluded.size() + "): " + String.join(", ", excluded));
        }
        return lines;
    }
}
