/**
 * Form rate limits: which requests are login, password-reset, signup or invite forms, which limits
 * apply to them (per client address, per account, per account and address, per known device), and what
 * a response says about a login. The way in is {@link dev.launchready.ratelimit.FormLimits}; the store
 * (GCRA, in memory or on Redis) lives in {@code store}, account keys in {@code account}.
 */
package dev.launchready.ratelimit;
