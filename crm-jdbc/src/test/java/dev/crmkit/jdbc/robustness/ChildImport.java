package dev.crmkit.jdbc.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A {@link CrashImportMain} process started by the crash suite: its standard output is read line by line on a
 * thread of its own (so the test can wait for a line), its standard error goes to a log file.
 */
final class ChildImport implements AutoCloseable {
    /** The exit status Java reports for a process that SIGKILL (signal 9) ended: 128 + 9. */
    static final int KILLED_BY_SIGKILL = 128 + 9;

    private final Process process;
    private final Path log;
    private final List<String> lines = new ArrayList<>();
    private final Thread reader;
    private final long startedNanos = System.nanoTime();

    private ChildImport(Process process, Path log) {
        this.process = process;
        this.log = log;
        this.reader = new Thread(this::read, "crash-child-output-" + process.pid());
        this.reader.setDaemon(true);
        this.reader.start();
    }

    /**
     * Starts {@code java CrashImportMain database csv fromByte batchSize pauseBeforeCommit} with the JVM running
     * this test and its test classpath; standard error goes to {@code log}.
     */
    static ChildImport start(String database, Path csv, long fromByte, int batchSize, int pauseBeforeCommit, Path log) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // Surefire runs tests from a manifest-only jar; it names the real class path in its own property.
        // C1 only: a child lives a few seconds, too short for the optimizing compiler to pay off
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = List.of(java, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmx384m", "-cp", classPath,
                CrashImportMain.class.getName(), database, csv.toString(), Long.toString(fromByte),
                Integer.toString(batchSize), Integer.toString(pauseBeforeCommit));
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            process.getOutputStream().close();
            return new ChildImport(process, log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
    }

    private void read() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                synchronized (lines) {
                    lines.add(line);
                    lines.notifyAll();
                }
            }
        } catch (IOException e) {
            // the process died while writing: the lines read so far are all there is
        }
    }

    /**
     * Waits until a line matching {@code condition} has been printed; false when the process ended (or
     * {@code limit} passed) without printing one.
     */
    boolean await(Predicate<String> condition, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        synchronized (lines) {
            int seen = 0;
            while (true) {
                for (; seen < lines.size(); seen++) {
                    if (condition.test(lines.get(seen))) {
                        return true;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || (!process.isAlive() && !reader.isAlive())) {
                    return false;
                }
                lines.wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), 50)));
            }
        }
    }

    /** Time since the process was started. */
    Duration age() {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Kills the process with SIGKILL ({@link Process#destroyForcibly()}: on Linux and macOS the JDK sends
     * {@code kill -9}), waits for it and for the rest of its output, and checks that it was the signal that
     * ended it. False when the process had already exited on its own.
     */
    boolean kill() throws InterruptedException {
        assertThat(process.toHandle().supportsNormalTermination())
                .as("a platform where destroy() is SIGTERM, so destroyForcibly() is SIGKILL").isTrue();
        if (!process.isAlive()) {
            awaitExit(Duration.ofSeconds(1));
            return false;
        }
        process.destroyForcibly();
        int status = awaitExit(Duration.ofSeconds(60));
        if (status != KILLED_BY_SIGKILL) {
            // it finished between the check and the signal
            assertThat(status).as("exit status of %s (log: %s)", this, log).isZero();
            return false;
        }
        return true;
    }

    /** Waits for the process to end on its own and returns its exit status. */
    int awaitExit(Duration limit) throws InterruptedException {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor();
            throw new AssertionError("the child import did not end within " + limit + "; output: " + lines() + "; log: "
                    + errorLog());
        }
        reader.join(TimeUnit.SECONDS.toMillis(30));
        return process.exitValue();
    }

    /** Every line printed so far. */
    List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    /**
     * The cumulative row count of the last {@code committed} line: every row up to it was committed before the
     * line was printed; 0 when none was printed.
     */
    long lastCommitted() {
        long committed = 0;
        for (String line : lines()) {
            if (line.startsWith("committed ")) {
                committed = Long.parseLong(line.split(" ")[1]);
            }
        }
        return committed;
    }

    /** Whether the process printed {@code line} (or a line starting with it followed by a space). */
    boolean printed(String line) {
        return lines().stream().anyMatch(l -> l.equals(line) || l.startsWith(line + " "));
    }

    /** The standard error of every child so far (the log file), for failure messages. */
    String errorLog() {
        try {
            String text = Files.readString(log);
            return text.length() > 4000 ? "..." + text.substring(text.length() - 4000) : text;
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    @Override
    public String toString() {
        return "child import " + process.pid();
    }
}
