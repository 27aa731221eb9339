package dev.mfck.wire;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A peer's operating-system process: its standard input for the kit's lines, its standard
 * output for the peer's, its standard error kept (the last lines) and handed on. Closing it
 * reaps the process and everything it started.
 */
public final class PeerProcess implements AutoCloseable {

    private static final int KEPT_STDERR = 20;

    private final List<String> command;
    private final Process process;
    private final OutputStream stdin;
    private final Deque<String> stderr = new ArrayDeque<>();

    private PeerProcess(List<String> command, Process process, Consumer<String> stderrLines) {
        this.command = List.copyOf(command);
        this.process = process;
        this.stdin = process.getOutputStream();
        Thread errors = new Thread(() -> readErrors(stderrLines), "mfck-peer-stderr");
        errors.setDaemon(true);
        errors.start();
    }

    /**
     * @param command     the peer's command and arguments
     * @param stderrLines hears every line the peer writes to its standard error
     * @return the started process
     * @throws IOException when it cannot be started
     */
    public static PeerProcess start(List<String> command, Consumer<String> stderrLines) throws IOException {
        return new PeerProcess(command, new ProcessBuilder(command).start(), stderrLines);
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
     * Says how the process ended, waiting a moment for it to end.
     *
     * @return for example {@code exited with code 3} or {@code was killed by signal 9}, and its
     *         last lines of standard error
     */
    public String describeEnd() {
        String end;
        try {
            if (process.waitFor(1, TimeUnit.SECONDS)) {
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
        return end + (last.isEmpty() ? "" : "; its last lines of standard error: " + String.join(" | ", last));
    }

    /** @return the last lines the peer wrote to its standard error */
    public synchronized List<String> lastErrors() {
        return List.copyOf(stderr);
    }

    /** @return the command that started it, as one string */
    public String command() {
        return String.join(" ", command);
    }

    /** @return the command that started it, shortened for messages: its program and its last words */
    public String briefCommand() {
        return PeerCommand.brief(command);
    }

    /** Closes the peer's input, gives it a moment to end, then kills it and everything it started. */
    @Override
    public void close() {
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

    /** Kills the peer and everything it started at once: for a peer that broke the protocol. */
    public void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void readErrors(Consumer<String> lines) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String kept = line.length() > 500 ? line.substring(0, 500) + "..." : line;
                synchronized (this) {
                    stderr.addLast(kept);
                    if (stderr.size() > KEPT_STDERR) {
                        stderr.removeFirst();
                    }
                }
                lines.accept(kept);
            }
        } catch (IOException ignored) {
            // the peer is gone
        }
    }
}
