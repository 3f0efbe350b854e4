package dev.launchready.examples.common.web;

import static dev.launchready.examples.common.web.Html.escape;

/** Pieces of HTML forms that every page writes the same way. */
final class Forms {

    /** The request parameter carrying the anti-CSRF token, as Spring Security names it. */
    static final String CSRF_FIELD = "_csrf";

    private Forms() {
    }

    /** A POST form's opening tag, followed by the anti-CSRF field when there is a token. */
    static String open(String action, String csrf, String cssClass) {
        String hidden = csrf == null ? "" : "<input type=\"hidden\" name=\"" + CSRF_FIELD + "\" value=\"" + escape(csrf) + "\">";
        return "<form method=\"post\" action=\"" + escape(action) + "\" class=\"" + escape(cssClass) + "\">" + hidden + "\n";
    }

    static String field(String label, String type, String name, String value, String autocomplete) {
        return """
               <label>%s<input type="%s" name="%s" value="%s" autocomplete="%s" required></label>
               """.formatted(escape(label), type, name, escape(value), autocomplete);
    }

    /** Nothing when there is no problem to show. */
    static String problem(String problem) {
        return problem == null ? "" : "<p class=\"problem\" role=\"alert\">" + escape(problem) + "</p>\n";
    }
}
