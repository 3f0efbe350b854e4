package dev.launchready.cli.scan;

import java.util.Locale;
import java.util.Set;

/**
 * {@code .env}, {@code .env.production}, {@code .env.local}: files made to hold real secrets, a finding
 * whenever they are committed, whatever they contain. Templates ({@code .env.example}, {@code .env.sample},
 * {@code .env.template}, {@code .env.dist}) are meant to be committed.
 */
final class EnvFiles {

    static final String RULE = "env-file";

    private static final Set<String> TEMPLATES = Set.of("example", "sample", "template", "dist", "defaults");

    private EnvFiles() {
    }

    static boolean isEnvFile(String path) {
        String name = fileName(path).toLowerCase(Locale.ROOT);
        if (name.equals(".env")) {
            return true;
        }
        if (!name.startsWith(".env.")) {
            return false;
        }
        String suffix = name.substring(5);
        for (String part : suffix.split("\\.")) {
            if (TEMPLATES.contains(part)) {
                return false;
            }
        }
        return !suffix.isEmpty();
    }

    static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
