package dev.crmkit.examples.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crmkit.CrmTenant;
import dev.crmkit.core.error.RuleViolation;
import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.core.model.shared.DealId;
import dev.crmkit.core.model.shared.PipelineId;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The board's request handlers. GETs render pages; POSTs to {@code /deals/{id}/{action}} check the form token,
 * run the action and either redirect back (303, post/redirect/get, the outcome kept in the {@link FlashStore})
 * or, when the request asks for JSON (the script's {@code fetch}), answer with the outcome as JSON.
 */
final class BoardRoutes {
    static final String FLASH_PARAM = "flash";
    private static final String RENDERED = BoardRoutes.class.getName() + ".rendered";

    private final CrmTenant tenant;
    private final Clock clock;
    private final FormToken token;
    private final FlashStore flashes;
    private final StaticAssets assets;
    private final DealActions actions;
    private final ForecastPage forecast;
    private final ObjectMapper json = HtmlSafeJson.newObjectMapper();

    BoardRoutes(CrmTenant tenant, Clock clock, FormToken token, FlashStore flashes, StaticAssets assets) {
        this.tenant = tenant;
        this.clock = clock;
        this.token = token;
        this.flashes = flashes;
        this.assets = assets;
        this.actions = new DealActions(tenant);
        this.forecast = new ForecastPage(tenant, clock);
    }

    void pipelines(Context ctx) {
        html(ctx, 200, PipelinesPage.render(PipelinesPage.load(tenant), token));
    }

    void board(Context ctx) {
        PipelineId id = id(ctx, "pipeline", PipelineId::parse);
        html(ctx, 200, BoardPage.render(BoardData.load(tenant, id), flash(ctx), token, clock.getZone()));
    }

    void deal(Context ctx) {
        DealId id = id(ctx, "deal", DealId::parse);
        html(ctx, 200, DealPage.render(DealPage.load(tenant, id), flash(ctx), token, clock.getZone()));
    }

    void contact(Context ctx) {
        ContactId id = id(ctx, "contact", ContactId::parse);
        html(ctx, 200, ContactPage.render(ContactPage.load(tenant, id), token, clock.getZone()));
    }

    void forecast(Context ctx) {
        html(ctx, 200, forecast.render(token));
    }

    void staticFile(Context ctx) {
        StaticAssets.Asset asset = assets.get(ctx.pathParam("file"))
                .orElseThrow(() -> new Refusal(404, "Not found", "There is no such file."));
        ctx.status(200).contentType(asset.contentType()).header("Cache-Control", "no-cache").result(asset.bytes());
    }

    void dealAction(Context ctx) {
        DealAction action = action(ctx.pathParam("action"));
        if (!token.matches(ctx.formParam(FormToken.FIELD))) {
            throw new Refusal(403, "Forbidden",
                    "The form token is missing or wrong. Reload the page and try again.");
        }
        DealId id = id(ctx, "deal", DealId::parse);
        DealActions.Result result = actions.perform(id, action, ctx.formParam("stage"), ctx.formParam("reason"));
        if (wantsJson(ctx)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("ok", result.succeeded());
            body.put("deal", id.toString());
            body.put("notice", result.flash().notice().orElse(null));
            body.put("violations", result.flash().violations().stream().map(BoardRoutes::violationJson).toList());
            json(ctx, result.succeeded() ? 200 : 422, body);
            return;
        }
        String key = flashes.put(result.flash());
        String target = ReturnTo.of(ctx.formParam(ReturnTo.FIELD)) == ReturnTo.DEAL
                ? Urls.deal(id) + "?" + FLASH_PARAM + "=" + key
                : Urls.pipeline(result.pipeline()) + "?" + FLASH_PARAM + "=" + key + "#" + Urls.cardAnchor(id);
        ctx.redirect(target, HttpStatus.SEE_OTHER);
    }

    /** Whether a handler of this class wrote the response (else a 404 is Javalin's own "endpoint not found"). */
    static boolean isRendered(Context ctx) {
        return ctx.attribute(RENDERED) != null;
    }

    /** Renders a refusal: an error page, or JSON for the script. */
    void refused(Context ctx, int status, String title, String message) {
        ctx.attribute(RENDERED, Boolean.TRUE);
        if (wantsJson(ctx)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("ok", false);
            body.put("error", message);
            json(ctx, status, body);
        } else {
            html(ctx, status, ErrorPage.render(status, title, message, token));
        }
    }

    private Optional<Flash> flash(Context ctx) {
        return flashes.get(ctx.queryParam(FLASH_PARAM));
    }

    private static Map<String, Object> violationJson(RuleViolation violation) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ruleId", violation.ruleId());
        out.put("field", violation.field());
        out.put("message", violation.message());
        return out;
    }

    private static DealAction action(String path) {
        for (DealAction action : DealAction.values()) {
            if (action.path().equals(path)) {
                return action;
            }
        }
        throw new Refusal(404, "Not found", "There is no such action.");
    }

    private static <T> T id(Context ctx, String kind, Function<String, T> parse) {
        try {
            return parse.apply(ctx.pathParam("id"));
        } catch (ValidationException e) {
            throw new Refusal(404, "Not found", "There is no " + kind + " with this id.");
        }
    }

    private static boolean wantsJson(Context ctx) {
        String accept = ctx.header("Accept");
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("application/json");
    }

    private static void html(Context ctx, int status, String page) {
        ctx.status(status).contentType("text/html; charset=utf-8").header("Cache-Control", "no-store").result(page);
    }

    private void json(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType("application/json; charset=utf-8").header("Cache-Control", "no-store")
                    .result(json.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
