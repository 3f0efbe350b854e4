/**
 * Tracing one failed request: {@link dev.launchready.trace.RequestIds} chooses the ID every log line of
 * a request carries, {@link dev.launchready.trace.ErrorPage} renders the reference page a member sees
 * instead of a stack trace, {@link dev.launchready.trace.Release} names the deploy that served it.
 */
package dev.launchready.trace;
