package dev.launchready.health;

import java.util.regex.Pattern;

/**
 * Makes a failure's text safe for the details view: one line, short, with connection strings,
 * URL credentials and key=value secrets masked. Exception messages from drivers routinely carry them.
 */
final class CheckOutput {

    private static final int MAX = 200;
    private static final Pattern JDBC_URL = Pattern.compile("jdbc:[^\\s,;]+");
    // The scheme is bounded: an unbounded one backtracks quadratically over a long run of letters.
    private static final Pattern URL_CREDENTIALS = Pattern.compile("(?i)([a-z][a-z0-9+.-]{0,31}://)[^/\\s@]+@");
    private static final Pattern SECRET_PAIR = Pattern.compile(
            "(?i)\\b(password|passwd|pwd|secret|token|api[_-]?key|auth)(\\s*[=:]\\s*)[^\\s,;&]+");

    private CheckOutput() {
    }

    static String of(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root
                && (root instanceof java.util.concurrent.ExecutionException || root.getMessage() == null)) {
            root = root.getCause();
        }
        String message = root.getMessage();
        String text = root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        return clean(text);
    }

    static String clean(String text) {
        String t = text.replaceAll("[\\r\\n\\t]+", " ");
        t = JDBC_URL.matcher(t).replaceAll("jdbc:(hidden)");
        t = URL_CREDENTIALS.matcher(t).replaceAll("$1***@");
        t = SECRET_PAIR.matcher(t).replaceAll("$1$2***");
        return t.length() <= MAX ? t : t.substring(0, MAX - 1) + "…";
    }
}
