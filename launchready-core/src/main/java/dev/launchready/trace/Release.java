package dev.launchready.trace;

import dev.launchready.config.TraceSettings;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Enumeration;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

/**
 * The deploy that is running: its version and commit, so a failure maps back to a release.
 *
 * <p>Read, first found wins per field: the settings {@code launchready.release.version} /
 * {@code .commit}; the environment ({@code RELEASE}, {@code GIT_COMMIT}, and the commit variables of
 * common platforms); Spring Boot's {@code META-INF/build-info.properties} and the git-commit-id plugin's
 * {@code git.properties}; the {@code Implementation-Version} of the app's jar manifest (the one naming
 * a {@code Main-Class} or {@code Start-Class}).
 *
 * @param version the version, or {@code unknown}
 * @param commit the commit, shortened to 12 characters, or {@code unknown}
 */
public record Release(String version, String commit) {

    public static final String UNKNOWN = "unknown";
    static final String[] VERSION_VARIABLES = {"RELEASE", "APP_VERSION"};
    static final String[] COMMIT_VARIABLES = {"GIT_COMMIT", "SOURCE_VERSION", "RENDER_GIT_COMMIT",
        "RAILWAY_GIT_COMMIT_SHA", "VERCEL_GIT_COMMIT_SHA", "GITHUB_SHA", "CI_COMMIT_SHA"};

    public Release {
        version = clean(version, 64);
        commit = clean(commit, 12);
    }

    /** Looks in the settings, the environment and {@code classLoader}'s resources; never throws. */
    public static Release detect(TraceSettings settings, Function<String, String> environment, ClassLoader classLoader) {
        Optional<String> version = settings.releaseVersion().or(() -> first(environment, VERSION_VARIABLES));
        Optional<String> commit = settings.releaseCommit().or(() -> first(environment, COMMIT_VARIABLES));
        if (version.isEmpty() || commit.isEmpty()) {
            Properties buildInfo = properties(classLoader, "META-INF/build-info.properties");
            Properties git = properties(classLoader, "git.properties");
            version = version.or(() -> Optional.ofNullable(buildInfo.getProperty("build.version")))
                    .or(() -> Optional.ofNullable(git.getProperty("git.build.version")));
            commit = commit.or(() -> Optional.ofNullable(git.getProperty("git.commit.id.full")))
                    .or(() -> Optional.ofNullable(git.getProperty("git.commit.id")))
                    .or(() -> Optional.ofNullable(git.getProperty("git.commit.id.abbrev")));
        }
        if (version.isEmpty()) {
            version = manifestVersion(classLoader);
        }
        return new Release(version.orElse(UNKNOWN), commit.orElse(UNKNOWN));
    }

    /** {@code launchready.build.info{version,commit} 1}: dashboards mark deploys where its labels change. */
    public void register(MeterRegistry registry) {
        Gauge.builder("launchready.build.info", () -> 1)
                .description("The release this instance runs; the value is always 1")
                .tag("version", version).tag("commit", commit).strongReference(true).register(registry);
    }

    /** {@code 1.4.2 (commit 3f2a9c1d0b7e)}, for the startup line. */
    public String describe() {
        return version + " (commit " + commit + ")";
    }

    private static Optional<String> first(Function<String, String> environment, String[] names) {
        for (String name : names) {
            String value = environment.apply(name);
            if (value != null && !value.isBlank()) {
                return Optional.of(value.trim());
            }
        }
        return Optional.empty();
    }

    private static Properties properties(ClassLoader classLoader, String resource) {
        Properties properties = new Properties();
        if (classLoader == null) {
            return properties;
        }
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException | IllegalArgumentException e) {
            // an unreadable file says nothing about the release
        }
        return properties;
    }

    private static Optional<String> manifestVersion(ClassLoader classLoader) {
        if (classLoader == null) {
            return Optional.empty();
        }
        try {
            Enumeration<URL> manifests = classLoader.getResources("META-INF/MANIFEST.MF");
            while (manifests.hasMoreElements()) {
                try (InputStream in = manifests.nextElement().openStream()) {
                    Attributes main = new Manifest(in).getMainAttributes();
                    if (main.getValue("Main-Class") != null || main.getValue("Start-Class") != null) {
                        return Optional.ofNullable(main.getValue(Attributes.Name.IMPLEMENTATION_VERSION));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // no manifest we can read
        }
        return Optional.empty();
    }

    /** Labels and log lines take these verbatim, so only a short run of safe characters is kept. */
    private static String clean(String value, int max) {
        Objects.requireNonNull(value, "value");
        StringBuilder sb = new StringBuilder(Math.min(value.length(), max));
        for (int i = 0; i < value.length() && sb.length() < max; i++) {
            char c = value.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-_.+".indexOf(c) >= 0) {
                sb.append(c);
            }
        }
        return sb.isEmpty() ? UNKNOWN : sb.toString();
    }
}
