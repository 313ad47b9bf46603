/**
 * The {@code crm} command-line application: a runnable example of CRMKit over an embedded H2 database or any
 * JDBC database. {@link dev.crmkit.examples.cli.CrmCli} is the entry point; every command is a picocli
 * subcommand that opens the store, runs its use cases through the {@link dev.crmkit.Crm} façade and the
 * pure functions of {@code crm-core}, and prints aligned plain-text reports.
 *
 * <p>Exit codes: 0 success, 1 usage, 2 bad data, 3 storage (the database or a file), 4 an unexpected error;
 * see {@link dev.crmkit.examples.cli.ExitCodes}.
 */
package dev.crmkit.examples.cli;
