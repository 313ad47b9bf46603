package dev.crmkit.examples.web;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Writes HTML (and inline SVG) so that data can only appear escaped: text and attribute values go through
 * {@link Html#escape}, attribute values are always double-quoted, and tag and attribute names must be plain
 * identifiers (they are constants of the page code, never data), and inline event handlers and {@code style}
 * attributes are refused. Elements are closed in order; {@link #toString()}
 * refuses a document with unclosed elements.
 */
final class HtmlWriter {
    private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9-]*");

    private final StringBuilder out = new StringBuilder(8192);
    private final Deque<String> open = new ArrayDeque<>();

    /** Writes the HTML5 doctype. */
    HtmlWriter doctype() {
        out.append("<!DOCTYPE html>\n");
        return this;
    }

    /**
     * Opens an element.
     *
     * @param tag        the element name
     * @param attributes name/value pairs; a {@code null} value leaves the attribute out
     * @throws IllegalArgumentException for a name that is not a plain identifier or an odd number of arguments
     */
    HtmlWriter open(String tag, String... attributes) {
        startTag(tag, attributes);
        out.append('>');
        open.push(tag);
        return this;
    }

    /**
     * Closes the innermost open element.
     *
     * @throws IllegalStateException when no element is open
     */
    HtmlWriter close() {
        if (open.isEmpty()) {
            throw new IllegalStateException("no open element to close");
        }
        out.append("</").append(open.pop()).append('>');
        return this;
    }

    /** Writes {@code <tag attributes>text</tag>}, the text escaped. */
    HtmlWriter element(String tag, Object text, String... attributes) {
        return open(tag, attributes).text(text).close();
    }

    /** Writes a void HTML element such as {@code <input>}, {@code <meta>} or {@code <br>}. */
    HtmlWriter voidElement(String tag, String... attributes) {
        startTag(tag, attributes);
        out.append('>');
        return this;
    }

    /** Writes a self-closed SVG element such as {@code <rect .../>}. */
    HtmlWriter svgLeaf(String tag, String... attributes) {
        startTag(tag, attributes);
        out.append("/>");
        return this;
    }

    /** Writes escaped text; {@code null} writes nothing. */
    HtmlWriter text(Object text) {
        if (text != null) {
            out.append(Html.escape(String.valueOf(text)));
        }
        return this;
    }

    /**
     * The document.
     *
     * @throws IllegalStateException when an element is still open
     */
    @Override
    public String toString() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed elements: " + open);
        }
        return out.toString();
    }

    private void startTag(String tag, String... attributes) {
        requireName(tag);
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name/value pairs: " + attributes.length);
        }
        out.append('<').append(tag);
        for (int i = 0; i < attributes.length; i += 2) {
            String name = requireName(attributes[i]);
            String value = attributes[i + 1];
            if (value != null) {
                out.append(' ').append(name).append("=\"").append(Html.escape(value)).append('"');
            }
        }
    }

    private static String requireName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a tag or attribute name: " + name);
        }
        // the pages never use inline handlers or inline styles (the CSP forbids both), so refuse to write them
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("on") || lower.equals("style")) {
            throw new IllegalArgumentException("inline handlers and styles are not written: " + name);
        }
        return name;
    }
}
