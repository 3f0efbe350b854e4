package dev.launchready.examples.spring.peerstack;

import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;

/**
 * Turns on Spring's cache abstraction, as bucket4j-spring-boot-starter's Caffeine example does: without it Spring
 * Boot creates no JCache {@code CacheManager} and the starter has no bucket store. Start-up then fails, but with an
 * execute predicate configured (as here) the message is a misleading "Invalid predicate name: METHOD".
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class RateLimitCache {
}
