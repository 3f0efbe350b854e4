package dev.launchready.spring;

import dev.launchready.cache.CachePolicy;
import dev.launchready.config.LaunchReadySettings;
import dev.launchready.https.HttpsRedirects;
import dev.launchready.https.SecurityHeaders;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The HTTPS redirect, HSTS, cache policy and security headers; the filter applies them. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Conditional(FeatureCondition.Enabled.class)
class EdgeConfiguration {

    @Bean
    @ConditionalOnMissingBean
    HttpsRedirects launchReadyHttpsRedirects(LaunchReadySettings settings) {
        HttpsRedirects redirects = HttpsRedirects.of(settings.edge().https());
        redirects.logSummary();
        return redirects;
    }

    @Bean
    @ConditionalOnMissingBean
    @Conditional(FeatureCondition.Cache.class)
    CachePolicy launchReadyCachePolicy(LaunchReadySettings settings) {
        return CachePolicy.of(settings.edge().cache());
    }

    @Bean
    @ConditionalOnMissingBean
    SecurityHeaders launchReadySecurityHeaders(LaunchReadySettings settings) {
        return SecurityHeaders.of(settings.edge().headers());
    }

    /**
     * Spring Security writes {@code no-cache, no-store} on every response, which keeps every CDN off
     * public pages. Spring Security 7 applies {@code Customizer<HeadersConfigurer<HttpSecurity>>} beans
     * to every {@code HttpSecurity}, so its cache-control writer is turned off here and the cache policy
     * decides, both ways: member responses get {@code private, no-store} from the policy, whatever the
     * app does with Spring's header. (Should an app's chain turn it back on, the policy treats Spring's
     * exact default as "not set", so public pages stay cacheable.)
     *
     * <p>Spring Security's header filter also wraps every request and response to write its headers at
     * commit. Our filter already holds that moment and decides there what depends on the response (the
     * cache policy, and our security headers over the app's own), so Spring Security's writers run when
     * the request starts instead: the same headers, one wrapper pair fewer on every call the app makes
     * to the response (about 2 points of throughput on the example's public page). A header the app
     * sets now replaces Spring's (at commit, Spring's frame-options writer overwrote the app's), and a
     * cache header Spring writes is still held for the policy.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.security.config.annotation.web.builders.HttpSecurity")
    @Conditional(FeatureCondition.Cache.class)
    static class SpringSecurityHeaders {

        @Bean
        Customizer<HeadersConfigurer<HttpSecurity>> launchReadyCachePolicyDecidesCacheControl() {
            return headers -> headers.cacheControl(cacheControl -> cacheControl.disable())
                    .withObjectPostProcessor(new WriteWhenRequestStarts());
        }

        /** A class, not a lambda: Spring Security applies a post-processor only to its declared type. */
        static final class WriteWhenRequestStarts implements ObjectPostProcessor<HeaderWriterFilter> {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        }
    }

    /** Spring MVC's static resource handler marks what it serves, so it gets the static-file policy. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.web.servlet.resource.ResourceHttpRequestHandler")
    static class StaticResources {

        @Bean
        WebMvcConfigurer launchReadyStaticResourceMarks() {
            return new WebMvcConfigurer() {
                @Override
                public void addInterceptors(InterceptorRegistry registry) {
                    registry.addInterceptor(new StaticResourceMarks());
                }
            };
        }
    }
}
