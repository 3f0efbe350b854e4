package dev.launchready.redact;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The recall corpus for tests outside this package: each sample's secret parts, and its whole lines. */
public final class RecallSamples {

    private RecallSamples() {
    }

    /** Every distinct secret part of the corpus (tokens, passwords, cards, IBANs, keys, emails...). */
    public static List<String> secrets(long seed) {
        Set<String> out = new LinkedHashSet<>();
        SecretCorpus.secrets(seed).forEach(s -> out.addAll(s.secrets()));
        return List.copyOf(out);
    }

    /** Every corpus line: secrets in their contexts (headers, JSON, URLs, key-values, exceptions). */
    public static List<String> lines(long seed) {
        return SecretCorpus.secrets(seed).stream().map(SecretCorpus.Sample::line).distinct().toList();
    }
}
