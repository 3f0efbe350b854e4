package dev.launchready.servlet;

import dev.launchready.cache.CachePolicy;
import dev.launchready.client.ClientAddresses;
import dev.launchready.config.EdgeSettings;
import dev.launchready.config.InvalidSettingException;
import dev.launchready.config.LaunchReadySettings;
import dev.launchready.health.HealthEndpoints;
import dev.launchready.https.HttpsRedirects;
import dev.launchready.https.SecurityHeaders;
import dev.launchready.logging.LogRedactionInstaller;
import dev.launchready.ratelimit.FormLimits;
import dev.launchready.ratelimit.store.RateLimitStore;
import dev.launchready.ratelimit.store.RateLimitStores;
import dev.launchready.ratelimit.store.SharedRateLimitStore;
import dev.launchready.redact.Redactor;
import dev.launchready.trace.Release;
import dev.launchready.trace.RequestIds;
import io.micrometer.core.instrument.Metrics;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers LaunchReady in any Servlet 6 container when the jar is on the class path (listed in
 * {@code META-INF/services/jakarta.servlet.ServletContainerInitializer}). Settings come from system
 * properties, environment variables and context init-params; {@code launchready.enabled=false} opts out.
 * A bad setting fails the app's startup with a message naming it.
 */
public final class LaunchReadyInitializer implements ServletContainerInitializer {

    /** Set on the context by whichever registration (this one or the Spring starter) ran first. */
    public static final String INSTALLED_ATTRIBUTE = "dev.launchready.installed";

    private static final Logger log = LoggerFactory.getLogger(LaunchReadyInitializer.class);
    private static final String SPRING_STARTER = "dev.launchready.spring.LaunchReadyAutoConfiguration";

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) throws ServletException {
        if (context.getAttribute(INSTALLED_ATTRIBUTE) != null) {
            return;
        }
        if (present(SPRING_STARTER)) {
            // A Spring Boot app deployed as a war: the starter registers LaunchReady with the app's beans.
            log.debug("LaunchReady: leaving registration to the Spring Boot starter");
            return;
        }
        LaunchReadySettings settings;
        try {
            settings = ServletSettings.read(context, System.getProperties(), System.getenv());
        } catch (InvalidSettingException e) {
            log.error("LaunchReady cannot start: {}", e.getMessage());
            throw new ServletException(e.getMessage(), e);
        }
        if (!settings.enabled()) {
            log.info("LaunchReady is off (launchready.enabled=false)");
            return;
        }
        RateLimitStore store = settings.rateLimit().enabled() ? openStore(settings, context) : null;
        context.setAttribute(INSTALLED_ATTRIBUTE, Boolean.TRUE);
        Redactor redactor = Redactor.from(settings);
        List<String> redacting = LogRedactionInstaller.installAll(redactor, LaunchReadyInitializer.class.getClassLoader());
        log.info(redacting.isEmpty() ? "LaunchReady: log redaction not installed (no Logback or Log4j2 found)"
                : "LaunchReady: redacting every " + String.join(" and ", redacting) + " event");
        Release release = Release.detect(settings.trace(), System::getenv, Thread.currentThread().getContextClassLoader());
        release.register(Metrics.globalRegistry);
        log.info("LaunchReady: release {}", release.describe());
        HealthEndpoints health = settings.health().enabled() ? ServletHealthStartup.start(settings, context, store, release) : null;

        ClientAddresses clients = ClientAddresses.of(settings.client());
        LaunchReadyFilter.Builder builder = LaunchReadyFilter.builder().health(health);
        if (settings.trace().requestIdEnabled()) {
            builder.requestIds(RequestIds.of(settings.trace()), clients);
        }
        if (settings.trace().errorPagesEnabled()) {
            builder.errorPages(redactor::redact);
        }
        if (store != null) {
            FormLimits limits = FormLimits.of(settings.rateLimit(), store, Metrics.globalRegistry, Clock.systemUTC());
            builder.formLimits(limits, clients);
            log.info(limits.summary(store instanceof SharedRateLimitStore ? store.toString()
                    : "in memory (" + settings.rateLimit().maxKeys() + " keys)"));
        }
        if (settings.accessLog().enabled()) {
            builder.accessLog(redactor, clients);
        }
        if (settings.metrics().enabled()) {
            ServletMetrics.install(settings.metrics(), context, builder);
        }
        edge(settings, clients, builder);
        FilterRegistration.Dynamic filter = context.addFilter("launchready", builder.build());
        filter.setAsyncSupported(true);
        // isMatchAfter=false: ahead of every filter the app declares, so probes never meet a login or redirect.
        // ASYNC and ERROR dispatches only carry the request ID along; every feature ran on the REQUEST one.
        filter.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR),
                false, "/*");
        if (health != null) {
            log.info(health.summary());
        }
    }

    /** HTTPS redirect, HSTS, cache and security headers: the stage after the health endpoints. */
    static void edge(LaunchReadySettings settings, ClientAddresses clients, LaunchReadyFilter.Builder builder) {
        EdgeSettings edge = settings.edge();
        HttpsRedirects https = HttpsRedirects.of(edge.https());
        https.logSummary();
        builder.edge(https, edge.cache().enabled() ? CachePolicy.of(edge.cache()) : null,
                SecurityHeaders.of(edge.headers()), clients);
    }

    /** In memory, or shared on Redis (launchready-redis, found by ServiceLoader); closed with the context. */
    private static RateLimitStore openStore(LaunchReadySettings settings, ServletContext context) throws ServletException {
        RateLimitStore store;
        try {
            store = RateLimitStores.fromSettings(settings, LaunchReadyInitializer.class.getClassLoader(),
                    Metrics.globalRegistry);
        } catch (InvalidSettingException e) {
            log.error("LaunchReady cannot start: {}", e.getMessage());
            throw new ServletException(e.getMessage(), e);
        }
        if (store instanceof SharedRateLimitStore shared) {
            context.addListener(new ServletContextListener() {
                @Override
                public void contextDestroyed(ServletContextEvent event) {
                    shared.close();
                }
            });
        }
        return store;
    }

    static boolean present(String className) {
        try {
            Class.forName(className, false, LaunchReadyInitializer.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
