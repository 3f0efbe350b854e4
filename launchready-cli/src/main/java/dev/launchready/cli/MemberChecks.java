package dev.launchready.cli;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A members-only page, fetched as the member: must not be storable by a shared cache, must not allow foreign origins. */
final class MemberChecks {

    private MemberChecks() {
    }

    static List<Finding> run(Site site) throws IOException {
        Target target = site.target;
        if (target.memberUrl() == null) {
            return List.of(Finding.skip("cache.member", target.apex(), "no --member-url given"));
        }
        URI url = site.origin().resolve(target.memberUrl());
        Map<String, String> headers = new LinkedHashMap<>();
        if (target.memberCookie() != null) {
            headers.put("Cookie", target.memberCookie());
        }
        if (target.memberToken() != null) {
            headers.put("Authorization", "Bearer " + target.memberToken());
        }
        if (!headers.isEmpty() && url.getScheme().equals("https")) {
            // Never send a member's credentials over a connection whose certificate did not verify.
            HttpResponse probe = site.http.get(url.resolve("/"));
            if (probe.tls() != null && !probe.tls().trusted()) {
                return List.of(Finding.skip("cache.member", url.toString(),
                        "certificate not trusted (see tls.*): the member cookie/token was not sent"));
            }
        }
        List<Finding> findings = new ArrayList<>();
        HttpResponse member = site.http.send("GET", url, headers, 256 * 1024);
        if (!headers.isEmpty() && (member.isRedirect() || member.status() == 401 || member.status() == 403)) {
            findings.add(Finding.warn("member.login", url.toString(), "answered " + member.status()
                    + " with the given credentials: they did not log in", "Pass a current session cookie or token."));
        }
        findings.add(CacheRules.member(url.toString(), member.status(), CacheControl.parse(member.headers("cache-control")),
                member.header("expires") != null));
        Map<String, String> cors = new LinkedHashMap<>(headers);
        cors.put("Origin", Cors.PROBE_ORIGIN);
        HttpResponse foreign = site.http.send("GET", url, cors, 64 * 1024);
        findings.add(Cors.judge(url.toString(), foreign.header("access-control-allow-origin"),
                foreign.header("access-control-allow-credentials")));
        return findings;
    }
}
