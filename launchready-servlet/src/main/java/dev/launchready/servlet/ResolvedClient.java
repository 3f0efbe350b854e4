package dev.launchready.servlet;

import dev.launchready.client.ClientAddress;
import dev.launchready.client.ClientAddresses;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.function.Function;

/**
 * The client behind one request, resolved at most once and shared by the filter's stages (request ID,
 * HTTPS decision, access log), so every stage sees the same address and scheme and the trusted-proxy
 * walk runs once, not once per stage. Also the header lookup handed to core: each forwarding header
 * is read from the container once per request, however many decisions ask for it. Request headers do
 * not change while a request runs, so neither answer can go stale. One per request, on the request's
 * threads one after another: no locking.
 */
final class ResolvedClient implements Function<String, List<String>> {

    /**
     * Names remembered per request: the client takes up to five, an https claim at most three more. A
     * request with no scheme claim at all asks for up to 13; those past the eighth are read, not kept.
     */
    private static final int MEMORY = 8;

    private final HttpServletRequest request;
    private ClientAddresses resolvedBy;
    private ClientAddress resolved;
    private String[] names;
    private List<?>[] values;
    private int remembered;

    ResolvedClient(HttpServletRequest request) {
        this.request = request;
    }

    /**
     * The client as {@code clients} sees it. Stages built with the same {@link ClientAddresses} (as the
     * initializer and the starter build them) share one answer; another instance gets its own, unshared.
     */
    ClientAddress resolve(ClientAddresses clients) {
        if (resolved != null && resolvedBy == clients) {
            return resolved;
        }
        ClientAddress client = clients.resolve(request.getRemoteAddr(), this);
        if (resolved == null) {
            resolved = client;
            resolvedBy = clients;
        }
        return client;
    }

    /**
     * The scheme a trusted proxy reported, or null ({@link ClientAddresses#trustedScheme}): the resolved
     * answer when there is one, else read without resolving the address.
     */
    String trustedScheme(ClientAddresses clients) {
        if (resolved != null && resolvedBy == clients) {
            return resolved.trustedScheme();
        }
        return clients.trustedScheme(request.getRemoteAddr(), this);
    }

    /** Whether the peer is one of {@code clients}' trusted proxies: the resolved answer when there is one. */
    boolean trustsPeer(ClientAddresses clients) {
        return resolved != null && resolvedBy == clients ? resolved.viaTrustedProxy()
                : clients.trustsPeer(request.getRemoteAddr());
    }

    /** Every value of a request header, in order; empty when absent. */
    @Override
    @SuppressWarnings("unchecked")
    public List<String> apply(String name) {
        for (int i = 0; i < remembered; i++) {
            if (names[i].equals(name)) {
                return (List<String>) values[i];
            }
        }
        List<String> read = read(request, name);
        if (remembered < MEMORY) {
            if (names == null) {
                names = new String[MEMORY];
                values = new List<?>[MEMORY];
            }
            names[remembered] = name;
            values[remembered++] = read;
        }
        return read;
    }

    static List<String> read(HttpServletRequest request, String name) {
        Enumeration<String> values = request.getHeaders(name);
        if (values == null || !values.hasMoreElements()) {
            return List.of();
        }
        String first = values.nextElement();
        if (!values.hasMoreElements()) {
            return first == null ? List.of() : List.of(first); // the usual case: one line, no list to grow
        }
        List<String> all = new ArrayList<>(4);
        all.add(first);
        while (values.hasMoreElements()) {
            all.add(values.nextElement());
        }
        return all;
    }
}
