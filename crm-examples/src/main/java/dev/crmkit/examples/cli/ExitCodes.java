package dev.crmkit.examples.cli;

import dev.crmkit.core.error.CrmException;
import dev.crmkit.core.error.NotFoundException;
import dev.crmkit.core.error.RuleViolationException;
import dev.crmkit.core.error.ValidationException;
import dev.crmkit.spi.CrmStorageException;
import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * The exit codes of {@code crm} and how failures map to them (picocli's exit code exception mapper).
 *
 * <table>
 * <caption>Exit codes</caption>
 * <tr><th>code</th><th>meaning</th><th>failures</th></tr>
 * <tr><td>0</td><td>success</td><td></td></tr>
 * <tr><td>1</td><td>usage</td><td>unknown command or option, missing or malformed argument, missing input file</td></tr>
 * <tr><td>2</td><td>bad data</td><td>{@link ValidationException} (also {@code CsvFormatException}),
 *     {@link RuleViolationException}, {@link NotFoundException}, any other {@link CrmException} that is not a
 *     storage failure, an aborted import whose cause is one of these</td></tr>
 * <tr><td>3</td><td>storage</td><td>{@link CrmStorageException} (the database), {@link IOException} (a file)</td></tr>
 * <tr><td>4</td><td>unexpected</td><td>anything else (a bug: run with {@code --verbose} and report it)</td></tr>
 * </table>
 */
public final class ExitCodes implements CommandLine.IExitCodeExceptionMapper {
    /** The command did what it was asked. */
    public static final int OK = 0;
    /** The command line was wrong. */
    public static final int USAGE = 1;
    /** The data (a file, a value, a rule, a missing record) was wrong. */
    public static final int BAD_DATA = 2;
    /** The database or a file could not be read or written. */
    public static final int STORAGE = 3;
    /** A failure nobody planned for. */
    public static final int UNEXPECTED = 4;

    /** The exit code of a failure; see the class comment. */
    public static int of(Throwable failure) {
        if (failure instanceof CommandLine.ParameterException) {
            return USAGE;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CrmStorageException || t instanceof IOException || t instanceof UncheckedIOException) {
                return STORAGE;
            }
            if (t instanceof ValidationException || t instanceof RuleViolationException || t instanceof NotFoundException) {
                return BAD_DATA;
            }
            if (t instanceof CommandLine.ParameterException) {
                return USAGE;
            }
        }
        return failure instanceof CrmException ? BAD_DATA : UNEXPECTED;
    }

    @Override
    public int getExitCode(Throwable exception) {
        return of(exception);
    }
}
