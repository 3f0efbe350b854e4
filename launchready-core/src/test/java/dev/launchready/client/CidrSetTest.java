package dev.launchready.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Range matching over both families, and the ranges behind {@code private} and {@code cloudflare}. */
class CidrSetTest {

    private static final CidrSet PRIVATE = CidrSet.of(KnownRanges.PRIVATE);
    private static final CidrSet CLOUDFLARE = CidrSet.of(KnownRanges.CLOUDFLARE);

    private static boolean in(CidrSet set, String address) {
        return set.contains(IpLiteral.parse(address));
    }

    @Test
    void matchesPrefixBoundariesExactly() {
        CidrSet set = CidrSet.of(List.of("10.1.2.0/23", "2001:db8:1::/48", "203.0.113.7"));
        assertThat(in(set, "10.1.2.0")).isTrue();
        assertThat(in(set, "10.1.3.255")).isTrue();
        assertThat(in(set, "10.1.1.255")).isFalse();
        assertThat(in(set, "10.1.4.0")).isFalse();
        assertThat(in(set, "2001:db8:1:ffff:ffff:ffff:ffff:ffff")).isTrue();
        assertThat(in(set, "2001:db8:2::")).isFalse();
        assertThat(in(set, "203.0.113.7")).isTrue();
        assertThat(in(set, "203.0.113.8")).isFalse();
        assertThat(in(set, "::ffff:203.0.113.7")).as("IPv4-mapped is IPv4").isTrue();
    }

    @Test
    void anIpv4RangeDoesNotMatchIpv6AddressesWithTheSameLowBits() {
        CidrSet set = CidrSet.of(List.of("0.0.0.0/0"));
        assertThat(in(set, "255.255.255.255")).isTrue();
        assertThat(in(set, "::1")).isFalse();
        assertThat(in(set, "::1.2.3.4")).isFalse();
        assertThat(in(set, "2001:db8::1")).isFalse();
    }

    @Test
    void ipv6RangesCoverEverythingAtSlashZeroAndOneAddressAt128() {
        assertThat(in(CidrSet.of(List.of("::/0")), "1.2.3.4")).isTrue();
        assertThat(in(CidrSet.of(List.of("::/0")), "2001:db8::1")).isTrue();
        assertThat(in(CidrSet.of(List.of("2001:db8::1/128")), "2001:db8::1")).isTrue();
        assertThat(in(CidrSet.of(List.of("2001:db8::1/128")), "2001:db8::2")).isFalse();
    }

    @Test
    void hostBitsInARangeAreIgnored() {
        assertThat(in(CidrSet.of(List.of("10.9.9.9/8")), "10.0.0.1")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.255.255.254", "::1", "::ffff:127.0.0.1", "10.0.0.1", "172.16.0.1",
            "172.31.255.255", "192.168.1.1", "169.254.169.254", "fe80::1", "febf::1", "fc00::1", "fd12:3456::1",
            "100.64.0.1", "100.127.255.255"})
    void privateCoversLoopbackRfc1918LinkLocalUniqueLocalAndCgnat(String address) {
        assertThat(in(PRIVATE, address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "172.15.255.255", "172.32.0.0", "192.169.0.1", "100.63.255.255", "100.128.0.0",
            "128.0.0.1", "::2", "fec0::1", "fe00::1", "2001:db8::1", "::ffff:8.8.8.8", "::127.0.0.1"})
    void privateExcludesPublicAddresses(String address) {
        assertThat(in(PRIVATE, address)).isFalse();
    }

    @Test
    void cloudflareRangesAreTheFifteenV4AndSevenV6Published() {
        assertThat(KnownRanges.CLOUDFLARE).hasSize(22).doesNotHaveDuplicates();
        assertThat(in(CLOUDFLARE, "173.245.48.1")).isTrue();
        assertThat(in(CLOUDFLARE, "104.16.0.1")).isTrue();
        assertThat(in(CLOUDFLARE, "104.23.255.255")).isTrue();
        assertThat(in(CLOUDFLARE, "104.28.0.0")).isFalse();
        assertThat(in(CLOUDFLARE, "131.0.75.255")).isTrue();
        assertThat(in(CLOUDFLARE, "2606:4700::6810:84e5")).isTrue();
        assertThat(in(CLOUDFLARE, "2a06:98c7:ffff::1")).isTrue();
        assertThat(in(CLOUDFLARE, "2a06:98c8::1")).isFalse();
        assertThat(in(CLOUDFLARE, "8.8.8.8")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/33", "::/129", "10.0.0.0/", "10.0.0.0/x", "example.com", "10.0.0.0/-1"})
    void refusesBadRanges(String range) {
        assertThatThrownBy(() -> CidrSet.of(List.of(range))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(range);
    }
}
