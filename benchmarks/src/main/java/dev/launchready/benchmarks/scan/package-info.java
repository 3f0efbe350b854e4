/**
 * {@code launchready scan} throughput: {@link dev.launchready.benchmarks.scan.ScanThroughput}, a timed main
 * (a 100 MB repository does not fit a JMH invocation), against the same provider formats as naive
 * {@code java.util.regex} patterns over every line.
 */
package dev.launchready.benchmarks.scan;
