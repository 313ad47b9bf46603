package dev.crmkit.examples.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void escapesTheFiveSpecialCharacters() {
        assertThat(Html.escape("<a href=\"x\" title='y'>Tom & Jerry</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;");
        assertThat(Html.escape("plain text")).isEqualTo("plain text");
        assertThat(Html.escape("&amp;")).isEqualTo("&amp;amp;");
        assertThat(Html.escape(null)).isEmpty();
    }

    @Test
    void escapedTextHasNoMarkupCharactersAndUnescapesToTheOriginal() {
        qt().withExamples(500).forAll(strings().allPossible().ofLengthBetween(0, 40)).checkAssert(text -> {
            String escaped = Html.escape(text);
            assertThat(escaped).doesNotContain("<", ">", "\"", "'");
            assertThat(escaped.replaceAll("&(?!(amp|lt|gt|quot|#39);)", "")).isEqualTo(escaped);
            assertThat(unescape(escaped)).isEqualTo(text);
        });
    }

    @Test
    void writerEscapesTextAndQuotesEveryAttributeValue() {
        String html = new HtmlWriter().open("p", "class", "a\"b", "title", null)
                .text("<b>").element("a", "x'y", "href", "/deals/1").voidElement("br").close().toString();

        assertThat(html).isEqualTo("<p class=\"a&quot;b\">&lt;b&gt;<a href=\"/deals/1\">x&#39;y</a><br></p>");
    }

    @Test
    void writerRefusesNamesThatAreNotPlainIdentifiersAndInlineHandlersOrStyles() {
        HtmlWriter writer = new HtmlWriter();
        assertThatThrownBy(() -> writer.open("p onclick=alert(1)")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> writer.open("p", "x=\"y", "1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> writer.open("img", "onerror", "alert(1)")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> writer.open("div", "STYLE", "color:red")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> writer.open("div", "class")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writerRefusesUnbalancedDocuments() {
        assertThatThrownBy(() -> new HtmlWriter().open("div").toString()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new HtmlWriter().close()).isInstanceOf(IllegalStateException.class);
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
