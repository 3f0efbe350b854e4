/**
 * Launch-day load: the example apps with LaunchReady off, on, and with the hand-assembled peer stack,
 * driven by {@code wrk} over loopback, written up as a markdown table and a latency chart.
 *
 * <p>Run by {@code benchmarks/launch-day.sh}; {@link dev.launchready.benchmarks.load.LaunchDay} is the entry point.
 */
package dev.launchready.benchmarks.load;
