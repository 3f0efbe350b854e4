package dev.launchready.cli;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The four starting points (http/https x apex/www) must end at one URL in at most two hops, over HTTPS. */
final class RedirectRules {

    static final int MAX_HOPS = 2;

    private RedirectRules() {
    }

    static List<Finding> judge(String subject, List<RedirectChain> chains) {
        List<Finding> findings = new ArrayList<>();
        List<RedirectChain> loops = chains.stream().filter(c -> c.end() == RedirectChain.End.LOOP
                || c.end() == RedirectChain.End.TOO_LONG).toList();
        if (loops.isEmpty()) {
            findings.add(Finding.pass("redirect.loop", subject, "no loops"));
        } else {
            findings.add(Finding.fail("redirect.loop", subject, join(loops),
                    "Redirect in one place only. Behind a TLS-terminating proxy or CDN, the app must trust "
                            + "X-Forwarded-Proto (or the CDN must reach the origin over HTTPS: Cloudflare 'Full (strict)')."));
        }
        List<RedirectChain> errors = chains.stream().filter(c -> c.end() == RedirectChain.End.ERROR).toList();
        List<RedirectChain> plain = chains.stream().filter(c -> c.end() == RedirectChain.End.FINAL
                && c.last().getScheme().equals("http")).toList();
        if (!errors.isEmpty() || !plain.isEmpty()) {
            List<RedirectChain> bad = new ArrayList<>(errors);
            bad.addAll(plain);
            findings.add(Finding.fail("redirect.https", subject, join(bad),
                    "Answer plain HTTP on port 80 with a 301 to the https:// URL of the canonical host."));
        } else {
            findings.add(Finding.pass("redirect.https", subject, "plain HTTP redirects to HTTPS"));
        }
        List<RedirectChain> finished = chains.stream().filter(c -> c.end() == RedirectChain.End.FINAL).toList();
        List<RedirectChain> long_ = finished.stream().filter(c -> c.redirects() > MAX_HOPS).toList();
        if (!long_.isEmpty()) {
            findings.add(Finding.warn("redirect.chain", subject, join(long_),
                    "Redirect each starting URL straight to the canonical https URL (one hop)."));
        } else {
            findings.add(Finding.pass("redirect.chain", subject, "at most " + MAX_HOPS + " hops"));
        }
        Set<URI> ends = finished.stream().filter(c -> c.last().getScheme().equals("https"))
                .map(c -> c.last()).collect(Collectors.toCollection(LinkedHashSet::new));
        List<RedirectChain> broken = finished.stream().filter(c -> c.finalStatus() >= 400).toList();
        if (ends.size() > 1) {
            findings.add(Finding.fail("redirect.canonical", subject, ends.size() + " different end URLs: "
                    + join(finished), "Pick one host (apex or www) and 301 the other one to it: members who log in "
                    + "on one host appear logged out on the other."));
        } else if (!broken.isEmpty()) {
            findings.add(Finding.fail("redirect.canonical", subject, join(broken),
                    "The canonical URL must answer 200."));
        } else if (ends.size() == 1) {
            findings.add(Finding.pass("redirect.canonical", subject, "all end at " + ends.iterator().next()));
        }
        return findings;
    }

    private static String join(List<RedirectChain> chains) {
        return chains.stream().map(RedirectChain::describe).collect(Collectors.joining(" | "));
    }
}
