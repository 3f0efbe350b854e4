package dev.launchready.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line read into a Target: defaults, port mapping, and clear errors for bad input. */
class OptionsTest {

    private static Target target(String... args) {
        CheckCommand command = new CheckCommand();
        new CommandLine(command).parseArgs(args);
        command.env = java.util.Map.of();
        return command.target();
    }

    @Test
    void derivesApexWwwAndPortsFromTheUrl() {
        Target t = target("https://www.example.com:8443", "--http-port", "8080", "--subdomain", "app",
                "--subdomain", "api.example.com", "--member-url", "/account");
        assertThat(t.apex()).isEqualTo("example.com");
        assertThat(t.www()).isEqualTo("www.example.com");
        assertThat(t.httpsPort()).isEqualTo(8443);
        assertThat(t.origin("http", "example.com")).isEqualTo(URI.create("http://example.com:8080/"));
        assertThat(t.origin("https", "www.example.com")).isEqualTo(URI.create("https://www.example.com:8443/"));
        assertThat(t.subdomains()).containsExactly("app.example.com", "api.example.com");
        assertThat(t.memberUrl()).isEqualTo(URI.create("https://www.example.com:8443/account"));
        assertThat(t.mailDomain()).isEqualTo("example.com");
        assertThat(t.latencyPaths()).containsExactly("/");
    }

    @Test
    void defaultsForARealSite() {
        Target t = target("example.com", "--www", "none", "--mail-domain", "none", "--path", "/login", "--max-p95", "300ms");
        assertThat(t.site()).isEqualTo(URI.create("https://example.com"));
        assertThat(t.origin("http", "example.com")).isEqualTo(URI.create("http://example.com/"));
        assertThat(t.hosts()).containsExactly("example.com");
        assertThat(t.mailDomain()).isNull();
        assertThat(t.latencyPaths()).containsExactly("/", "/login");
        assertThat(t.maxP95()).isEqualTo(Duration.ofMillis(300));
        assertThat(t.samples()).isEqualTo(20);
    }

    @Test
    void badInputIsNamed() {
        assertThatThrownBy(() -> target("ftp://example.com")).hasMessageContaining("http(s) URL");
        assertThatThrownBy(() -> target("https://exa mple.com")).hasMessageContaining("not a URL");
        assertThatThrownBy(() -> target("example.com", "--smoke", "/login")).hasMessageContaining("/path=status");
        assertThatThrownBy(() -> target("example.com", "--smoke", "/login=abc")).hasMessageContaining("number");
        assertThatThrownBy(() -> target("example.com", "--smoke", "/login=999")).hasMessageContaining("100..599");
        assertThatThrownBy(() -> target("example.com", "--max-p95", "fast")).hasMessageContaining("--max-p95");
        assertThatThrownBy(() -> target("example.com", "--max-p95", "0ms")).hasMessageContaining("more than zero");
        assertThatThrownBy(() -> target("example.com", "--samples", "5")).hasMessageContaining("--samples");
        assertThatThrownBy(() -> target("example.com", "--path", "login")).hasMessageContaining("--path");
        assertThatThrownBy(() -> target("example.com", "--subdomain", "https://app")).hasMessageContaining("--subdomain");
        assertThatThrownBy(() -> target("example.com", "--http-port", "0")).hasMessageContaining("--http-port");
        assertThatThrownBy(() -> target("example.com", "--tls-warn-days", "3")).hasMessageContaining("--tls-warn-days");
        assertThatThrownBy(() -> target("www.example.com", "--www", "none")).hasMessageContaining("--www none");
    }

    @Test
    void exitCodeTwoForUsageErrorsAndUnreadableFiles() {
        assertThat(LaunchReadyCli.run("check")).isEqualTo(LaunchReadyCli.COULD_NOT_RUN);
        assertThat(LaunchReadyCli.run("check", "https://x.test", "--format", "yaml")).isEqualTo(LaunchReadyCli.COULD_NOT_RUN);
        assertThat(LaunchReadyCli.run("check", "https://x.test", "--fail-on", "pass")).isEqualTo(LaunchReadyCli.COULD_NOT_RUN);
        assertThat(LaunchReadyCli.run("check", "https://x.test", "--resolver", "127.0.0.1:notaport"))
                .isEqualTo(LaunchReadyCli.COULD_NOT_RUN);
        assertThat(LaunchReadyCli.run("frobnicate")).isEqualTo(LaunchReadyCli.COULD_NOT_RUN);
        assertThat(LaunchReadyCli.run("--version")).isZero();
    }
}
