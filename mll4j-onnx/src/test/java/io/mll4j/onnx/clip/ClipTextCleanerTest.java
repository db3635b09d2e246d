package io.mll4j.onnx.clip;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClipTextCleanerTest {

    @Test
    void clean_whitespaceRuns_collapseToOneSpaceAndStrip() {
        assertThat(ClipTextCleaner.clean("  Hi\t\n  There\u3000\u00A0 ")).isEqualTo("hi there");
    }

    @Test
    void clean_htmlEntities_areUnescapedTwiceLikeBasicClean() {
        assertThat(ClipTextCleaner.clean("Fish &amp;amp; Chips &#39;n&#x27; &lt;b&gt;")).isEqualTo("fish & chips 'n' <b>");
    }

    @Test
    void unescapeHtml_legacyEntityWithoutSemicolon_isReplacedLikePython() {
        assertThat(ClipTextCleaner.unescapeHtml("&ampx &unknown; &#128;")).isEqualTo("&x &unknown; €");
    }

    @Test
    void fixText_curlyQuotesLigaturesAndFullWidth_areFoldedLikeFtfy() {
        assertThat(ClipTextCleaner.fixText("\u2018ﬁsh\u2019 \u201CＡＢＣ\u201D")).isEqualTo("'fish' \"ABC\"");
    }

    @Test
    void fixText_c1ControlAndDecomposedAccent_becomeWindows1252AndNfc() {
        assertThat(ClipTextCleaner.fixText("wait\u0085 cafe\u0301")).isEqualTo("wait… café");
    }
}
