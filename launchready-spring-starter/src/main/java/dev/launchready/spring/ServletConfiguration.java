package dev.launchready.spring;

import dev.launchready.cache.CachePolicy;
import dev.launchready.client.ClientAddresses;
import dev.launchready.config.LaunchReadySettings;
import dev.launchready.health.HealthEndpoints;
import dev.launchready.https.HttpsRedirects;
import dev.launchready.https.SecurityHeaders;
import dev.launchready.ratelimit.FormLimits;
import dev.launchready.redact.Redactor;
import dev.launchready.trace.RequestIds;
import dev.launchready.servlet.LaunchReadyFilter;
import dev.launchready.servlet.LaunchReadyInitializer;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Conditional(FeatureCondition.Enabled.class)
class ServletConfiguration {

    /** First of all filters, ahead of Spring Security's (-100): probes never meet a login page. */
    @Bean
    @ConditionalOnMissingBean(name = "launchReadyFilter")
    FilterRegistrationBean<LaunchReadyFilter> launchReadyFilter(ObjectProvider<HealthEndpoints> health,
            ObjectProvider<FormLimits> formLimits, ObjectProvider<ClientAddresses> clients,
            ObjectProvider<SecurityLoginRequests> securityLogins, LaunchReadySettings settings,
            ObjectProvider<Redactor> redactors, ObjectProvider<HttpsRedirects> https,
            ObjectProvider<CachePolicy> cache, ObjectProvider<SecurityHeaders> headers) {
        ClientAddresses clientAddresses = clients.getIfAvailable(() -> ClientAddresses.of(settings.client()));
        Redactor redactor = redactors.getIfAvailable(() -> Redactor.from(settings));
        LaunchReadyFilter.Builder filter = LaunchReadyFilter.builder().health(health.getIfAvailable());
        if (settings.trace().requestIdEnabled()) {
            // Spring MVC's async work runs on its own executor, never through AsyncContext.start: no wrapper needed.
            filter.requestIds(RequestIds.of(settings.trace()), clientAddresses).idOnAsyncStart(false);
        }
        if (settings.trace().errorPagesEnabled()) {
            filter.errorPages(redactor::redact);
        }
        filter.edge(https.getIfAvailable(), cache.getIfAvailable(), headers.getIfAvailable(), clientAddresses);
        if (present("org.springframework.security.core.context.SecurityContextHolder")) {
            filter.authenticated(new SecurityPrincipals());
        }
        FormLimits limits = formLimits.getIfAvailable();
        if (limits != null) {
            filter.formLimits(limits, clientAddresses);
            securityLogins.ifAvailable(filter::otherLogins);
        }
        if (settings.accessLog().enabled()) {
            filter.accessLog(redactor, clientAddresses);
        }
        FilterRegistrationBean<LaunchReadyFilter> registration = new FilterRegistrationBean<>(filter.build());
        registration.setName("launchready");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        // ASYNC and ERROR dispatches only carry the request ID along; every feature ran on the REQUEST one.
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        registration.setAsyncSupported(true);
        return registration;
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, ServletConfiguration.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Marks the context so the servlet module's initializer, if a container runs it too, stands back. */
    @Bean
    ServletContextInitializer launchReadyInstalledMarker() {
        return context -> context.setAttribute(LaunchReadyInitializer.INSTALLED_ATTRIBUTE, Boolean.TRUE);
    }
}
