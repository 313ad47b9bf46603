package dev.crmkit.examples.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * Base of every {@code crm} command: access to the global options, the output streams and a database session
 * that is opened on first use and closed when the command ends.
 */
abstract class CrmCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    private Session session;

    @Override
    public final Integer call() throws Exception {
        return guarded(this::run);
    }

    /**
     * Runs {@code work} and then closes the session it opened; commands declared as methods (which picocli calls
     * without {@link #call()}) wrap their body in this.
     */
    protected final int guarded(Callable<Integer> work) throws Exception {
        try {
            return work.call();
        } finally {
            out().flush();
            if (session != null) {
                Session open = session;
                session = null;
                open.close();
            }
        }
    }

    /**
     * Does the command's work.
     *
     * @return the exit code, {@link ExitCodes#OK} when the work was done
     * @throws Exception any failure; mapped to an exit code by {@link ExitCodes}
     */
    protected abstract int run() throws Exception;

    /** The root command with the global options. */
    protected CrmCli cli() {
        return (CrmCli) spec.root().userObject();
    }

    /** Where reports go. */
    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Where progress and warnings go. */
    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** The run's clock. */
    protected Clock clock() {
        return cli().environment().clock();
    }

    /** The database session, opened on first use. */
    protected Session session() {
        if (session == null) {
            session = Session.open(cli().database(), cli().tenant(), clock());
        }
        return session;
    }

    /** A usage error of this command. */
    protected CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
