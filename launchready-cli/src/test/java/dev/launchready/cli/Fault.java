package dev.launchready.cli;

import java.util.Set;

/** The faults planted in the fixture, one site each ({@code <name>.test}), and the finding each must produce. */
enum Fault {
    CLEAN(Set.of()),
    SPA(Set.of()),
    NOMAIL(Set.of()),
    WWWMISSING("dns.resolves"),
    SPF("email.spf-lookups"),
    DMARC("email.dmarc"),
    DKIM("email.dkim"),
    EXPIRING("tls.expiry"),
    WRONGNAME("tls.hostname"),
    LOOP("redirect.loop"),
    NOWWW("redirect.canonical"),
    PLAINHTTP("redirect.https"),
    HSTS("hsts"),
    ENV("exposure.env"),
    GIT("exposure.git"),
    MEMBERCACHE("cache.member"),
    HEALTHLEAK("health.details"),
    SLOW("latency"),
    CORS("cors"),
    DANGLING("dns.dangling-cname"),
    HEADERS("headers.security"),
    MIXED("mixed-content"),
    NOCDN("cdn"),
    SMOKE("smoke");

    final Set<String> expected;

    Fault(Set<String> expected) {
        this.expected = expected;
    }

    Fault(String expected) {
        this(Set.of(expected));
    }

    String apex() {
        return name().toLowerCase(java.util.Locale.ROOT) + ".test";
    }
}
