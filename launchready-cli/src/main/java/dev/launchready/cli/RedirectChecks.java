package dev.launchready.cli;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Walks the four starting points by hand, recording every hop. */
final class RedirectChecks {

    private RedirectChecks() {
    }

    static List<Finding> run(Site site) {
        List<RedirectChain> chains = new ArrayList<>();
        for (String scheme : List.of("http", "https")) {
            for (String host : site.target.hosts()) {
                // A name that does not resolve is dns.resolves' finding; walking it would only repeat it.
                if (site.dns.addresses(host).found()) {
                    chains.add(walk(site, site.target.origin(scheme, host)));
                }
            }
        }
        if (chains.isEmpty()) {
            return List.of(Finding.skip("redirect.canonical", site.target.apex(), "neither apex nor www resolves"));
        }
        return RedirectRules.judge(site.target.apex(), chains);
    }

    static RedirectChain walk(Site site, URI start) {
        List<RedirectChain.Hop> hops = new ArrayList<>();
        Set<URI> visited = new HashSet<>();
        URI next = start;
        for (int i = 0; i <= Site.MAX_FOLLOW; i++) {
            if (!visited.add(next)) {
                return new RedirectChain(start, hops, RedirectChain.End.LOOP, null);
            }
            HttpResponse response;
            try {
                response = site.http.get(next);
            } catch (IOException e) {
                return new RedirectChain(next, hops, RedirectChain.End.ERROR, e.getMessage());
            }
            hops.add(new RedirectChain.Hop(next, response.status()));
            if (!response.isRedirect()) {
                return new RedirectChain(start, hops, RedirectChain.End.FINAL, null);
            }
            next = response.location();
        }
        return new RedirectChain(start, hops, RedirectChain.End.TOO_LONG, null);
    }
}
