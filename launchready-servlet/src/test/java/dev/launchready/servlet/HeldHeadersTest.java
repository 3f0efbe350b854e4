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
}
