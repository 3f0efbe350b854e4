/**
 * The {@code launchready:scan} goal ({@link dev.launchready.maven.ScanMojo}): an adapter from Maven
 * parameters to {@link dev.launchready.cli.scan.SecretScanner}, which does the work.
 */
package dev.launchready.maven;
