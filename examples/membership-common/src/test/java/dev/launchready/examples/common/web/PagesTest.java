package dev.launchready.examples.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.launchready.examples.common.members.Member;
import org.junit.jupiter.api.Test;

class PagesTest {

    private final Assets assets = Assets.load();
    private final Pages pages = new Pages(assets);
    private final Member mallory = new Member("<b>Mallory</b>", "mal\"lory@example.com", "hash", "1234", "mbr_tok<en>");

    @Test
    void linksTheFingerprintedAssets() {
        assertThat(pages.home())
                .contains("href=\"" + assets.path("app.css") + "\"")
                .contains("src=\"" + assets.path("app.js") + "\"")
                .contains("src=\"" + assets.path("logo.svg") + "\"");
    }

    @Test
    void postsEachFormWithItsNamedFields() {
        assertThat(pages.signup("", "", null, null)).contains("<form method=\"post\" action=\"/signup\"")
                .contains("name=\"name\"").contains("name=\"email\"").contains("name=\"password\"");
        assertThat(pages.login("", null, null)).contains("<form method=\"post\" action=\"/login\"")
                .contains("name=\"email\"").contains("name=\"password\"");
        assertThat(pages.passwordReset(null)).contains("<form method=\"post\" action=\"/password-reset\"")
                .contains("name=\"email\"");
        assertThat(pages.members(mallory, null, null, null)).contains("<form method=\"post\" action=\"/invite\"")
                .contains("<form method=\"post\" action=\"/logout\"");
    }

    @Test
    void putsTheAntiCsrfTokenInEveryPostForm() {
        String page = pages.members(mallory, null, null, "tok\"en");

        int forms = page.split("<form ", -1).length - 1;
        int tokens = page.split("name=\"_csrf\" value=\"tok&quot;en\"", -1).length - 1;
        assertThat(forms).isEqualTo(2);
        assertThat(tokens).isEqualTo(forms);
        assertThat(pages.login("", null, null)).doesNotContain("_csrf");
    }

    @Test
    void escapesWhatPeopleTyped() {
        assertThat(pages.members(mallory, "Invite sent to <x>", "<problem>", null))
                .contains("&lt;b&gt;Mallory&lt;/b&gt;").doesNotContain("<b>Mallory")
                .contains("mal&quot;lory@example.com")
                .contains("Invite sent to &lt;x&gt;").contains("&lt;problem&gt;");
        assertThat(pages.account(mallory, null)).contains("mbr_tok&lt;en&gt;").contains("1234");
        assertThat(pages.signup("<i>n</i>", "e\"><script>", "Bad <thing>", null))
                .contains("value=\"&lt;i&gt;n&lt;/i&gt;\"").contains("value=\"e&quot;&gt;&lt;script&gt;\"")
                .contains("Bad &lt;thing&gt;");
    }

    @Test
    void neverEchoesAPassword() {
        assertThat(pages.signup("Nina", "nina@example.com", "Too short", null))
                .contains("name=\"password\" value=\"\"");
    }

    @Test
    void saysTheSameAfterAResetRequestWhoeverAsked() {
        assertThat(pages.passwordResetSent()).isEqualTo(pages.passwordResetSent()).doesNotContain("@");
    }
}
