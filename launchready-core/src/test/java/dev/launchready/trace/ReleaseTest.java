package dev.launchready.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.launchready.config.LaunchReadySettings;
import dev.launchready.config.TraceSettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleaseTest {

    private static final TraceSettings DEFAULTS = LaunchReadySettings.defaults().trace();

    @TempDir
    Path dir;

    @Test
    void settingsWinOverTheEnvironmentWhichWinsOverBuildFiles() throws IOException {
        ClassLoader withFiles = loader(Map.of("META-INF/build-info.properties", "build.version=2.0.0\n",
                "git.properties", "git.commit.id.full=0123456789abcdef0123\n"));
        TraceSettings set = LaunchReadySettings.from(k -> switch (k) {
            case "launchready.release.version" -> "9.9.9";
            case "launchready.release.commit" -> "feedbeef";
            default -> null;
        }).trace();

        assertThat(Release.detect(set, Map.of("RELEASE", "1.0.0")::get, withFiles))
                .isEqualTo(new Release("9.9.9", "feedbeef"));
        assertThat(Release.detect(DEFAULTS, Map.of("RELEASE", "1.0.0", "GIT_COMMIT", "abc")::get, withFiles))
                .isEqualTo(new Release("1.0.0", "abc"));
        assertThat(Release.detect(DEFAULTS, Map.of("SOURCE_VERSION", "herokusha1")::get, withFiles))
                .isEqualTo(new Release("2.0.0", "herokusha1"));
        assertThat(Release.detect(DEFAULTS, k -> null, withFiles)).isEqualTo(new Release("2.0.0", "0123456789ab"));
    }

    @Test
    void theAppJarsManifestIsTheLastResort() throws IOException {
        ClassLoader withManifest = loader(Map.of("META-INF/MANIFEST.MF",
                "Manifest-Version: 1.0\nMain-Class: app.Main\nImplementation-Version: 3.1.4\n"));
        assertThat(Release.detect(DEFAULTS, k -> null, withManifest).version()).isEqualTo("3.1.4");
        assertThat(Release.detect(DEFAULTS, k -> null, loader(Map.of()))).isEqualTo(new Release("unknown", "unknown"));
    }

    @Test
    void labelValuesAreShortAndSafe() {
        Release odd = new Release("1.0\r\nFAKE \"line\" " + "x".repeat(100), "abc def\n1234567890123456");
        assertThat(odd.version()).matches("[A-Za-z0-9._+-]{1,64}").startsWith("1.0FAKEline");
        assertThat(odd.commit()).isEqualTo("abcdef123456");
        assertThat(new Release("", "\n").version()).isEqualTo("unknown");
    }

    @Test
    void theGaugeCarriesVersionAndCommit() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        new Release("1.2.3", "abc1234").register(registry);
        assertThat(registry.get("launchready.build.info").tag("version", "1.2.3").tag("commit", "abc1234").gauge().value())
                .isEqualTo(1.0);
    }

    private ClassLoader loader(Map<String, String> files) throws IOException {
        Path root = Files.createTempDirectory(dir, "cp");
        for (var file : files.entrySet()) {
            Path path = root.resolve(file.getKey());
            Files.createDirectories(path.getParent() == null ? root : path.getParent());
            Files.writeString(path, file.getValue());
        }
        return new URLClassLoader(new URL[] {root.toUri().toURL()}, null);
    }
}
