package dev.mfck.selftest.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium (Debian's {@code chromium} package, or the browser named by
 * {@code MFCK_CHROMIUM}) loading a local page, with no network: its DOM after loading, and a
 * screenshot.
 */
final class Chromium {

    private static final long DEADLINE_SECONDS = 90;

    private Chromium() {
    }

    /** @return the DOM of the page once Chromium has loaded and laid it out */
    static String dumpDom(Path page, Path scratch) throws IOException, InterruptedException {
        return run(page, scratch, "--dump-dom");
    }

    /** Draws the page into a PNG file. */
    static void screenshot(Path page, Path png, Path scratch) throws IOException, InterruptedException {
        run(page, scratch, "--screenshot=" + png.toAbsolutePath(), "--window-size=1100,2000", "--hide-scrollbars");
    }

    private static String run(Path page, Path scratch, String... what) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(executable(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + Files.createTempDirectory(scratch, "chromium-profile")));
        command.addAll(List.of(what));
        command.add(page.toAbsolutePath().toUri().toString());
        Path stdout = Files.createTempFile(scratch, "chromium", ".out");
        Path stderr = Files.createTempFile(scratch, "chromium", ".err");
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!process.waitFor(DEADLINE_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("chromium did not finish within " + DEADLINE_SECONDS + " s: " + command);
        }
        if (process.exitValue() != 0) {
            throw new AssertionError("chromium exited with " + process.exitValue() + ": "
                    + Files.readString(stderr, StandardCharsets.UTF_8));
        }
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }

    private static String executable() {
        String named = System.getenv("MFCK_CHROMIUM");
        if (named != null && !named.isBlank()) {
            return named;
        }
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        throw new AssertionError("the index.html test needs headless Chromium: install Debian's package "
                + "(apt-get install -y chromium, as .ci/run does) or name the browser with MFCK_CHROMIUM");
    }
}
