package dev.crmkit.examples.web;

/** The page for a refused or failed request: a title, the reason and a link home. */
final class ErrorPage {
    private ErrorPage() {
    }

    static String render(int status, String title, String message, FormToken token) {
        return Layout.page(title, token, "error", html -> {
            html.element("h1", title);
            html.element("p", message, "class", "error-message");
            html.element("p", "HTTP " + status, "class", "muted");
            html.element("a", "Back to the pipelines", "href", Urls.HOME);
        });
    }
}
