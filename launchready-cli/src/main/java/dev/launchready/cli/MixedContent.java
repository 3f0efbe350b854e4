package dev.launchready.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Resources an HTTPS page loads over plain HTTP: blocked or warned about by browsers, and tamperable. */
final class MixedContent {

    /** Tags whose attribute loads something into the page (not {@code <a href>}, which only links). */
    private static final Pattern LOADS = Pattern.compile(
            "<(script|img|iframe|audio|video|source|embed|object|link|form)\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "\\b(src|href|data|action|srcset)\\s*=\\s*(\"([^\"]*)\"|'([^']*)'|([^\\s>]+))", Pattern.CASE_INSENSITIVE);
    private static final Pattern REL = Pattern.compile("\\brel\\s*=\\s*[\"']?([^\"'>]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTTP_URL = Pattern.compile("(?i)http://[^\\s,\"']+");

    private MixedContent() {
    }

    /** The plain-HTTP URLs the page would load. */
    static List<String> find(String html) {
        Set<String> found = new LinkedHashSet<>();
        String withoutComments = html.replaceAll("(?s)<!--.*?-->", "");
        Matcher tag = LOADS.matcher(withoutComments);
        while (tag.find()) {
            String name = tag.group(1).toLowerCase(java.util.Locale.ROOT);
            String attributes = tag.group(2);
            if (name.equals("link") && !loadingLink(attributes)) {
                continue;
            }
            Matcher attribute = ATTRIBUTE.matcher(attributes);
            while (attribute.find()) {
                String value = attribute.group(3) != null ? attribute.group(3)
                        : attribute.group(4) != null ? attribute.group(4) : attribute.group(5);
                Matcher url = HTTP_URL.matcher(value.trim());
                while (url.find()) {
                    found.add(url.group());
                }
            }
        }
        return new ArrayList<>(found);
    }

    private static boolean loadingLink(String attributes) {
        Matcher rel = REL.matcher(attributes);
        if (!rel.find()) {
            return false;
        }
        String value = rel.group(1).toLowerCase(java.util.Locale.ROOT);
        return value.contains("stylesheet") || value.contains("icon") || value.contains("preload")
                || value.contains("manifest");
    }
}
