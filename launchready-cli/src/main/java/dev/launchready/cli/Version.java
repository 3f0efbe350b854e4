package dev.launchready.cli;

/** The version printed by {@code --version} and sent as the User-Agent. */
final class Version {

    static final String TEXT = read();

    private Version() {
    }

    private static String read() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
