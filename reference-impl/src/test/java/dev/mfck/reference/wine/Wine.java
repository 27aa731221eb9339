package dev.mfck.reference.wine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Wine on this machine, ready to run the Media Foundation peer: the packages are there
 * (else the test fails with the command that installs them: it is never skipped), the peer is
 * built from its sources, and the Wine prefix exists.
 *
 * @param prefix the Wine prefix (WINEPREFIX, else ~/.cache/mfck/wine, as ./test makes it)
 * @param peer   the built peer
 * @param version what {@code wine --version} says
 */
record Wine(Path prefix, Path peer, String version) {

    /** What {@code ./test} installs for the Media Foundation peer. */
    static final String INSTALL = "apt-get install -y wine wine64 gcc-mingw-w64-x86-64 make gstreamer1.0-plugins-base "
            + "gstreamer1.0-plugins-good gstreamer1.0-libav";
    private static final Path PEER_SOURCES = Path.of("..", "peers", "mediafoundation");
    private static final long PREPARE_MINUTES = 3;

    /**
     * @return Wine, with the peer built and the prefix made
     * @throws AssertionError naming what is missing and how to install it
     */
    static Wine prepare() throws IOException, InterruptedException {
        String said = run(List.of("wine", "--version"), Map.of("WINEDEBUG", "-all"), "Wine is not installed");
        String version = said.lines().filter(line -> line.startsWith("wine-")).findFirst().orElse(said.strip());
        run(List.of("x86_64-w64-mingw32-gcc", "--version"), Map.of(), "the MinGW-w64 compiler is not installed");
        run(List.of("make", "-C", PEER_SOURCES.toString()), Map.of(), "the Media Foundation peer does not build");
        Path prefix = Path.of(System.getenv().getOrDefault("WINEPREFIX",
                Path.of(System.getProperty("user.home"), ".cache", "mfck", "wine").toString()));
        Wine wine = new Wine(prefix.toAbsolutePath(), PEER_SOURCES.resolve("mfck-peer.exe").toAbsolutePath(), version);
        if (!Files.exists(prefix.resolve("system.reg"))) {
            Files.createDirectories(prefix);
            run(List.of("wine", "wineboot", "-i"), wine.environment(), "the Wine prefix " + prefix + " cannot be made");
            run(List.of("wineserver", "-w"), wine.environment(), "the Wine prefix " + prefix + " cannot be made");
        }
        return wine;
    }

    /** @return what a process that runs the peer needs in its environment */
    Map<String, String> environment() {
        return Map.of("WINEPREFIX", prefix.toString(), "WINEDEBUG", "-all");
    }

    /** @return the command that starts the peer, for {@code mfck run --wire} */
    String peerCommand() {
        return "wine '" + peer + "'";
    }

    private static String run(List<String> command, Map<String, String> environment, String what)
            throws IOException, InterruptedException {
        Path output = Files.createTempFile("mfck-wine", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new AssertionError(what + " (" + String.join(" ", command) + ": " + e.getMessage() + "). Run ./test, "
                    + "which installs what is missing, or: " + INSTALL, e);
        }
        boolean ended = process.waitFor(PREPARE_MINUTES, TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly();
        }
        String said = Files.readString(output, StandardCharsets.UTF_8);
        Files.delete(output);
        if (!ended || process.exitValue() != 0) {
            throw new AssertionError(what + " (" + String.join(" ", command) + (ended ? " exited with "
                    + process.exitValue() : " did not end within " + PREPARE_MINUTES + " minutes") + "):\n" + said
                    + "\nRun ./test, which installs what is missing, or: " + INSTALL);
        }
        return said;
    }
}
