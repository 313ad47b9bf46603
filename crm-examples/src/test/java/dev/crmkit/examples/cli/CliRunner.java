package dev.crmkit.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Runs {@code crm} in-process with a fixed clock and captured output. */
final class CliRunner {
    /** The moment every test runs at. */
    static final Instant NOW = Instant.parse("2025-06-15T10:00:00Z");

    private final Path database;
    private final Clock clock;

    CliRunner(Path database) {
        this(database, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    CliRunner(Path database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * What a run did.
     *
     * @param exitCode the exit code
     * @param out      the standard output
     * @param err      the error output
     */
    record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out ---\n" + out + "--- err ---\n" + err;
        }
    }

    /** Runs the command line against this runner's database (appends {@code --db}). */
    Result run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--db");
        all.add(database.toString());
        return runRaw(clock, all.toArray(String[]::new));
    }

    /** Runs the command line as given. */
    static Result runRaw(Clock clock, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = CrmCli.execute(new CliEnvironment(clock, false), new PrintWriter(out), new PrintWriter(err), args);
        return new Result(exit, out.toString(), err.toString());
    }

    /** The shared evaluation data folder, when the build provides it. */
    static java.util.Optional<Path> sharedData(String folder) {
        String root = System.getProperty("crm.shared.data");
        if (root == null) {
            return java.util.Optional.empty();
        }
        Path path = Path.of(root, folder);
        return java.nio.file.Files.isDirectory(path) ? java.util.Optional.of(path) : java.util.Optional.empty();
    }
}
