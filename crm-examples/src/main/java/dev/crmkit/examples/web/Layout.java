package dev.crmkit.examples.web;

import java.util.function.Consumer;

/**
 * The page shell shared by every page: the document head (title, form token, the one style sheet and the one
 * script, both static files), the navigation and the main element the page fills.
 */
final class Layout {
    private Layout() {
    }

    /**
     * Renders a page.
     *
     * @param title   the page title (CRM data allowed: it is escaped)
     * @param token   the form token, exposed to the script in a {@code meta} element
     * @param pageKind a constant naming the page for the script and the style sheet ({@code board}, {@code deal} ...)
     * @param body    writes the content of {@code <main>}
     */
    static String page(String title, FormToken token, String pageKind, Consumer<HtmlWriter> body) {
        HtmlWriter html = new HtmlWriter().doctype();
        html.open("html", "lang", "en");
        html.open("head");
        html.voidElement("meta", "charset", "utf-8");
        html.voidElement("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
        html.voidElement("meta", "name", "csrf-token", "content", token.value());
        html.element("title", title + " · CRMKit");
        html.voidElement("link", "rel", "icon", "type", "image/svg+xml", "href", Urls.ICON);
        html.voidElement("link", "rel", "stylesheet", "href", Urls.STYLES);
        html.open("script", "src", Urls.SCRIPT, "defer", "defer").close();
        html.close();
        html.open("body", "class", "page-" + pageKind);
        html.open("header", "class", "top");
        html.element("a", "CRMKit", "class", "brand", "href", Urls.HOME);
        html.open("nav");
        html.element("a", "Pipelines", "href", Urls.HOME);
        html.element("a", "Forecast", "href", Urls.FORECAST);
        html.close();
        html.close();
        html.open("main", "id", "main");
        body.accept(html);
        html.close();
        html.close();
        html.close();
        return html.toString();
    }
}
