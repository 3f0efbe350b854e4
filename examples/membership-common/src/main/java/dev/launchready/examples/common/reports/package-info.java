/** The public stats export, which fails on purpose to show the safe error page and the traced log line. */
package dev.launchready.examples.common.reports;
