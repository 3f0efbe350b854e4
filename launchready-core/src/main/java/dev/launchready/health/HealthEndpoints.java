package dev.launchready.health;

import java.util.Objects;

/**
 * Answers {@code /livez}, {@code /readyz} and {@code /healthz} for any adapter: the adapter asks
 * {@link #match} with the path inside the app, fills a {@link HealthProbe} and writes the
 * {@link HealthAnswer}. Public answers carry the status alone; details only pass the gate.
 */
public final class HealthEndpoints {

    /** The three endpoints. */
    public enum Endpoint {
        /** The process can serve; never touches a dependency. */
        LIVEZ("livez"),
        /** Ready for traffic: started, not draining, critical checks passing. */
        READYZ("readyz"),
        /** The overall state for uptime monitors. */
        HEALTHZ("healthz");

        private final String word;

        Endpoint(String word) {
            this.word = word;
        }

        /** The path, such as {@code /healthz}. */
        public String path() {
            return "/" + word;
        }
    }

    private static final HealthAnswer METHOD_NOT_ALLOWED = new HealthAnswer(405, HealthBody.JSON,
            HealthBody.statusOnly(HealthStatus.FAIL));
    private static final HealthAnswer LIVE = new HealthAnswer(200, HealthBody.JSON,
            HealthBody.statusOnly(HealthStatus.PASS));

    private final HealthRegistry registry;
    private final DetailsGate gate;

    private HealthEndpoints(HealthRegistry registry) {
        this.registry = registry;
        this.gate = new DetailsGate(registry.settings().details(), registry.settings().token());
    }

    /** Endpoints answering from {@code registry}. */
    public static HealthEndpoints of(HealthRegistry registry) {
        return new HealthEndpoints(Objects.requireNonNull(registry, "registry"));
    }

    /**
     * Which endpoint a path inside the app names ({@code /healthz}, also with a trailing slash), or
     * null. Cheap: adapters call it on every request.
     */
    public static Endpoint match(String path) {
        if (path == null || path.length() < 6 || path.length() > 9 || path.charAt(0) != '/') {
            return null;
        }
        int end = path.endsWith("/") ? path.length() - 1 : path.length();
        if (path.regionMatches(1, "healthz", 0, 7) && end == 8) {
            return Endpoint.HEALTHZ;
        }
        if (path.regionMatches(1, "readyz", 0, 6) && end == 7) {
            return Endpoint.READYZ;
        }
        if (path.regionMatches(1, "livez", 0, 5) && end == 6) {
            return Endpoint.LIVEZ;
        }
        return null;
    }

    /** The answer to one probe. {@code GET} and {@code HEAD} are answered; anything else is 405. */
    public HealthAnswer answer(Endpoint endpoint, HealthProbe probe) {
        String method = probe.method();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return METHOD_NOT_ALLOWED;
        }
        boolean details = gate.allows(probe);
        if (endpoint == Endpoint.LIVEZ) {
            // Liveness never looks at a check: a slow database must not restart every instance.
            return probe.verbose() && details
                    ? new HealthAnswer(200, HealthBody.TEXT, HealthBody.text("livez", true, null, false))
                    : LIVE;
        }
        HealthReport report = registry.report();
        boolean passed;
        HealthStatus status;
        if (endpoint == Endpoint.READYZ) {
            passed = report.ready();
            status = passed ? report.overall() : HealthStatus.FAIL;
        } else {
            status = report.overall();
            passed = status != HealthStatus.FAIL;
        }
        int code = passed ? 200 : 503;
        if (!details) {
            return new HealthAnswer(code, HealthBody.JSON, HealthBody.statusOnly(status));
        }
        if (probe.verbose()) {
            return new HealthAnswer(code, HealthBody.TEXT,
                    HealthBody.text(endpoint.word, passed, report, true));
        }
        return new HealthAnswer(code, HealthBody.JSON, HealthBody.details(status, report, registry.release().orElse(null)));
    }

    /**
     * The one startup line: {@code health: /livez /readyz /healthz, 2 checks (disk, redis), details for
     * loopback and bearer token}.
     */
    public String summary() {
        java.util.List<String> names = registry.checkNames();
        String who = switch (registry.settings().details()) {
            case NEVER -> "nobody";
            case TOKEN -> "bearer token";
            case LOOPBACK_OR_TOKEN -> registry.settings().token().isPresent() ? "loopback and bearer token" : "loopback";
        };
        return "health: /livez /readyz /healthz, " + names.size() + (names.size() == 1 ? " check" : " checks")
                + (names.isEmpty() ? "" : " (" + String.join(", ", names) + ")") + ", details for " + who
                + ", drain " + registry.settings().drainPeriod().toMillis() + " ms";
    }

    /** The allowed methods, for the {@code Allow} header of a 405. */
    public static String allowedMethods() {
        return "GET, HEAD";
    }
}
