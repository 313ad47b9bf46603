package dev.crmkit.examples.web;

import dev.crmkit.Crm;
import dev.crmkit.CrmTenant;
import dev.crmkit.core.error.NotFoundException;
import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.shared.TenantId;
import dev.crmkit.spi.VersionConflictException;
import io.javalin.Javalin;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web pipeline board of one tenant, served over HTTP by an embedded Javalin (Jetty) server.
 *
 * <p>Pages: {@code /} lists the pipelines; {@code /pipelines/{id}} is a kanban board (per stage the count, total
 * and weighted total per currency, and deal cards that can be moved by drag and drop or with buttons, closed as
 * won or lost, and re-opened); {@code /deals/{id}} shows a deal with its stage history and activities;
 * {@code /contacts/{id}} is the contact 360 page; {@code /forecast} charts the weighted, category and predictive
 * forecasts of the current and next quarter and backtests the last completed quarters. Every action goes
 * through the {@link Crm} façade, so the pipeline rules apply; broken rules are shown next to the deal, each with
 * its rule id.
 *
 * <p>Security: all CRM data is HTML-escaped, links are built from ids, the Content-Security-Policy allows no
 * inline script, every POST needs the server's random form token, and only requests naming the server in their
 * {@code Host} header are served (against DNS rebinding). There is no login: bind to loopback (the default) or
 * put the board behind an authenticating proxy.
 *
 * <pre>{@code
 * try (BoardServer board = BoardServer.start(crm, TenantId.of("acme"), 8080)) {
 *     // browse http://localhost:8080/
 * }
 * }</pre>
 */
public final class BoardServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BoardServer.class);
    private static final String LOOPBACK = "127.0.0.1";

    private final Javalin app;
    private final int port;
    private boolean closed;

    private BoardServer(Javalin app, int port) {
        this.app = app;
        this.port = port;
    }

    /**
     * Starts a board on the loopback interface (127.0.0.1), with a form token drawn from a new
     * {@link SecureRandom}.
     *
     * @param crm    the façade
     * @param tenant the tenant whose pipelines are shown
     * @param port   the TCP port; 0 picks a free one ({@link #port()} tells which)
     * @return the running server
     * @throws IllegalArgumentException for a port outside 0..65535
     * @throws IllegalStateException    when the server cannot start (e.g. the port is taken)
     */
    public static BoardServer start(Crm crm, TenantId tenant, int port) {
        return start(crm, tenant, LOOPBACK, port, new SecureRandom());
    }

    /**
     * Starts a board on a chosen interface with an injected source of randomness for the form token and the
     * redirect keys.
     *
     * @param crm    the façade
     * @param tenant the tenant whose pipelines are shown
     * @param host   the address to bind, e.g. {@code 127.0.0.1}, or {@code 0.0.0.0} for every interface (then any
     *               {@code Host} header is accepted; the board has no login, so only do this behind a proxy that
     *               authenticates)
     * @param port   the TCP port; 0 picks a free one
     * @param random where the form token comes from
     * @return the running server
     * @throws IllegalArgumentException for a port outside 0..65535 or a host that does not resolve
     * @throws IllegalStateException    when the server cannot start (e.g. the port is taken)
     */
    public static BoardServer start(Crm crm, TenantId tenant, String host, int port, SecureRandom random) {
        Objects.requireNonNull(crm, "crm");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(random, "random");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535: " + port);
        }
        InetAddress address = resolve(host);
        CrmTenant view = crm.tenant(tenant);
        FormToken token = FormToken.draw(random);
        BoardRoutes routes = new BoardRoutes(view, crm.clock(), token, new FlashStore(random), StaticAssets.load());
        // the accepted Host headers name the actual port, known only once the server runs; until then refuse
        AtomicReference<HostCheck> hostCheck = new AtomicReference<>();
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.before(ctx -> {
                SecurityHeaders.ALL.forEach(ctx::header);
                HostCheck check = hostCheck.get();
                if (check == null || !check.accepts(ctx.header("Host"))) {
                    throw new Refusal(421, "Misdirected request", "This server does not answer for that host name.");
                }
            });
            config.routes.get("/", routes::pipelines);
            config.routes.get("/pipelines/{id}", routes::board);
            config.routes.get("/deals/{id}", routes::deal);
            config.routes.get("/contacts/{id}", routes::contact);
            config.routes.get("/forecast", routes::forecast);
            config.routes.get("/static/{file}", routes::staticFile);
            config.routes.post("/deals/{id}/{action}", routes::dealAction);
            config.routes.exception(Refusal.class, (e, ctx) -> routes.refused(ctx, e.status(), e.title(), e.getMessage()));
            config.routes.exception(NotFoundException.class, (e, ctx) -> routes.refused(ctx, 404, "Not found", e.getMessage()));
            config.routes.exception(ValidationException.class, (e, ctx) -> routes.refused(ctx, 400, "Bad request", e.getMessage()));
            config.routes.exception(VersionConflictException.class, (e, ctx) -> routes.refused(ctx, 409, "Changed meanwhile",
                    "The deal kept changing while this action ran. Reload the page and try again."));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                routes.refused(ctx, 500, "Something went wrong", "The server could not complete the request.");
            });
            config.routes.error(404, ctx -> {
                if (!BoardRoutes.isRendered(ctx)) {
                    routes.refused(ctx, 404, "Not found", "There is no page at this address.");
                }
            });
        });
        try {
            app.start(host, port);
        } catch (RuntimeException e) {
            app.stop();
            throw new IllegalStateException("cannot start the board on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        int actual = app.port();
        hostCheck.set(HostCheck.forBinding(address, host, actual));
        LOG.info("pipeline board of tenant {} on http://{}:{}/", tenant, address.isAnyLocalAddress() ? "localhost" : host, actual);
        return new BoardServer(app, actual);
    }

    /** The port the server listens on (the chosen one when started with port 0). */
    public int port() {
        return port;
    }

    /** Stops the server; calling it again does nothing. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            app.stop();
        }
    }

    private static InetAddress resolve(String host) {
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("cannot resolve host " + host, e);
        }
    }
}
