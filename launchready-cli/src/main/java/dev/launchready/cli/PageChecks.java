package dev.launchready.cli;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the start page's answer says: HSTS, security headers, mixed content, caching, CDN, CORS. */
final class PageChecks {

    private static final Pattern ASSET = Pattern.compile(
            "<(?:script[^>]+src|link[^>]+href)\\s*=\\s*[\"']([^\"'#?]+\\.(?:css|js)[^\"']*)[\"']", Pattern.CASE_INSENSITIVE);

    private PageChecks() {
    }

    static List<Finding> run(Site site) throws IOException {
        HttpResponse page = site.startPage();
        String url = page.uri().toString();
        List<Finding> findings = new ArrayList<>();
        if (page.status() != 200) {
            findings.add(Finding.fail("page.status", url, "start page answers " + page.status(),
                    "The canonical start page must answer 200."));
        }
        if (page.uri().getScheme().equals("https")) {
            findings.add(Hsts.judge(url, page.header("strict-transport-security")));
        } else {
            findings.add(Finding.fail("hsts", url, "the start page is served over plain HTTP",
                    "Serve the site over HTTPS and redirect HTTP to it."));
        }
        findings.add(SecurityHeaders.judge(url, page));
        List<String> mixed = MixedContent.find(page.text());
        if (mixed.isEmpty()) {
            findings.add(Finding.pass("mixed-content", url, "no http:// resources"));
        } else {
            findings.add(Finding.fail("mixed-content", url, "loads over plain HTTP: " + String.join(", ", mixed),
                    "Load these over https:// (or relative URLs); add CSP upgrade-insecure-requests as a safety net."));
        }
        findings.add(CacheRules.publicPage(url, CacheControl.parse(page.headers("cache-control")),
                page.header("expires") != null, !page.headers("set-cookie").isEmpty()));
        findings.add(asset(site, page));
        Optional<String> cdn = Cdn.detect(page);
        findings.add(cdn.map(name -> Finding.pass("cdn", url, "answered by " + name))
                .orElseGet(() -> Finding.warn("cdn", url, "no CDN or caching proxy headers: the origin answers the world directly",
                        "Put a CDN (Cloudflare, CloudFront, Fastly...) in front: it absorbs traffic spikes and attacks, "
                                + "and caches public pages and assets.")));
        HttpResponse cors = site.http.send("GET", page.uri(), Map.of("Origin", Cors.PROBE_ORIGIN), 64 * 1024);
        findings.add(Cors.judge(url, cors.header("access-control-allow-origin"),
                cors.header("access-control-allow-credentials")));
        return findings;
    }

    private static Finding asset(Site site, HttpResponse page) {
        Matcher matcher = ASSET.matcher(page.text());
        while (matcher.find()) {
            URI asset = page.uri().resolve(matcher.group(1).trim());
            if (!asset.getHost().equalsIgnoreCase(page.uri().getHost())) {
                continue;
            }
            try {
                HttpResponse response = site.http.get(asset);
                if (response.status() != 200) {
                    return Finding.warn("cache.asset", asset.toString(), "asset answers " + response.status(),
                            "Fix the broken asset link.");
                }
                return CacheRules.asset(asset.toString(), CacheControl.parse(response.headers("cache-control")));
            } catch (IOException e) {
                return Finding.warn("cache.asset", asset.toString(), "could not fetch: " + e.getMessage(), "");
            }
        }
        return Finding.skip("cache.asset", page.uri().toString(), "no same-origin script or stylesheet on the start page");
    }
}
