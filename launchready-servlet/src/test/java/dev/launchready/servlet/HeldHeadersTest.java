package dev.launchready.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class HeldHeadersTest {

    @Test
    void everyHeldNameIsFoundInAnyCase() {
        for (int i = 0; i < HeldHeaders.NAMES.size(); i++) {
            String name = HeldHeaders.NAMES.get(i);
            assertThat(HeldHeaders.index(name)).isEqualTo(i);
            assertThat(HeldHeaders.index(name.toLowerCase(Locale.ROOT))).isEqualTo(i);
            assertThat(HeldHeaders.index(name.toUpperCase(Locale.ROOT))).isEqualTo(i);
            assertThat(HeldHeaders.bit(name)).isEqualTo(1 << i);
        }
    }

    @Test
    void otherNamesOfTheSameLengthsAreNotHeld() {
        // X-Frame-Options is as long as X-Accel-Expires, Surrogate-Key as Cache-Control.
        for (String other : new String[] {"X-Frame-Options", "Surrogate-Key", "Content-Type", "Content-Length",
                "Set-Cookie", "Vary", "ETag", "Last-Modified", "Age", "", "Cache-Control ", "Cache_Control",
                "CDN-Cache-Controls", "X".repeat(500)}) {
            assertThat(HeldHeaders.index(other)).as(other).isEqualTo(-1);
            assertThat(HeldHeaders.held(other)).as(other).isFalse();
            assertThat(HeldHeaders.bit(other)).as(other).isZero();
        }
        assertThat(HeldHeaders.index(null)).isEqualTo(-1);
    }

    @Test
    void springSecuritysThreeGoOnceTheAppSetsOneOfItsOwn() {
        HeldHeaders held = springThree();
        held.set("Cache-Control", "public, max-age=600");
        assertThat(held.names()).containsExactly("Cache-Control");
        assertThat(held.get("Cache-Control")).isEqualTo("public, max-age=600");

        HeldHeaders expires = springThree();
        expires.set("Expires", "Thu, 01 Jan 2099 00:00:00 GMT");
        assertThat(expires.names()).containsExactly("Expires");

        // Another held header is no choice about these three: Spring at commit would still write them.
        HeldHeaders cdn = springThree();
        cdn.set("CDN-Cache-Control", "max-age=60");
        assertThat(cdn.names()).containsExactlyInAnyOrder("Cache-Control", "Pragma", "Expires", "CDN-Cache-Control");

        // The app's own no-cache set of three is not Spring's: nothing is dropped.
        HeldHeaders own = new HeldHeaders();
        own.set("Cache-Control", "no-cache");
        own.set("Pragma", "no-cache");
        own.set("Expires", "0");
        own.add("Cache-Control", "private");
        assertThat(own.all("Cache-Control")).containsExactly("no-cache", "private");
        assertThat(own.names()).hasSize(3);
    }

    private static HeldHeaders springThree() {
        HeldHeaders held = new HeldHeaders();
        held.add("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
        held.add("Pragma", "no-cache");
        held.add("Expires", "0");
        assertThat(held.names()).hasSize(3);
        return held;
    }
}
