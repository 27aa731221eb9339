package dev.mfck.run;

import java.time.Duration;
import java.time.Instant;

/**
 * What a report says about the run itself, so a result can be reproduced and trusted.
 *
 * @param kitVersion            the kit's version
 * @param suiteFingerprint      SHA-256 of the rule catalogue and the feature files
 * @param implementationName    the implementation's name, as its provider reports it
 * @param implementationVersion its version
 * @param providerClass         the provider class
 * @param implementationProcess where the implementation ran: in the kit's JVM, or the command, JVM
 *                              options and environment of its own process
 * @param java                  the Java runtime
 * @param os                    the operating system
 * @param settings              the effective deadlines, as printed at the start
 * @param selection             which scenarios ran, in words
 * @param certified             whether this was a certified run
 * @param jobs                  how many scenarios ran at once
 * @param started               when the run started
 * @param duration              how long it took
 */
public record RunInfo(String kitVersion, String suiteFingerprint, String implementationName,
                      String implementationVersion, String providerClass, String implementationProcess, String java, String os,
                      String settings, String selection, boolean certified, int jobs, Instant started, Duration duration) {

    /** @return the running Java, vendor and version */
    static String javaRuntime() {
        return System.getProperty("java.vendor") + " " + System.getProperty("java.runtime.version",
                System.getProperty("java.version"));
    }

    /** @return the operating system, its version and architecture */
    static String operatingSystem() {
        return System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch");
    }
}
