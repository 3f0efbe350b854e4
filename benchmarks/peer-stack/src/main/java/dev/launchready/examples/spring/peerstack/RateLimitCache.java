package dev.launchready.examples.spring.peerstack;

import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;

/**
 * Turns on Spring's cache abstraction, as bucket4j-spring-boot-starter's Caffeine example does: without it Spring
 * Boot creates no JCache {@code CacheManager}, the starter finds no bucket store, and its servlet filters are
 * silently not installed (with an execute predicate configured, start-up fails instead with a misleading
 * "Invalid predicate name").
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class RateLimitCache {
}
