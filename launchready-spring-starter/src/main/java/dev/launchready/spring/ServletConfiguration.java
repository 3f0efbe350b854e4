package dev.launchready.spring;

import dev.launchready.cache.CachePolicy;
import dev.launchready.client.ClientAddresses;
import dev.launchready.https.HttpsRedirects;
import dev.launchready.https.SecurityHeaders;
import dev.launchready.health.HealthEndpoints;
import dev.launchready.ratelimit.FormLimits;
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
            ObjectProvider<SecurityLoginRequests> securityLogins, ObjectProvider<HttpsRedirects> https,
            ObjectProvider<CachePolicy> cache, ObjectProvider<SecurityHeaders> headers) {
        LaunchReadyFilter.Builder filter = LaunchReadyFilter.builder().health(health.getIfAvailable());
        filter.edge(https.getIfAvailable(), cache.getIfAvailable(), headers.getIfAvailable(), clients.getObject());
        if (present("org.springframework.security.core.context.SecurityContextHolder")) {
            filter.authenticated(new SecurityPrincipals());
        }
        FormLimits limits = formLimits.getIfAvailable();
        if (limits != null) {
            filter.formLimits(limits, clients.getObject());
            securityLogins.ifAvailable(filter::otherLogins);
        }
        FilterRegistrationBean<LaunchReadyFilter> registration = new FilterRegistrationBean<>(filter.build());
        registration.setName("launchready");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
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
