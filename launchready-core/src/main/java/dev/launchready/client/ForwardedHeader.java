package dev.launchready.client;

import java.util.List;

/**
 * Walks RFC 7239 {@code Forwarded}: comma-separated elements, newest on the right, each a
 * {@code ;}-separated list of {@code name=value} pairs with token or quoted-string values:
 * {@code for=192.0.2.60;proto=http, For="[2001:db8:cafe::17]:4711"}. Names are case-insensitive.
 *
 * <p>Elements are found scanning backwards (quote-aware), so the elements our proxies appended on the
 * right are read before, and independently of, whatever a client wrote on the left: an unbalanced
 * quote sent by a client cannot swallow the proxy's element. An element that does not parse ends the
 * walk. {@code for=unknown}, {@code for=_hidden} or no {@code for} at all is a hop that did not say
 * who it was: the walk ends there too, with the last trusted hop to its right as the client.
 */
final class ForwardedHeader {

    /** {@code for="[v6]:port";proto=https;by=...;host=...} with room to spare. */
    private static final int MAX_ELEMENT = 256;

    private int forFrom;
    private int forTo;
    private int protoFrom;
    private int protoTo;

    private ForwardedHeader() {
    }

    static void walk(List<String> values, HopWalk walk) {
        ForwardedHeader element = new ForwardedHeader();
        for (int v = values.size() - 1; v >= 0; v--) {
            String value = values.get(v);
            if (value == null) {
                continue;
            }
            ListFromRight elements = new ListFromRight(value, true);
            while (elements.hasNext()) {
                if (!walk.nextEntry()) {
                    return;
                }
                if (!elements.next(MAX_ELEMENT)) {
                    walk.proto = null;
                    return;
                }
                int from = elements.from;
                int to = elements.to;
                if (!elements.empty()) {
                    if (!element.parse(value, from, to)) { // also refuses a quote left open
                        walk.proto = null; // written by a trusted hop, but we cannot tell what it says
                        return;
                    }
                    // The element the walk ends on describes the client's own connection: its proto is
                    // the scheme the visitor used (an inner hop's proto may say http behind a TLS edge).
                    walk.proto = element.protoFrom < 0 ? null
                            : Schemes.normalise(value, element.protoFrom, element.protoTo);
                    walk.sawFor |= element.forFrom >= 0;
                    Ip node = element.forFrom < 0 ? null : IpLiteral.node(value, element.forFrom, element.forTo);
                    if (!walk.hop(node)) {
                        return;
                    }
                }
            }
        }
    }

    /** Reads the pairs of one element into the span fields; false on a syntax error or a repeated for/proto. */
    private boolean parse(String text, int from, int to) {
        forFrom = -1;
        protoFrom = -1;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == ';' || HopWalk.isSpace(c)) { // empty pairs are allowed: for=1.2.3.4;
                i++;
                continue;
            }
            int nameFrom = i;
            while (i < to && isTokenChar(text.charAt(i))) {
                i++;
            }
            int nameTo = i;
            if (nameTo == nameFrom || i == to || text.charAt(i) != '=') {
                return false;
            }
            i++;
            int valueFrom;
            int valueTo;
            if (i < to && text.charAt(i) == '"') {
                valueFrom = ++i;
                while (i < to && text.charAt(i) != '"') {
                    if (text.charAt(i) == '\\') {
                        return false; // quoted-pair: legal, but no address or scheme needs it
                    }
                    i++;
                }
                if (i == to) {
                    return false;
                }
                valueTo = i++;
            } else {
                valueFrom = i;
                while (i < to && text.charAt(i) != ';' && !HopWalk.isSpace(text.charAt(i))) {
                    if (text.charAt(i) == '"') {
                        return false;
                    }
                    i++;
                }
                valueTo = i;
                if (valueTo == valueFrom) {
                    return false;
                }
            }
            while (i < to && HopWalk.isSpace(text.charAt(i))) {
                i++;
            }
            if (i < to && text.charAt(i) != ';') {
                return false;
            }
            if (is(text, nameFrom, nameTo, "for")) {
                if (forFrom >= 0) {
                    return false; // RFC 7239 section 4: each parameter at most once per element
                }
                forFrom = valueFrom;
                forTo = valueTo;
            } else if (is(text, nameFrom, nameTo, "proto")) {
                if (protoFrom >= 0) {
                    return false;
                }
                protoFrom = valueFrom;
                protoTo = valueTo;
            }
        }
        return true;
    }

    private static boolean is(String text, int from, int to, String name) {
        return to - from == name.length() && text.regionMatches(true, from, name, 0, name.length());
    }

    /** RFC 9110 tchar. */
    private static boolean isTokenChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
    }
}
