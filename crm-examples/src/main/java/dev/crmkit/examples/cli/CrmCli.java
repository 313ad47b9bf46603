package dev.crmkit.examples.cli;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.shared.TenantId;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * The {@code crm} command: a CRM on the command line over an embedded H2 database (default {@code ./crm-data})
 * or any JDBC database. {@link #main} runs it as a program; {@link #execute} runs it in-process (tests, hosts)
 * with the given environment and output streams.
 *
 * <p>Options every command takes: {@code --db PATH|URL}, {@code --db-user USER} (password from the environment
 * variable {@code CRM_DB_PASSWORD}), {@code --tenant KEY} (default {@link TenantId#DEFAULT}) and
 * {@code --verbose} (stack traces on errors, library logging at INFO). See {@link ExitCodes} for the exit codes.
 */
@Command(name = "crm", mixinStandardHelpOptions = true, version = "crm (CRMKit) 0.1.0",
        description = "A CRM on the command line: import, pipeline board, forecasts, lead scoring, analytics.",
        subcommands = {DemoCommand.class, ImportCommand.class, BoardCommand.class, ForecastCommand.class,
                ScoreCommand.class, AnalyticsCommand.class, TimelineCommand.class, DedupeCommand.class,
                PrivacyCommand.class, ExportCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
public final class CrmCli implements Callable<Integer> {
    /** The environment variable holding the password for {@code --db} JDBC URLs. */
    public static final String PASSWORD_VARIABLE = "CRM_DB_PASSWORD";

    private final CliEnvironment environment;

    @Spec
    private CommandSpec spec;

    @Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "PATH|URL", defaultValue = "./crm-data",
            description = "Folder of the embedded H2 database, or a JDBC URL (jdbc:postgresql:..., jdbc:mariadb:..., "
                    + "jdbc:h2:...). Default: ${DEFAULT-VALUE}")
    private String db;

    @Option(names = "--db-user", scope = ScopeType.INHERIT, paramLabel = "USER",
            description = "Database user for a JDBC URL (the password is read from $" + PASSWORD_VARIABLE + ").")
    private String dbUser;

    @Option(names = "--tenant", scope = ScopeType.INHERIT, paramLabel = "KEY", converter = TenantConverter.class,
            description = "The tenant to work in. Default: default")
    private TenantId tenant = TenantId.DEFAULT;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Print stack traces of errors and log at INFO level.")
    private boolean verbose;

    /**
     * A root command for the environment.
     *
     * @param environment the clock and terminal of this run
     */
    public CrmCli(CliEnvironment environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    /**
     * Runs {@code crm} with the system clock and streams and exits with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        boolean verbose = Arrays.stream(args).anyMatch(a -> a.equals("-v") || a.equals("--verbose"));
        // Before the first logger is created: keep HikariCP's and H2's INFO lines out of reports.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "warn");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(execute(CliEnvironment.system(), out, err, args));
    }

    /**
     * Runs one command line in-process.
     *
     * @param environment the clock and terminal
     * @param out         where reports go
     * @param err         where errors and progress go
     * @param args        the command line
     * @return the exit code (see {@link ExitCodes})
     */
    public static int execute(CliEnvironment environment, PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = commandLine(environment);
        commandLine.setOut(out);
        commandLine.setErr(err);
        try {
            return commandLine.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * The picocli command line of {@code crm} with its error handling installed (one-line messages, exit codes
     * of {@link ExitCodes}); set its out and err before executing.
     *
     * @param environment the clock and terminal
     * @return a new command line
     */
    public static CommandLine commandLine(CliEnvironment environment) {
        CrmCli root = new CrmCli(environment);
        CommandLine commandLine = new CommandLine(root);
        ErrorReporter reporter = new ErrorReporter(root);
        commandLine.setExecutionExceptionHandler(reporter);
        commandLine.setParameterExceptionHandler(reporter);
        commandLine.setExitCodeExceptionMapper(new ExitCodes());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setUsageHelpAutoWidth(true);
        return commandLine;
    }

    /** Without a command: the usage, and the usage exit code. */
    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (try 'crm demo')");
    }

    /** The clock and terminal of this run. */
    CliEnvironment environment() {
        return environment;
    }

    /** Where the data lives. */
    Database database() {
        return new Database(db, Optional.ofNullable(dbUser), Optional.ofNullable(System.getenv(PASSWORD_VARIABLE)));
    }

    /** The tenant commands work in. */
    TenantId tenant() {
        return tenant;
    }

    /** Whether {@code --verbose} was given. */
    boolean verbose() {
        return verbose;
    }

    /** Reads {@code --tenant}; a malformed key is a usage error. */
    static final class TenantConverter implements CommandLine.ITypeConverter<TenantId> {
        @Override
        public TenantId convert(String value) {
            try {
                return TenantId.of(value);
            } catch (ValidationException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
