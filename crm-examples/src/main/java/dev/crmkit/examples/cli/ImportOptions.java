package dev.crmkit.examples.cli;

import dev.crmkit.imports.CsvRejectWriter;
import dev.crmkit.imports.RejectSink;
import dev.crmkit.imports.RejectedRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Options every import takes (a picocli mixin): where rejected rows go. With {@code --reject-file} every
 * rejected row is written there as CSV (row number, line, reason code, reason, then the row's own columns, so
 * the file can be fixed and imported again); without it the first rejects are listed in the summary.
 */
final class ImportOptions {
    /** How many rejected rows the summary lists when no reject file is given. */
    static final int LISTED_REJECTS = 10;

    @Option(names = "--reject-file", paramLabel = "FILE",
            description = "Write rejected rows to this CSV file (row, line, reason_code, reason, then the row as read).")
    Path rejectFile;

    @Option(names = "--neutralize-rejects",
            description = "Prefix cells of the reject file that a spreadsheet would run as formulas with a quote.")
    boolean neutralizeRejects;

    /** The open reject sink of one import run. */
    static final class Rejects implements RejectSink, AutoCloseable {
        private final Writer file;
        private final CsvRejectWriter writer;
        private final List<RejectedRow> listed = new ArrayList<>();

        private Rejects(Writer file, boolean neutralize) {
            this.file = file;
            this.writer = file == null ? null : new CsvRejectWriter(file, neutralize);
        }

        @Override
        public void reject(RejectedRow row) {
            if (writer != null) {
                writer.reject(row);
            } else if (listed.size() < LISTED_REJECTS) {
                listed.add(row);
            }
        }

        /** The rejected rows kept for the summary (only without a reject file). */
        List<RejectedRow> listed() {
            return listed;
        }

        /** @throws UncheckedIOException when the reject file cannot be written */
        @Override
        public void close() {
            if (file != null) {
                try {
                    writer.flush();
                    file.close();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write the reject file: " + e.getMessage(), e);
                }
            }
        }
    }

    /**
     * Opens the reject sink (creating or truncating the reject file).
     *
     * @throws UncheckedIOException when the reject file cannot be created
     */
    Rejects open() {
        if (rejectFile == null) {
            return new Rejects(null, false);
        }
        try {
            Path parent = rejectFile.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return new Rejects(Files.newBufferedWriter(rejectFile, StandardCharsets.UTF_8), neutralizeRejects);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the reject file " + rejectFile + ": " + e.getMessage(), e);
        }
    }
}
