package dev.mfck.cli;

import dev.mfck.harness.KitSetupException;
import dev.mfck.run.KitVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** The {@code mfck} command line. */
@Command(name = "mfck",
        mixinStandardHelpOptions = true,
        versionProvider = Mfck.Version.class,
        subcommands = {RunCommand.class, ExploreCommand.class, RulesCommand.class, BaselineCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class},
        description = {
                "The Media Foundation session conformance kit: checks that an implementation of a media "
                        + "session keeps the contract of IMFMediaSession::Close.",
                ""},
        footerHeading = "%nExit codes:%n",
        footer = {
                "  0  conformant (with --expectations: every required failure is expected)",
                "  1  not conformant: a required rule failed, timed out or met a fault",
                "  2  the run could not proceed: bad arguments, no provider, a kit error",
                "  (mfck explore: 0 no departure found, 1 a departure found, 2 it could not proceed)",
                "",
                "Run 'mfck help run' for the run's options."})
public final class Mfck {

    private Mfck() {
    }

    /**
     * Runs the command and exits with its exit code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /**
     * Runs the command.
     *
     * @param out  where results go
     * @param err  where errors go
     * @param args the arguments
     * @return the exit code
     */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine command = new CommandLine(new Mfck())
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler(Mfck::cannotProceed);
        command.setParameterExceptionHandler((e, arguments) -> {
            e.getCommandLine().getErr().println("mfck: " + e.getMessage());
            e.getCommandLine().getErr().println("Run '" + e.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help' for the options.");
            return ExitCodes.CANNOT_PROCEED;
        });
        int code = command.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static int cannotProceed(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
        PrintWriter err = command.getErr();
        if (e instanceof KitSetupException || e instanceof IllegalArgumentException) {
            err.println("mfck: the run cannot proceed: " + e.getMessage());
        } else {
            err.println("mfck: the kit itself failed (please report this): " + e);
            e.printStackTrace(err);
        }
        return ExitCodes.CANNOT_PROCEED;
    }

    /** Reports the kit's version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"mfck " + KitVersion.get(), "Java " + System.getProperty("java.version")};
        }
    }
}
