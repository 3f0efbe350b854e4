package dev.launchready.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The literal parser accepts exactly the textual IP forms and prints them canonically. */
class IpLiteralTest {

    @ParameterizedTest
    @CsvSource({
            "0.0.0.0, 0.0.0.0",
            "1.2.3.4, 1.2.3.4",
            "255.255.255.255, 255.255.255.255",
            "::, ::",
            "::1, ::1",
            "0:0:0:0:0:0:0:1, ::1",
            "2001:DB8::1, 2001:db8::1",
            "2001:0db8:0000:0000:0000:0000:0000:0001, 2001:db8::1",
            "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
            "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
            "2001:db8::, 2001:db8::",
            "1::, 1::",
            "1:2:3:4:5:6:7::, 1:2:3:4:5:6:7:0",
            "::2:3:4:5:6:7:8, 0:2:3:4:5:6:7:8",
            "fe80::1:2, fe80::1:2",
            "::ffff:1.2.3.4, 1.2.3.4",
            "::FFFF:7f00:1, 127.0.0.1",
            "0:0:0:0:0:ffff:10.0.0.1, 10.0.0.1",
            "::1.2.3.4, ::102:304",
            "64:ff9b::192.0.2.33, 64:ff9b::c000:221",
            "ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255, ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"})
    void parsesAndNormalises(String literal, String text) {
        assertThat(IpLiteral.parse(literal)).isNotNull().extracting(Ip::text).isEqualTo(text);
    }

    @Test
    void ipv4MappedIsTheSameAddressAsIpv4() {
        assertThat(IpLiteral.parse("::ffff:192.0.2.1")).isEqualTo(IpLiteral.parse("192.0.2.1"));
        assertThat(IpLiteral.parse("::ffff:192.0.2.1").isV4()).isTrue();
        assertThat(IpLiteral.parse("::1").isV4()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "1.2.3", "999.1.1.1", "256.0.0.1", "1.2.3.4.5", "1.2.3.", ".1.2.3", "1..2.3",
            "01.2.3.4", "1.2.3.04", "1.2.3.-4", "1.2.3.4 ", " 1.2.3.4", "0x1.2.3.4", "1234.1.1.1", "1.2.3.4/32",
            ":", ":::", "1:2", ":1", "1:", "1:::2", "1::2::3", "12345::", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7",
            "1:2:3:4:5:6:7:8::", "::1:2:3:4:5:6:7:8", "g::1", "::ffff:999.1.1.1", "::ffff:1.2.3", "1.2.3.4::",
            "::1.2.3.4:5", "fe80::1%eth0", "fe80::1%1", "[::1]", "[::1", "::1]", "evil.example", "localhost",
            "unknown", "_hidden", "1.2.3.4:80", "١.٢.٣.٤", "::ffff:1.2.3.4.5"})
    void refusesAnythingElse(String text) {
        assertThat(IpLiteral.parse(text)).isNull();
    }

    @ParameterizedTest
    @CsvSource({
            "1.2.3.4, 1.2.3.4",
            "1.2.3.4:80, 1.2.3.4",
            "1.2.3.4:65535, 1.2.3.4",
            "1.2.3.4:_port-1, 1.2.3.4",
            "2001:db8::1, 2001:db8::1",
            "[2001:db8::1], 2001:db8::1",
            "[2001:db8::1]:4711, 2001:db8::1",
            "[2001:db8::1]:_x, 2001:db8::1",
            "[::ffff:1.2.3.4]:8080, 1.2.3.4"})
    void readsNodesWithPortsAndBrackets(String node, String text) {
        assertThat(IpLiteral.node(node, 0, node.length())).isNotNull().extracting(Ip::text).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"unknown", "_hidden", "1.2.3.4:", "1.2.3.4:65536", "1.2.3.4:123456", "1.2.3.4:8a",
            "1.2.3.4:_", "1.2.3.4:80:80", "[::1", "[::1]:", "[::1]x", "[::1]:99999", "[1.2.3.4]", "[]", "[fe80::1%eth0]",
            "2001:db8::1:_x", "evil.example:80", "[evil.example]"})
    void refusesNodesThatAreNotAddresses(String node) {
        assertThat(IpLiteral.node(node, 0, node.length())).isNull();
    }

    @Test
    void readsOnlyTheGivenRange() {
        String text = "x1.2.3.4y";
        assertThat(IpLiteral.parse(text, 1, 8)).extracting(Ip::text).isEqualTo("1.2.3.4");
        assertThat(IpLiteral.node("a,[::1]:80,b", 2, 10)).extracting(Ip::text).isEqualTo("::1");
    }
}
