package dev.launchready.client;

import static dev.launchready.client.Requests.IPV6_PREFIX;
import static dev.launchready.client.Requests.headers;
import static dev.launchready.client.Requests.none;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the rate limiter counts against: one IPv4 address, or one IPv6 network of the configured prefix. */
class LimitKeyTest {

    private static ClientAddress direct(ClientAddresses resolver, String peer) {
        return resolver.resolve(peer, none());
    }

    @Test
    void ipv4IsTheAddressItself() {
        ClientAddress a = direct(Requests.resolver(), "203.0.113.9");
        assertThat(a.ip()).isEqualTo("203.0.113.9");
        assertThat(a.limitKey()).isEqualTo("203.0.113.9/32");
    }

    @Test
    void rotatingInsideOneSlash64IsOneKeyByDefault() {
        ClientAddresses resolver = Requests.resolver();
        ClientAddress first = direct(resolver, "2001:db8:1:2::a");
        ClientAddress second = direct(resolver, "2001:DB8:1:2:ffff:1:2:3");
        assertThat(first.limitKey()).isEqualTo("2001:db8:1:2::/64").isEqualTo(second.limitKey());
        assertThat(first.ip()).isEqualTo("2001:db8:1:2::a");
        assertThat(second.ip()).isEqualTo("2001:db8:1:2:ffff:1:2:3");
    }

    @Test
    void theNextSlash64IsAnotherKey() {
        ClientAddresses resolver = Requests.resolver();
        assertThat(direct(resolver, "2001:db8:1:3::a").limitKey()).isEqualTo("2001:db8:1:3::/64")
                .isNotEqualTo(direct(resolver, "2001:db8:1:2::a").limitKey());
    }

    @ParameterizedTest
    @CsvSource({
            "48, 2001:db8:1:2::a, 2001:db8:1::/48",
            "48, 2001:db8:1:ff:1::1, 2001:db8:1::/48",
            "56, 2001:db8:1:2ff::1, 2001:db8:1:200::/56",
            "32, 2001:db8:ffff:1::1, 2001:db8::/32",
            "128, 2001:db8:1:2::a, 2001:db8:1:2::a/128",
            "127, 2001:db8::b, 2001:db8::a/127",
            "64, ::1, ::/64",
            "64, fe80::1:2:3:4, fe80::/64"})
    void thePrefixIsConfigurable(String prefix, String peer, String key) {
        assertThat(direct(Requests.resolver(IPV6_PREFIX, prefix), peer).limitKey()).isEqualTo(key);
    }

    @Test
    void prefix48GroupsSubnetsAndPrefix128SeparatesAddresses() {
        ClientAddresses wide = Requests.resolver(IPV6_PREFIX, "48");
        assertThat(direct(wide, "2001:db8:1:2::a").limitKey()).isEqualTo(direct(wide, "2001:db8:1:3::b").limitKey());
        assertThat(direct(wide, "2001:db8:1::a").limitKey()).isNotEqualTo(direct(wide, "2001:db8:2::a").limitKey());
        ClientAddresses exact = Requests.resolver(IPV6_PREFIX, "128");
        assertThat(direct(exact, "2001:db8:1:2::a").limitKey()).isNotEqualTo(direct(exact, "2001:db8:1:2::b").limitKey());
    }

    @Test
    void ipv4MappedIpv6IsIpv4() {
        ClientAddress peer = direct(Requests.resolver(IPV6_PREFIX, "48"), "::ffff:203.0.113.9");
        assertThat(peer.ip()).isEqualTo("203.0.113.9");
        assertThat(peer.limitKey()).isEqualTo("203.0.113.9/32");
        ClientAddress forwarded = Requests.resolver().resolve("::1", headers("X-Forwarded-For", "::ffff:c633:6407"));
        assertThat(forwarded.ip()).isEqualTo("198.51.100.7");
        assertThat(forwarded.limitKey()).isEqualTo("198.51.100.7/32");
    }

    @Test
    void theForwardedClientIsKeyedTheSameWayAsADirectOne() {
        ClientAddress a = Requests.resolver().resolve("127.0.0.1", headers("X-Forwarded-For", "2001:db8:5:6:7:8:9:a"));
        assertThat(a.limitKey()).isEqualTo("2001:db8:5:6::/64");
        assertThat(a.ip()).isEqualTo("2001:db8:5:6:7:8:9:a");
    }
}
