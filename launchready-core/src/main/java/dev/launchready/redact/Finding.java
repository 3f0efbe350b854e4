package dev.launchready.redact;

/**
 * One secret found in a text: which rule found it and where. Overlapping findings are joined, the
 * most specific rule naming the result.
 *
 * @param ruleId the rule, such as {@code stripe-secret-key}, {@code password} or {@code email}
 * @param start the index of the secret's first char
 * @param end the index after its last char
 */
public record Finding(String ruleId, int start, int end) {
}
