package dev.crmkit.examples.cli;

import dev.crmkit.imports.ImportAbortedException;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Reports a failed command: one line {@code crm: <message>} on the error stream, the stack trace only with
 * {@code --verbose}, and the exit code of {@link ExitCodes#of}. Installed as picocli's execution exception
 * handler and as its parameter exception handler (usage errors get a one-line message and a pointer to
 * {@code --help} instead of the whole usage text).
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {
    private final CrmCli root;

    ErrorReporter(CrmCli root) {
        this.root = root;
    }

    @Override
    public int handleExecutionException(Exception failure, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        err.println("crm: " + message(failure));
        if (failure instanceof CommandLine.ParameterException) {
            err.println("Try 'crm " + commandPath(commandLine) + "--help' for usage.");
        } else if (root.verbose()) {
            failure.printStackTrace(err);
        } else if (ExitCodes.of(failure) == ExitCodes.UNEXPECTED) {
            err.println("(run again with --verbose for the stack trace)");
        }
        err.flush();
        return ExitCodes.of(failure);
    }

    @Override
    public int handleParseException(CommandLine.ParameterException failure, String[] args) {
        CommandLine commandLine = failure.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println("crm: " + message(failure));
        err.println("Try 'crm " + commandPath(commandLine) + "--help' for usage.");
        err.flush();
        return ExitCodes.USAGE;
    }

    /** The failure's message, with the cause's for an aborted import (which names the typed error as its cause). */
    static String message(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        Throwable cause = failure.getCause();
        if (failure instanceof ImportAbortedException && cause != null && cause.getMessage() != null
                && !message.contains(cause.getMessage())) {
            message = message + ": " + cause.getMessage();
        }
        return message.replace('\n', ' ').replace('\r', ' ');
    }

    private static String commandPath(CommandLine commandLine) {
        StringBuilder path = new StringBuilder();
        for (CommandLine c = commandLine; c.getParent() != null; c = c.getParent()) {
            path.insert(0, c.getCommandName() + " ");
        }
        return path.toString();
    }
}
