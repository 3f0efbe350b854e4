package dev.launchready.examples.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesEverythingThatCouldEndTextOrAnAttribute() {
        assertThat(Html.escape("<script>alert('x') & \"y\"</script>"))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
    }

    @Test
    void leavesPlainTextAndTreatsNullAsEmpty() {
        assertThat(Html.escape("Mia Member — café")).isEqualTo("Mia Member — café");
        assertThat(Html.escape(null)).isEmpty();
    }
}
