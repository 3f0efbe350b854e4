package dev.launchready.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The app's routes as templates ({@code launchready.metrics.routes}): exact paths ({@code /pricing}),
 * one segment per variable ({@code /members/{id}}), prefixes ({@code /assets/**}). A request's
 * {@code uri} tag is the template it matches, so no client-chosen path ever becomes a label value.
 * Matching allocates nothing.
 */
public final class RouteTable {

    /** What a route template may look like, for the settings error. */
    public static final String FORMAT = "comma-separated route templates such as /pricing, /members/{id} or /assets/**";

    private static final Pattern TEMPLATE = Pattern.compile("/([A-Za-z0-9._~!$&'()+,;=:@%-]+|\\{[A-Za-z0-9_]+\\})?"
            + "(/([A-Za-z0-9._~!$&'()+,;=:@%-]+|\\{[A-Za-z0-9_]+\\}))*(/\\*\\*)?");

    private final Map<String, String> exact = new HashMap<>();
    private final List<String[]> variable = new ArrayList<>();
    private final List<String> variableTemplates = new ArrayList<>();
    private final List<String> prefixes = new ArrayList<>();
    private final List<String> prefixTemplates = new ArrayList<>();

    private RouteTable(List<String> templates) {
        for (String template : templates) {
            if (!TEMPLATE.matcher(template).matches()) {
                throw new IllegalArgumentException(template);
            }
            if (template.endsWith("/**")) {
                prefixes.add(template.substring(0, template.length() - 3));
                prefixTemplates.add(template);
            } else if (template.contains("{")) {
                variable.add(template.substring(1).split("/", -1));
                variableTemplates.add(template);
            } else {
                exact.put(template, template);
            }
        }
    }

    /** A table of {@code templates}; throws IllegalArgumentException naming a malformed one. */
    public static RouteTable of(List<String> templates) {
        return new RouteTable(templates);
    }

    /** True when no route is listed. */
    public boolean isEmpty() {
        return exact.isEmpty() && variable.isEmpty() && prefixes.isEmpty();
    }

    /**
     * The template {@code path} (decoded, without the context path or {@code ;} parameters) matches, or
     * null: exact first, then templates with variables (first listed wins), then the longest prefix.
     */
    public String match(String path) {
        if (path == null || path.isEmpty()) {
            return null;
        }
        String hit = exact.get(path);
        if (hit != null) {
            return hit;
        }
        for (int i = 0; i < variable.size(); i++) {
            if (segmentsMatch(variable.get(i), path)) {
                return variableTemplates.get(i);
            }
        }
        String best = null;
        int bestLength = -1;
        for (int i = 0; i < prefixes.size(); i++) {
            String prefix = prefixes.get(i);
            boolean under = path.startsWith(prefix)
                    && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/' || prefix.isEmpty());
            if (under && prefix.length() > bestLength) {
                best = prefixTemplates.get(i);
                bestLength = prefix.length();
            }
        }
        return best;
    }

    private static boolean segmentsMatch(String[] segments, String path) {
        int at = 1; // after the leading '/'
        if (path.charAt(0) != '/') {
            return false;
        }
        for (int s = 0; s < segments.length; s++) {
            int end = path.indexOf('/', at);
            if (end < 0) {
                end = path.length();
            }
            if (s == segments.length - 1 && end != path.length()) {
                return false; // more segments in the path than in the template
            }
            String segment = segments[s];
            boolean isVariable = !segment.isEmpty() && segment.charAt(0) == '{';
            if (isVariable) {
                if (end == at) {
                    return false; // a variable needs at least one character
                }
            } else if (end - at != segment.length() || !path.regionMatches(at, segment, 0, segment.length())) {
                return false;
            }
            if (end == path.length() && s < segments.length - 1) {
                return false;
            }
            at = end + 1;
        }
        return true;
    }
}
