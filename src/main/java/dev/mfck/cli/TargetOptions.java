package dev.mfck.cli;

import dev.mfck.config.KitSettings;
import dev.mfck.harness.KitSetupException;
import dev.mfck.run.Jobs;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The options that say what to run against, with which deadlines, and where reports go. */
final class TargetOptions {

    @Option(names = "--provider", paramLabel = "CLASS",
            description = "The SessionProvider class of the implementation under test. Without it: the one "
                    + "provider declared (META-INF/services) in the --classpath jars, or else the bundled FFmpeg "
                    + "reference implementation.")
    String provider;

    @Option(names = {"--classpath", "-cp"}, paramLabel = "PATH", split = "${sys:path.separator}",
            description = "The implementation's jars and class directories, separated by '${sys:path.separator}'; "
                    + "'dir/*' takes every jar in dir.")
    List<String> classpath = new ArrayList<>();

    @Option(names = "--wire", paramLabel = "COMMAND",
            description = "Check an implementation in another process, over the wire protocol mfck-wire/1: "
                    + "the command that starts its peer, for example 'wine peers/mediafoundation/mfck-peer.exe' "
                    + "(docs/wire-protocol.md). Replaces --provider and --classpath.")
    String wire;

    @Option(names = "--in-process",
            description = "Run the implementation in the kit's own JVM, as the JUnit suite does (for a debugger). "
                    + "By default a Java implementation runs in a JVM of its own, served over the wire protocol, "
                    + "so that a crash (halt, exit, native crash, OutOfMemoryError) is the scenario's verdict, "
                    + "CRASHED, and the run goes on.")
    boolean inProcess;

    @Option(names = "--child-jvm-option", paramLabel = "OPTION",
            description = "An option for the implementation's JVM (repeatable), for example --child-jvm-option=-Xmx512m. "
                    + "The reports record them.")
    List<String> childJvmOptions = new ArrayList<>();

    @Option(names = "--child-env", paramLabel = "NAME=VALUE",
            description = "An environment variable for the implementation's process (repeatable), on top of the "
                    + "kit's own environment. The reports record them.")
    Map<String, String> childEnvironment = new LinkedHashMap<>();

    @Option(names = "--jobs", paramLabel = "N",
            description = "How many scenarios run at once, each with its own session and, unless --in-process, its "
                    + "own process of the implementation. Default: " + Jobs.PER_CORE_ISOLATED + " per core, or "
                    + Jobs.PER_CORE_IN_PROCESS + " per core with --in-process (at most " + Jobs.MAX_DEFAULT + "). "
                    + "--jobs 1 runs them one after the other. The reports record it.")
    Integer jobs;

    @Option(names = "--tags", paramLabel = "EXPR",
            description = "Run only the scenarios matching this Cucumber tag expression, "
                    + "for example \"@required and not @rule:CLOSE-IS-ASYNC\".")
    String tags;

    @Option(names = "--rule", paramLabel = "ID", split = ",",
            description = "Run only the scenarios of these rules (repeatable, or comma-separated); "
                    + "'mfck rules' lists them.")
    List<String> rules = new ArrayList<>();

    @Option(names = "--features", paramLabel = "PATH",
            description = "Run the scenarios of these feature files or directories (repeatable) instead of the suite: "
                    + "a scenario 'mfck explore' wrote, or scenarios of your own written with the suite's steps.")
    List<Path> features = new ArrayList<>();

    @Option(names = "--report-dir", paramLabel = "DIR", defaultValue = "reports",
            description = "Where the reports go (default: ${DEFAULT-VALUE}). It is created if missing; "
                    + "reports of an earlier run there are replaced.")
    Path reportDir;

    @Option(names = "--timeout-factor", paramLabel = "FACTOR",
            description = "Multiplies every deadline of the kit, for a slow machine (default: "
                    + "mfck.timeout.factor, else 1).")
    Double timeoutFactor;

    /** @return the kit's settings: system properties and environment, with the factor given here */
    KitSettings settings() {
        return KitSettings.from(key -> {
            if (key.equals(KitSettings.FACTOR) && timeoutFactor != null) {
                return timeoutFactor.toString();
            }
            if (key.equals(KitSettings.PROVIDER)) {
                return provider;
            }
            String value = System.getProperty(key);
            return value != null ? value : System.getenv(KitSettings.environmentName(key));
        });
    }

    /** @return how many scenarios run at once */
    int jobs() {
        if (jobs == null) {
            return Jobs.byDefault(wire != null || !inProcess);
        }
        if (jobs < 1) {
            throw new KitSetupException("--jobs must be at least 1, was " + jobs, null);
        }
        return jobs;
    }

    Optional<String> tags() {
        return Optional.ofNullable(tags).filter(t -> !t.isBlank());
    }

    /** @return true when the options select part of the suite */
    boolean selectsPart() {
        return tags().isPresent() || !rules.isEmpty() || !features.isEmpty();
    }
}
