package dev.crmkit.imports;

import dev.crmkit.core.error.CrmException;
import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.tabular.CsvFormatException;
import dev.crmkit.core.tabular.CsvReader;
import dev.crmkit.core.tabular.CsvRecord;
import dev.crmkit.core.tabular.TabularIoException;
import dev.crmkit.core.tabular.TabularRecord;
import dev.crmkit.imports.mapping.ImportMapping;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Imports a CSV file into a store as an {@link ImportMapping} says.
 *
 * <pre>{@code
 * ImportSummary summary = CsvImport.builder(new ImportContext(store, tenant, clock, ids))
 *         .mapping(ImportMapping.builtIn("hubspot-contacts"))
 *         .rejects(new CsvRejectWriter(rejectFile, false))
 *         .build()
 *         .run(ImportInput.ofFile(path, StandardCharsets.UTF_8));
 * }</pre>
 *
 * <h2>Rows</h2>
 * Each data row is converted as the mapping says. A row whose field count differs from the header's (except
 * for extra empty trailing fields), whose values cannot be converted, whose reference is missing, or which
 * breaks a rule or clashes with another record's unique key is <em>rejected</em>: it goes to the
 * {@link RejectSink} with its row number and reason, and nothing of it is stored. Every other row is stored
 * completely: the record, the accounts and pipelines it makes the import create, and for deals the stage
 * history.
 *
 * <h2>Batches and transactions</h2>
 * Rows are stored in batches ({@link Builder#batchSize}, default 500), one transaction each, through
 * {@code upsertAllByExternalId}: a row whose external id is stored updates that record (fields the mapping does
 * not name keep their values), the others insert. When a batch's transaction fails as a whole (a unique key the
 * store found, a record changed concurrently), the batch is split in halves which are tried again, down to the
 * single rows that fail; those are rejected with the store's error and the rest is stored. A transient storage
 * failure is retried up to three times, then ends the import.
 *
 * <h2>Repeated rows</h2>
 * A row with the same external id as an earlier row of the file updates the record the earlier row stored
 * (the later row wins; both count, one as inserted and one as updated). A contact row with the primary email of
 * an earlier row with another external id, or of a stored contact with another external id, is rejected
 * ({@code duplicate:Contact.primaryEmail}).
 *
 * <h2>Broken files</h2>
 * A missing header or mapped column, a missing custom property definition, an unterminated quote, an over-long
 * field or bytes that are invalid in the file's encoding stop the import with an
 * {@link ImportAbortedException}; rows before the break are stored. Re-running the fixed file is safe.
 *
 * <p>Not thread-safe; one instance runs one import at a time.
 */
public final class CsvImport implements Importer {
    /** The default number of rows per transaction. */
    public static final int DEFAULT_BATCH_SIZE = 500;
    private static final int TRANSIENT_RETRIES = 3;

    private final ImportContext context;
    private final ImportMapping mapping;
    private final ImportListener listener;
    private final RejectSink rejects;
    private final RowPreprocessor preprocessor;
    private final int batchSize;

    private CsvImport(Builder builder) {
        this.context = builder.context;
        this.mapping = Objects.requireNonNull(builder.mapping, "mapping");
        this.listener = builder.listener;
        this.rejects = builder.rejects;
        this.preprocessor = builder.preprocessor;
        this.batchSize = builder.batchSize;
    }

    /** A builder for imports into this context. */
    public static Builder builder(ImportContext context) {
        return new Builder(Objects.requireNonNull(context, "context"));
    }

    /** The mapping this import uses. */
    public ImportMapping mapping() {
        return mapping;
    }

    /** {@link #run(ImportInput)} for a reader named {@code "input"}. */
    public ImportSummary run(Reader reader) {
        return run(ImportInput.of(reader, "input"));
    }

    /**
     * Imports every row; the input is closed at the end.
     *
     * @return what was done
     * @throws ImportAbortedException when the file or the store does not allow going on; its summary says what
     *                                was stored before
     */
    @Override
    public ImportSummary run(ImportInput input) {
        Run run = new Run(input);
        try {
            return run.execute();
        } finally {
            input.close();
        }
    }

    /** The state of one run. */
    private final class Run {
        private final ImportInput input;
        private final Instant started = context.clock().instant();
        private final RowConverter converter = new RowConverter(mapping);
        private final Lookups lookups = new Lookups();
        private final PropertyCatalog catalog = new PropertyCatalog(mapping);
        private final Map<String, Long> rejectedByReason = new HashMap<>();
        private final Map<String, Long> warningsByRule = new HashMap<>();
        private final List<PendingRow> batch = new ArrayList<>();
        private final List<RowFailure> batchFailures = new ArrayList<>();
        private final Set<String> batchKeys = new HashSet<>();
        private List<String> header = List.of();
        private long rowsRead;
        private long inserted;
        private long updated;
        private long rejected;
        private long warnings;

        private Run(ImportInput input) {
            this.input = input;
        }

        ImportSummary execute() {
            CsvReader csv;
            try {
                csv = CsvReader.open(input.reader(), mapping.format().csvFormat());
            } catch (CsvFormatException | TabularIoException e) {
                throw abort(e);
            }
            header = csv.header();
            checkHeader();
            prepareProperties();
            listener.started(progress());
            Iterator<CsvRecord> records = csv.iterator();
            while (true) {
                CsvRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (CsvFormatException | TabularIoException e) {
                    flush();
                    throw abort(e);
                }
                rowsRead++;
                accept(record);
                if (batch.size() >= batchSize) {
                    flush();
                }
            }
            flush();
            ImportSummary summary = summary();
            listener.finished(summary);
            return summary;
        }

        private void checkHeader() {
            Set<String> present = new HashSet<>(header);
            present.addAll(preprocessor.addedColumns());
            for (String column : mapping.requiredColumns()) {
                if (!present.contains(column)) {
                    throw abort(new ValidationException("header", column, "the file has no column '" + column
                            + "' that the mapping reads (columns: " + header + "); fix the mapping or mark the field optional"));
                }
            }
        }

        private void prepareProperties() {
            if (catalog.isEmpty()) {
                return;
            }
            try {
                context.store().run(context.tenant(), uow -> catalog.prepare(uow, context, context.clock().instant()));
            } catch (CrmException e) {
                throw abort(e);
            }
        }

        private void accept(CsvRecord record) {
            PendingRow row;
            try {
                checkFieldCount(record);
                TabularRecord mapped = preprocessor.apply(record);
                row = new PendingRow(record.recordNumber(), record.lineNumber(), record.values(), converter.convert(mapped));
            } catch (CrmException e) {
                batchFailures.add(new RowFailure(record.recordNumber(), record.lineNumber(), record.values(), e));
                return;
            }
            List<String> keys = row.draft().batchKeys();
            if (keys.stream().anyMatch(batchKeys::contains)) {
                flush();
            }
            batchKeys.addAll(keys);
            batch.add(row);
        }

        private void checkFieldCount(CsvRecord record) {
            if (record.size() == header.size()) {
                return;
            }
            boolean onlyEmptyExtras = record.size() > header.size()
                    && record.values().subList(header.size(), record.size()).stream().allMatch(String::isEmpty);
            if (!onlyEmptyExtras) {
                throw new RejectReasons.FieldCountException(record.size(), header.size());
            }
        }

        /** Stores the pending batch (isolating failing rows) and reports its rejects in row order. */
        private void flush() {
            List<RowFailure> failures = new ArrayList<>(batchFailures);
            List<RowWarning> rowWarnings = new ArrayList<>();
            if (!batch.isEmpty()) {
                store(List.copyOf(batch), failures, rowWarnings);
            }
            failures.sort(Comparator.comparingLong(RowFailure::rowNumber));
            for (RowFailure failure : failures) {
                rejected++;
                String code = RejectReasons.code(failure.error());
                rejectedByReason.merge(code, 1L, Long::sum);
                rejects.reject(new RejectedRow(input.name(), failure.rowNumber(), failure.lineNumber(), code,
                        failure.error().getMessage(), header, failure.fields(), failure.error()));
            }
            rowWarnings.sort(Comparator.comparingLong(RowWarning::rowNumber));
            for (RowWarning warning : rowWarnings) {
                warnings++;
                warning.violations().forEach(v -> warningsByRule.merge(v.ruleId(), 1L, Long::sum));
                listener.warning(warning.rowNumber(), warning.violations());
            }
            boolean anything = !batch.isEmpty() || !batchFailures.isEmpty();
            batch.clear();
            batchFailures.clear();
            batchKeys.clear();
            if (anything) {
                listener.progress(progress());
            }
        }

        /** Stores rows in one transaction; on failure, halves them until the failing rows are alone. */
        private void store(List<PendingRow> rows, List<RowFailure> failures, List<RowWarning> rowWarnings) {
            AttemptScope scope;
            try {
                scope = attempt(rows);
            } catch (ImportAbortedException e) {
                throw e;
            } catch (CrmException e) {
                if (rows.size() == 1) {
                    failures.add(RowFailure.of(rows.get(0), e));
                    return;
                }
                int half = rows.size() / 2;
                store(rows.subList(0, half), failures, rowWarnings);
                store(rows.subList(half, rows.size()), failures, rowWarnings);
                return;
            }
            inserted += scope.inserted;
            updated += scope.updated;
            failures.addAll(scope.failures);
            rowWarnings.addAll(scope.warnings);
        }

        private AttemptScope attempt(List<PendingRow> rows) {
            for (int tries = 1; ; tries++) {
                try {
                    AttemptScope scope = context.store().inTransaction(context.tenant(), uow -> {
                        AttemptScope attempt = new AttemptScope(uow, context, mapping, context.clock().instant(), lookups, catalog);
                        switch (mapping.object()) {
                            case CONTACTS -> ContactWriter.write(attempt, rows);
                            case ACCOUNTS -> AccountWriter.write(attempt, rows);
                            case DEALS -> DealWriter.write(attempt, rows);
                        }
                        return attempt;
                    });
                    scope.commit();
                    return scope;
                } catch (CrmException e) {
                    if (!e.isTransient()) {
                        throw e;
                    }
                    if (tries > TRANSIENT_RETRIES) {
                        throw abort(e);
                    }
                }
            }
        }

        private ImportAbortedException abort(CrmException cause) {
            if (cause instanceof ImportAbortedException aborted) {
                return aborted;
            }
            return new ImportAbortedException(input.name() + ": " + describe(cause), summary(), cause);
        }

        private String describe(CrmException cause) {
            Throwable root = cause.getCause();
            if (cause instanceof TabularIoException && root instanceof CharacterCodingException) {
                return "the file is not valid " + input.charset().map(Object::toString).orElse("text")
                        + " (" + cause.getMessage() + "); set \"format\": {\"encoding\": ...} in the mapping to the file's"
                        + " encoding, e.g. windows-1252 or ISO-8859-1";
            }
            if (cause instanceof CsvFormatException) {
                return "the CSV structure is broken, the import stopped: " + cause.getMessage();
            }
            if (cause.isTransient()) {
                return "the store kept failing (" + TRANSIENT_RETRIES + " retries): " + cause.getMessage();
            }
            return cause.getMessage();
        }

        private ImportProgress progress() {
            return new ImportProgress(rowsRead, inserted, updated, rejected, input.bytesRead(), input.totalBytes(),
                    Duration.between(started, context.clock().instant()));
        }

        private ImportSummary summary() {
            return new ImportSummary(input.name(), rowsRead, inserted, updated, rejected, warnings,
                    Duration.between(started, context.clock().instant()), rejectedByReason, warningsByRule);
        }
    }

    /** Builds a {@link CsvImport}; only the mapping is required. */
    public static final class Builder {
        private final ImportContext context;
        private ImportMapping mapping;
        private ImportListener listener = ImportListener.NONE;
        private RejectSink rejects = RejectSink.discard();
        private RowPreprocessor preprocessor = RowPreprocessor.NONE;
        private int batchSize = DEFAULT_BATCH_SIZE;

        private Builder(ImportContext context) {
            this.context = context;
        }

        /** The mapping (required). */
        public Builder mapping(ImportMapping value) {
            this.mapping = Objects.requireNonNull(value, "mapping");
            return this;
        }

        /** Progress callbacks (default: none). */
        public Builder listener(ImportListener value) {
            this.listener = Objects.requireNonNull(value, "listener");
            return this;
        }

        /** Where rejected rows go (default: discarded, only counted). */
        public Builder rejects(RejectSink value) {
            this.rejects = Objects.requireNonNull(value, "rejects");
            return this;
        }

        /** A rewrite of each row before the mapping reads it (default: none). */
        public Builder preprocessor(RowPreprocessor value) {
            this.preprocessor = Objects.requireNonNull(value, "preprocessor");
            return this;
        }

        /**
         * Rows per transaction.
         *
         * @throws ValidationException unless 1..10000
         */
        public Builder batchSize(int value) {
            ValidationException.check(value >= 1 && value <= 10_000, "batchSize", value, "must be between 1 and 10000");
            this.batchSize = value;
            return this;
        }

        /** The import. @throws NullPointerException when no mapping was set */
        public CsvImport build() {
            return new CsvImport(this);
        }
    }
}
