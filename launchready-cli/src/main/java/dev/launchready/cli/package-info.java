/**
 * {@code launchready check}: the launch-readiness audit of a running site. The way in is
 * {@link dev.launchready.cli.LaunchReadyCli}; {@code CheckCommand} reads the options into a {@code Target},
 * {@code Audit} runs the check groups concurrently, each producing {@code Finding}s, and the renderers
 * ({@code TextReport}, {@code JsonReport}, {@code SarifReport}, {@code MarkdownReport}) print them.
 * What a header or record means is decided by small pure types ({@code Spf}, {@code Dmarc},
 * {@code CacheControl}, {@code Hsts}, {@code MixedContent}, {@code Exposures}, ...), unit-tested without a network.
 */
package dev.launchready.cli;
