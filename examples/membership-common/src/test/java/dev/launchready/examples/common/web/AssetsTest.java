package dev.launchready.examples.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class AssetsTest {

    private final Assets assets = Assets.load();

    @Test
    void namesEachFileAfterTheHashOfWhatIsServed() throws Exception {
        for (String logical : new String[] {"app.css", "app.js", "logo.svg"}) {
            String path = assets.path(logical);
            assertThat(path).matches("/assets/(app|logo)\\.[0-9a-f]{10}\\.(css|js|svg)");

            Asset asset = assets.find(path.substring(Assets.PATH_PREFIX.length())).orElseThrow();
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(asset.bytes()));
            assertThat(path).contains("." + hash.substring(0, Assets.HASH_CHARS) + ".");
        }
    }

    @Test
    void givesEachKindOfFileItsContentType() {
        assertThat(find("app.css").contentType()).startsWith("text/css");
        assertThat(find("app.js").contentType()).startsWith("text/javascript");
        assertThat(find("logo.svg").contentType()).isEqualTo("image/svg+xml");
        assertThat(assets.favicon().contentType()).isEqualTo("image/x-icon");
        assertThat(assets.robots().contentType()).startsWith("text/plain");
    }

    @Test
    void servesARealIcon() {
        byte[] icon = assets.favicon().bytes();

        assertThat(icon).startsWith(0, 0, 1, 0);
        assertThat(icon.length).isBetween(100, 20_000);
    }

    @Test
    void findsNothingUnderAnUnfingerprintedOrUnknownName() {
        assertThat(assets.find("app.css")).isEmpty();
        assertThat(assets.find("app.0000000000.css")).isEmpty();
        assertThat(assets.find("../logback.xml")).isEmpty();
        assertThat(assets.find(null)).isEmpty();
        assertThatThrownBy(() -> assets.path("missing.css")).isInstanceOf(IllegalArgumentException.class);
    }

    private Asset find(String logical) {
        return assets.find(assets.path(logical).substring(Assets.PATH_PREFIX.length())).orElseThrow();
    }
}
