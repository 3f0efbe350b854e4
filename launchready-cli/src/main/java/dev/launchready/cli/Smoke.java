package dev.launchready.cli;

/** {@code --smoke /login=200}: a path and the status it must answer with. */
record Smoke(String path, int status) {

    static Smoke parse(String text) {
        int eq = text.lastIndexOf('=');
        if (eq <= 0 || !text.startsWith("/")) {
            throw new IllegalArgumentException("--smoke expects /path=status, e.g. /login=200; got '" + text + "'");
        }
        int status;
        try {
            status = Integer.parseInt(text.substring(eq + 1).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--smoke " + text + ": status must be a number such as 200", e);
        }
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("--smoke " + text + ": status must be 100..599");
        }
        return new Smoke(text.substring(0, eq), status);
    }
}
