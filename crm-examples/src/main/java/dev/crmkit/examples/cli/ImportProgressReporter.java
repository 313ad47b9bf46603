package dev.crmkit.examples.cli;

import dev.crmkit.imports.ImportListener;
import dev.crmkit.imports.ImportProgress;
import dev.crmkit.imports.ImportSummary;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows an import's progress. On a terminal: a live progress bar over the file's bytes with the rate and ETA,
 * and the rows, rate in rows per second and rejects beside it. Otherwise (a pipe, a log, a test): plain lines,
 * one when a quarter of the file more is read or at most every five seconds (by the import's clock), so logs
 * stay short.
 */
final class ImportProgressReporter implements ImportListener {
    private static final Duration PLAIN_INTERVAL = Duration.ofSeconds(5);

    private final boolean terminal;
    private final PrintWriter err;
    private String name = "input";
    private ProgressBar bar;
    private Duration lastLine = Duration.ZERO;
    private int lastQuarter;

    /**
     * A reporter.
     *
     * @param terminal whether to draw a live bar (on {@link System#err})
     * @param err      where plain lines go
     */
    ImportProgressReporter(boolean terminal, PrintWriter err) {
        this.terminal = terminal;
        this.err = err;
    }

    /** Names the input the next {@link #started} belongs to (the importers report progress without a name). */
    ImportProgressReporter input(String inputName) {
        this.name = inputName;
        return this;
    }

    @Override
    public void started(ImportProgress progress) {
        lastLine = Duration.ZERO;
        lastQuarter = 0;
        if (terminal) {
            long max = progress.totalBytes().orElse(-1);
            bar = new ProgressBarBuilder().setTaskName(name).setInitialMax(max).setStyle(ProgressBarStyle.ASCII)
                    .setUnit(" kB", 1024).showSpeed().setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .setUpdateIntervalMillis(200).build();
        } else {
            err.println(name + ": importing" + progress.totalBytes().stream()
                    .mapToObj(bytes -> " (" + Formats.count((bytes + 1023) / 1024) + " kB)").findFirst().orElse(""));
            err.flush();
        }
    }

    @Override
    public void progress(ImportProgress progress) {
        if (terminal && bar != null) {
            progress.bytesRead().ifPresent(bar::stepTo);
            bar.setExtraMessage(String.format(Locale.ROOT, " %s rows (%s/s), %s rejected", Formats.count(progress.rowsRead()),
                    Formats.count(rate(progress.rowsRead(), progress.elapsed())), Formats.count(progress.rejected())));
            return;
        }
        int quarter = progress.bytesRead().isPresent() && progress.totalBytes().isPresent() && progress.totalBytes().getAsLong() > 0
                ? (int) (4 * progress.bytesRead().getAsLong() / progress.totalBytes().getAsLong()) : 0;
        boolean due = progress.elapsed().minus(lastLine).compareTo(PLAIN_INTERVAL) >= 0;
        if (quarter > lastQuarter || due) {
            lastQuarter = Math.max(lastQuarter, quarter);
            lastLine = progress.elapsed();
            String percent = progress.totalBytes().isPresent() && progress.totalBytes().getAsLong() > 0
                    ? String.format(Locale.ROOT, " %d %%,", 100 * progress.bytesRead().orElse(0) / progress.totalBytes().getAsLong())
                    : "";
            err.println(name + ":" + percent + " " + Formats.count(progress.rowsRead()) + " rows read ("
                    + Formats.count(rate(progress.rowsRead(), progress.elapsed())) + " rows/s), "
                    + Formats.count(progress.rejected()) + " rejected");
            err.flush();
        }
    }

    @Override
    public void finished(ImportSummary summary) {
        if (bar != null) {
            bar.stepTo(bar.getMax() < 0 ? bar.getCurrent() : bar.getMax());
            bar.close();
            bar = null;
        }
    }

    private static long rate(long rows, Duration elapsed) {
        long millis = elapsed.toMillis();
        return millis <= 0 ? 0 : rows * 1000 / millis;
    }
}
