package dev.launchready.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar launchready-cli.jar <command>}. Exit codes: 0 pass, 1 findings at or above
 * {@code --fail-on}, 2 could not run (bad options, unreadable files, no DNS answer at all).
 */
@Command(name = "launchready", mixinStandardHelpOptions = true, versionProvider = LaunchReadyCli.VersionText.class,
        description = "Launch-readiness checks for a membership web app.",
        subcommands = {CheckCommand.class, dev.launchready.cli.scan.ScanCommand.class, CommandLine.HelpCommand.class})
public final class LaunchReadyCli {

    /** Exit code when the checks ran and nothing reached {@code --fail-on}. */
    public static final int PASS = 0;
    /** Exit code when at least one finding reached {@code --fail-on}. */
    public static final int FINDINGS = 1;
    /** Exit code when the audit could not run. */
    public static final int COULD_NOT_RUN = 2;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line as {@code main} would, without exiting the JVM; returns the exit code. */
    public static int run(String... args) {
        CommandLine commandLine = new CommandLine(new LaunchReadyCli())
                .setExitCodeExceptionMapper(e -> COULD_NOT_RUN)
                .setParameterExceptionHandler((e, a) -> {
                    CommandLine cmd = e.getCommandLine();
                    cmd.getErr().println("launchready: " + e.getMessage());
                    cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help'.");
                    return COULD_NOT_RUN;
                })
                .setExecutionExceptionHandler((e, cmd, result) -> {
                    cmd.getErr().println("launchready: could not run: " + e.getMessage());
                    return COULD_NOT_RUN;
                });
        return commandLine.execute(args);
    }

    static final class VersionText implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"launchready " + Version.TEXT};
        }
    }
}
