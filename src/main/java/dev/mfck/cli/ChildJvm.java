package dev.mfck.cli;

import dev.mfck.wire.PeerLaunch;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the kit runs a Java implementation in a JVM of its own: {@code mfck serve} with the kit's
 * classpath and the vendor's, on the kit's Java, so that whatever the implementation does to
 * its JVM (halts it, exits, crashes in native code, runs out of memory) ends that JVM and not
 * the run. The kit's own JVM options make such an end precise: an OutOfMemoryError ends the
 * JVM at once, the JVM's own fatal-error messages stay off the protocol's standard output, and
 * its fatal error log goes where the kit reads it.
 */
final class ChildJvm {

    /**
     * The system property that marks an implementation's JVM, first on its command line so that
     * {@code ps} (and the self-tests) can tell it from other JVMs.
     */
    static final String MARK = "mfck.implementation";

    /** What the kit always gives the child JVM, before the user's options. */
    static List<String> kitOptions(Path crashLogs) {
        return List.of("-XX:+ExitOnOutOfMemoryError", "-XX:+DisplayVMOutputToStderr", "-XX:-CreateCoredumpOnCrash",
                "-XX:ErrorFile=" + crashLogs.toAbsolutePath().resolve("hs_err_pid%p.log"));
    }

    private ChildJvm() {
    }

    /**
     * @param providerClass the provider the child serves
     * @param classpath     the implementation's classpath entries, as given with {@code --classpath}
     * @param jvmOptions    the user's options for the child JVM
     * @param environment   variables set for the child
     * @param crashLogs     where the child JVM writes its fatal error log
     * @return how to start the child
     */
    static PeerLaunch launch(String providerClass, List<String> classpath, List<String> jvmOptions,
                             Map<String, String> environment, Path crashLogs) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-D" + MARK + "=" + providerClass);
        command.addAll(kitOptions(crashLogs));
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(absolute(Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator))));
        command.add(Mfck.class.getName());
        command.add("serve");
        command.add("--provider");
        command.add(providerClass);
        if (!classpath.isEmpty()) {
            command.add("--classpath");
            command.add(absolute(classpath));
        }
        return new PeerLaunch(command, environment, Optional.of(crashLogs.toAbsolutePath()), providerClass,
                "the implementation's JVM (" + providerClass.substring(providerClass.lastIndexOf('.') + 1) + ")");
    }

    private static String absolute(List<String> entries) {
        return String.join(File.pathSeparator, entries.stream().filter(e -> !e.isBlank()).map(ChildJvm::absolute).toList());
    }

    private static String absolute(String entry) {
        if (entry.endsWith("/*")) {
            return Path.of(entry.substring(0, entry.length() - 2)).toAbsolutePath() + "/*";
        }
        return entry.equals("*") ? Path.of("").toAbsolutePath() + "/*" : Path.of(entry).toAbsolutePath().toString();
    }
}
