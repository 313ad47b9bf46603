/**
 * A web pipeline board over the {@link dev.crmkit.Crm} façade: {@link dev.crmkit.examples.web.BoardServer}
 * serves server-rendered HTML pages (pipelines, kanban boards with stage moves, deal and contact pages, and a
 * forecast page with an inline SVG chart) plus one static script and one style sheet.
 *
 * <p>Every piece of CRM data reaches the HTML through {@code HtmlWriter}, which escapes text and attribute values
 * with {@code Html.escape}; links are built from ids only. Responses carry a Content-Security-Policy without
 * inline script, and every POST must carry the server's random form token.
 */
package dev.crmkit.examples.web;
