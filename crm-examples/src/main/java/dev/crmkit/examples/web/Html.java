package dev.crmkit.examples.web;

/**
 * The one HTML-escaping function of the board: every piece of CRM data that reaches a page goes through
 * {@link #escape(String)}, by way of {@link HtmlWriter}.
 */
final class Html {
    private Html() {
    }

    /**
     * Escapes {@code & < > " '} so the text is inert both as element content and inside a quoted attribute value.
     *
     * @param text any text; {@code null} becomes the empty string
     * @return the escaped text
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (replacement == null) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            out.append(replacement);
        }
        return out == null ? text : out.toString();
    }
}
