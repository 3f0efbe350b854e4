package dev.launchready.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** IPv4 text is printed into bytes by hand (it is on every proxied request): checked against plain formatting. */
class IpTextTest {

    @Test
    void everyPartValueInEveryPosition() {
        for (int part = 0; part < 256; part++) {
            for (int position = 0; position < 4; position++) {
                int[] parts = {7, 70, 200, 0};
                parts[position] = part;
                assertPrints(parts);
            }
        }
    }

    @Test
    void randomAddressesAndTheExtremes() {
        assertPrints(0, 0, 0, 0);
        assertPrints(255, 255, 255, 255);
        SplittableRandom random = new SplittableRandom(8);
        for (int i = 0; i < 10_000; i++) {
            assertPrints(random.nextInt(256), random.nextInt(256), random.nextInt(256), random.nextInt(256));
        }
    }

    @Test
    void aMappedAddressPrintsAsItsDottedQuadAndIpv6IsUnchanged() {
        assertThat(IpLiteral.parse("::ffff:198.51.100.7").text()).isEqualTo("198.51.100.7");
        assertThat(IpLiteral.parse("2001:db8:0:0:1:0:0:1").text()).isEqualTo("2001:db8::1:0:0:1");
    }

    private static void assertPrints(int... p) {
        String expected = p[0] + "." + p[1] + "." + p[2] + "." + p[3];
        long value = (long) p[0] << 24 | p[1] << 16 | p[2] << 8 | p[3];
        assertThat(Ip.v4(value).text()).isEqualTo(expected);
        assertThat(IpLiteral.parse(expected).text()).isEqualTo(expected);
    }
}
