/** What request IDs and safe error pages cost per request. */
package dev.launchready.benchmarks.trace;
