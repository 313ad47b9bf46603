package dev.crmkit.imports;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The evaluation data sets, found through the system property {@code crm.shared.data} that the build sets. */
final class SharedData {
    private SharedData() {
    }

    /** The data set's folder; skips the calling test, saying why, when it is not there. */
    static Path folder(String name) {
        String root = System.getProperty("crm.shared.data");
        assumeTrue(root != null, "system property crm.shared.data is not set; the data-set test is skipped");
        Path folder = Path.of(root, name);
        assumeTrue(Files.isDirectory(folder), folder + " does not exist; the data-set test is skipped");
        return folder;
    }
}
