package dev.mfck.wire;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A peer's operating-system process: its standard input for the kit's lines, its standard
 * output for the peer's, its standard error read in bounded pieces ({@link ErrorStream}), and
 * the process itself watched, so that its end is known when it ends, whatever its children hold
 * open. It runs in a session of its own with a mark in its environment ({@link ProcessTree}):
 * closing it ends the process and every process it started that the kit can find.
 */
public final class PeerProcess implements AutoCloseable {

    private static final int CRASH_LOG_LINES = 8;
    /** How long a dead peer's last lines of standard error may take to arrive before they are quoted. */
    private static final Duration LAST_WORDS = Duration.ofSeconds(1);
    /** Every peer still running: the JVM's end kills them, however the kit ends (Ctrl-C, SIGTERM). */
    private static final Set<PeerProcess> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            RUNNING.forEach(PeerProcess::destroyTree);
            ProcessTree.endAll();
        }, "mfck-peer-reaper"));
    }

    /** What the process tells its owner, besides its standard output. */
    interface Listener extends ErrorStream.Listener {

        /**
         * The process ended, and the kit had not ended it.
         *
         * @param process the process
         */
        void exited(PeerProcess process);
    }

    private final Optional<Path> crashLogs;
    private final Process process;
    private final String mark;
    private final OutputStream stdin;
    private final ErrorStream stderr;
    private volatile boolean killedByKit;

    private PeerProcess(PeerLaunch launch, Process process, String mark, Listener listener) {
        this.crashLogs = launch.crashLogs();
        this.process = process;
        this.mark = mark;
        RUNNING.add(this);
        this.stdin = process.getOutputStream();
        this.stderr = new ErrorStream(process.getErrorStream(), listener);
        stderr.start();
        process.onExit().thenRun(() -> {
            RUNNING.remove(this);
            if (!killedByKit) {
                listener.exited(this);
            }
        });
    }

    /**
     * @param launch   how to start the peer
     * @param listener hears the peer's standard error, and its end
     * @return the started process
     * @throws IOException when it cannot be started
     */
    static PeerProcess start(PeerLaunch launch, Listener listener) throws IOException {
        String mark = ProcessTree.newMark();
        ProcessBuilder builder = new ProcessBuilder(ProcessTree.inOwnSession(launch.command()));
        builder.environment().putAll(launch.environment());
        builder.environment().put(ProcessTree.MARK, mark);
        return new PeerProcess(launch, builder.start(), mark, listener);
    }

    /** @return the peer's standard output */
    public InputStream stdout() {
        return process.getInputStream();
    }

    /**
     * Writes one line to the peer's standard input.
     *
     * @param line the line, without its end
     * @throws IOException when the peer no longer reads
     */
    public synchronized void send(String line) throws IOException {
        stdin.write(line.getBytes(StandardCharsets.UTF_8));
        stdin.write('\n');
        stdin.flush();
    }

    /** @return true while the process runs */
    public boolean alive() {
        return process.isAlive();
    }

    /**
     * Waits for the process to end by itself.
     *
     * @param deadline how long to wait
     * @return true when it has ended
     */
    public boolean awaitEnd(Duration deadline) {
        try {
            return process.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    /** @return true when the process has ended and the kit did not end it: it died by itself */
    public boolean diedByItself() {
        return !process.isAlive() && !killedByKit;
    }

    /**
     * Says how the process ended, waiting a moment for it to end.
     *
     * @return for example {@code exited with code 3} or {@code was killed by signal 9}, its
     *         last lines of standard error, and the summary of its JVM's fatal error log
     */
    public String describeEnd() {
        String end;
        try {
            if (process.waitFor(1, TimeUnit.SECONDS)) {
                stderr.awaitEnd(LAST_WORDS);
                int code = process.exitValue();
                end = code > 128 && code < 160 ? "was killed by signal " + (code - 128) + " (exit code " + code + ")"
                        : "exited with code " + code;
            } else {
                end = "is still running";
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            end = "could not be waited for";
        }
        List<String> last = lastErrors();
        return end + (last.isEmpty() ? "" : "; its last lines of standard error: " + String.join(" | ", last))
                + crashLog().orElse("");
    }

    /** @return the summary of the fatal error log the peer's JVM wrote, if it wrote one */
    private Optional<String> crashLog() {
        if (crashLogs.isEmpty()) {
            return Optional.empty();
        }
        Path log = crashLogs.get().resolve("hs_err_pid" + process.pid() + ".log");
        if (!Files.isRegularFile(log)) {
            return Optional.empty();
        }
        try (Stream<String> lines = Files.lines(log, StandardCharsets.ISO_8859_1)) {
            List<String> summary = lines.limit(40).filter(line -> line.startsWith("# ")).map(line -> line.substring(2).strip())
                    .filter(line -> !line.isEmpty() && !line.startsWith("JRE version") && !line.startsWith("Java VM")
                            && !line.startsWith("Core dump") && !line.startsWith("If you would like")
                            && !line.startsWith("http") && !line.startsWith("The crash happened"))
                    .limit(CRASH_LOG_LINES).toList();
            return Optional.of("; its JVM's fatal error log " + log + ": " + String.join(" | ", summary));
        } catch (IOException | UncheckedIOException e) {
            return Optional.of("; its JVM wrote a fatal error log, " + log + ", which the kit could not read: " + e);
        }
    }

    /** @return the last lines the peer wrote to its standard error */
    public List<String> lastErrors() {
        return stderr.last();
    }

    /** Closes the peer's input, gives it a moment to end, then kills it and everything it started. */
    @Override
    public void close() {
        if (process.isAlive()) {
            killedByKit = true;
        }
        try {
            stdin.close();
        } catch (IOException ignored) {
            // the peer is gone already
        }
        try {
            process.waitFor(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        kill();
    }

    /** Kills the peer and everything it started at once: for a peer that broke the protocol or hung. */
    public void kill() {
        if (process.isAlive()) {
            killedByKit = true;
        }
        destroyTree();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void destroyTree() {
        ProcessTree.end(process.toHandle(), mark);
    }
}
