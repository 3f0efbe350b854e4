package dev.launchready.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * SPF (RFC 7208): one {@code v=spf1} record, valid terms, at most 10 DNS-querying terms counted
 * recursively through include and redirect, at most 2 void lookups, and an {@code all} that refuses.
 */
final class Spf {

    static final int MAX_LOOKUPS = 10;
    static final int MAX_VOID_LOOKUPS = 2;
    private static final Pattern MECHANISM = Pattern.compile(
            "[+\\-~?]?(all|include:\\S+|a(:[^/\\s]+)?(/\\d+)?(//\\d+)?|mx(:[^/\\s]+)?(/\\d+)?(//\\d+)?|ptr(:\\S+)?"
                    + "|ip4:[0-9./]+|ip6:[0-9a-fA-F:./]+|exists:\\S+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern MODIFIER = Pattern.compile("[a-zA-Z][a-zA-Z0-9_.\\-]*=\\S*");

    /** The outcome for one domain: lookups used, void lookups, syntax problems, the final all qualifier. */
    record Evaluation(String record, int lookups, int voidLookups, List<String> problems, String all) {
    }

    private Spf() {
    }

    static List<String> records(List<String> txt) {
        return txt.stream().filter(Spf::isSpf).toList();
    }

    static boolean isSpf(String txt) {
        String lower = txt.trim().toLowerCase(Locale.ROOT);
        return lower.equals("v=spf1") || lower.startsWith("v=spf1 ");
    }

    /**
     * Evaluates {@code record} (the domain's own SPF record), following include and redirect through
     * {@code txtLookup}, which answers TXT questions.
     */
    static Evaluation evaluate(String record, Function<String, Dns.Answer> txtLookup) {
        Counter counter = new Counter();
        String all = walk(record, txtLookup, counter, new HashSet<>(), 0, true);
        return new Evaluation(record, counter.lookups, counter.voids, counter.problems, all);
    }

    private static final class Counter {
        int lookups;
        int voids;
        final List<String> problems = new ArrayList<>();
    }

    private static String walk(String record, Function<String, Dns.Answer> txtLookup, Counter counter,
            Set<String> seen, int depth, boolean top) {
        String all = null;
        String redirect = null;
        String[] terms = record.trim().split("\\s+");
        for (int i = 1; i < terms.length; i++) {
            String term = terms[i];
            String lower = term.toLowerCase(Locale.ROOT);
            String bare = lower.replaceFirst("^[+\\-~?]", "");
            if (MECHANISM.matcher(term).matches()) {
                if (bare.equals("all")) {
                    all = lower.equals("all") ? "+all" : lower;
                } else if (bare.startsWith("include:")) {
                    counter.lookups++;
                    follow(term.substring(term.indexOf(':') + 1), txtLookup, counter, seen, depth);
                } else if (bare.startsWith("a") || bare.startsWith("mx") || bare.startsWith("ptr")
                        || bare.startsWith("exists:")) {
                    counter.lookups++;
                }
            } else if (lower.startsWith("redirect=")) {
                redirect = term.substring(term.indexOf('=') + 1);
            } else if (!MODIFIER.matcher(term).matches()) {
                counter.problems.add("unknown term '" + term + "'");
            }
        }
        if (redirect != null && all == null) {
            counter.lookups++;
            return follow(redirect, txtLookup, counter, seen, depth);
        }
        return all;
    }

    private static String follow(String domain, Function<String, Dns.Answer> txtLookup, Counter counter,
            Set<String> seen, int depth) {
        String key = domain.toLowerCase(Locale.ROOT);
        if (!seen.add(key)) {
            counter.problems.add("include loop at " + domain);
            return null;
        }
        if (depth >= 2 * MAX_LOOKUPS) {
            counter.problems.add("include chain too deep at " + domain);
            return null;
        }
        Dns.Answer answer = txtLookup.apply(domain);
        List<String> records = records(answer.values());
        if (records.isEmpty()) {
            counter.voids++;
            counter.problems.add("include/redirect target " + domain + " has no SPF record");
            return null;
        }
        if (records.size() > 1) {
            counter.problems.add(domain + " has " + records.size() + " SPF records");
        }
        return walk(records.get(0), txtLookup, counter, seen, depth + 1, false);
    }

    /** The findings email.spf and email.spf-lookups for a domain's TXT answer. */
    static List<Finding> judge(String domain, Dns.Answer txt, Function<String, Dns.Answer> txtLookup) {
        if (txt.status() == Dns.Status.ERROR) {
            return List.of(Finding.warn("email.spf", domain, "TXT lookup failed", "Check the DNS servers of " + domain + "."));
        }
        List<String> records = records(txt.values());
        if (records.isEmpty()) {
            return List.of(Finding.fail("email.spf", domain, "no v=spf1 TXT record: anyone can send mail as " + domain,
                    "Publish one TXT record such as \"v=spf1 include:<your mail provider> -all\"."));
        }
        if (records.size() > 1) {
            return List.of(Finding.fail("email.spf", domain, records.size() + " SPF records (permerror): " + records,
                    "Merge them into one v=spf1 record."));
        }
        Evaluation evaluation = evaluate(records.get(0), txtLookup);
        List<Finding> findings = new ArrayList<>();
        String seen = records.get(0);
        if (!evaluation.problems().isEmpty()) {
            findings.add(Finding.fail("email.spf", domain, seen + " -> " + String.join("; ", evaluation.problems()),
                    "Fix the record: receivers treat an SPF error like no SPF at all."));
        } else if ("+all".equals(evaluation.all())) {
            findings.add(Finding.fail("email.spf", domain, seen + " -> +all lets every server on the internet send as you",
                    "End the record with -all (or ~all while you test)."));
        } else if (evaluation.all() == null || evaluation.all().equals("?all")) {
            findings.add(Finding.warn("email.spf", domain, seen + " -> ends without -all or ~all",
                    "End the record with -all (or ~all) so receivers know what to do with other senders."));
        } else {
            findings.add(Finding.pass("email.spf", domain, seen));
        }
        String count = evaluation.lookups() + " DNS lookups, " + evaluation.voidLookups() + " void";
        if (evaluation.lookups() > MAX_LOOKUPS) {
            findings.add(Finding.fail("email.spf-lookups", domain, count + " (limit " + MAX_LOOKUPS
                    + "): receivers answer permerror and SPF fails for all your mail",
                    "Remove includes you no longer use, or replace include chains by ip4:/ip6: ranges."));
        } else if (evaluation.voidLookups() > MAX_VOID_LOOKUPS) {
            findings.add(Finding.fail("email.spf-lookups", domain, count + " (void limit " + MAX_VOID_LOOKUPS + ")",
                    "Remove includes of names that have no SPF record."));
        } else {
            findings.add(Finding.pass("email.spf-lookups", domain, count + " (limit " + MAX_LOOKUPS + ")"));
        }
        return findings;
    }
}
