/**
 * Which account a form names, and the key it is limited by. {@link dev.launchready.ratelimit.account.AccountIdentifier}
 * finds the identifier (an email, a username) in a buffered form or JSON body the way the app's own
 * parsing will see it; {@link dev.launchready.ratelimit.account.AccountKeys} turns it into an HMAC key,
 * so raw identifiers never reach a store, a metric or a log line.
 */
package dev.launchready.ratelimit.account;
