package dev.crmkit.examples.cli;

import dev.crmkit.examples.web.BoardServer;
import java.security.SecureRandom;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code crm serve}: the web pipeline board of the tenant ({@link BoardServer}) until the process is stopped
 * (Ctrl-C) or the command's thread is interrupted; the database stays open meanwhile.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the web pipeline board of the tenant until stopped with Ctrl-C.")
final class ServeCommand extends CrmCommand {
    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT",
            description = "TCP port (0 picks a free one). Default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "Interface to bind. Default: ${DEFAULT-VALUE}. The board has no login: bind other interfaces "
                    + "(0.0.0.0) only behind a proxy that authenticates.")
    String host;

    @Override
    protected int run() {
        Session session = session();
        BoardServer server;
        try {
            server = BoardServer.start(session.crm(), cli().tenant(), host, port, new SecureRandom());
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw usage(e.getMessage());
        }
        Thread stopOnExit = new Thread(() -> {
            server.close();
            session.store().close();
        }, "crm-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        String shown = host.equals("0.0.0.0") || host.equals("127.0.0.1") ? "localhost" : host;
        out().println("Pipeline board of tenant '" + cli().tenant().value() + "' on http://" + shown + ":" + server.port()
                + "/ (database " + cli().database().describe() + "); press Ctrl-C to stop.");
        out().flush();
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException stop) {
            // Being interrupted is how an in-process host stops the board. The flag is not set again: the
            // interruption is handled here, and H2 closes its file when an interrupted thread touches it.
        } finally {
            server.close();
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnExit);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or has run; nothing left to undo
            }
        }
        out().println("Stopped the board.");
        return ExitCodes.OK;
    }
}
