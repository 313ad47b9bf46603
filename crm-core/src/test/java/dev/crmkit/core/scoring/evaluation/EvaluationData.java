package dev.crmkit.core.scoring.evaluation;

import dev.crmkit.core.tabular.CsvFormat;
import dev.crmkit.core.tabular.Table;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Locates the shared evaluation datasets: the {@code crm.shared.data} system property (set by Surefire), or
 * else the first {@code shared/data} folder found walking up from the working directory. The data are
 * third-party and never copied into the source tree.
 */
public final class EvaluationData {
    private EvaluationData() {
    }

    /** The data folder, if it exists. */
    public static Optional<File> folder() {
        String configured = System.getProperty("crm.shared.data");
        if (configured != null && new File(configured).isDirectory()) {
            return Optional.of(new File(configured));
        }
        for (File dir = new File(System.getProperty("user.dir")).getAbsoluteFile(); dir != null; dir = dir.getParentFile()) {
            File candidate = new File(dir, "shared" + File.separator + "data");
            if (candidate.isDirectory()) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** A dataset file; skips the calling test (with the reason) when the data folder or file is absent. */
    public static File require(String relativePath) {
        Optional<File> folder = folder();
        assumeTrue(folder.isPresent(), "shared evaluation data not found: set -Dcrm.shared.data or provide ../shared/data"
                + " (looked at crm.shared.data=" + System.getProperty("crm.shared.data") + " and upwards from "
                + System.getProperty("user.dir") + ")");
        File file = new File(folder.get(), relativePath);
        assumeTrue(file.isFile(), "dataset not present: " + file);
        return file;
    }

    /** Opens a dataset file as UTF-8 text. */
    public static Reader open(File file) {
        try {
            return new InputStreamReader(new FileInputStream(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a whole dataset into memory. */
    public static Table table(String relativePath, CsvFormat format) {
        try (Reader reader = open(require(relativePath))) {
            return Table.readCsv(reader, format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
