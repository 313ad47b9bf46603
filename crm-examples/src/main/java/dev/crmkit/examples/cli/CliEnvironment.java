package dev.crmkit.examples.cli;

import java.time.Clock;
import java.util.Objects;

/**
 * What the commands take from the world outside the arguments: the clock (for timestamps, rotting, "this
 * quarter") and whether output goes to an interactive terminal (which decides between a live progress bar and
 * plain progress lines).
 *
 * @param clock    the clock
 * @param terminal whether a person watches the output on a terminal
 */
public record CliEnvironment(Clock clock, boolean terminal) {
    /** Requires the clock. */
    public CliEnvironment {
        Objects.requireNonNull(clock, "clock");
    }

    /** The system clock in UTC, and a terminal when {@link System#console()} is present. */
    public static CliEnvironment system() {
        return new CliEnvironment(Clock.systemUTC(), System.console() != null);
    }
}
