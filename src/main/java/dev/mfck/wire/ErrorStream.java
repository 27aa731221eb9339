package dev.mfck.wire;

import dev.mfck.text.Printable;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Reads a peer's standard error in bounded pieces: free text, a line at a time, each made
 * printable, the last {@value #KEPT} kept for the report. Whatever the peer writes, the kit holds
 * a fixed buffer: the first {@value #KEPT_BYTES} bytes of each of the last lines, in slots it
 * reuses, so a flood costs the kit neither memory nor garbage; a line becomes text only when it
 * is quoted or its owner wants it. A line longer than {@value #MAX_LINE} bytes, or more than
 * {@value #MAX_BYTES_PER_SECOND} bytes within one second, is the peer's fault, and the reader
 * stops there (the peer then blocks on its next write until the kit ends it).
 */
final class ErrorStream {

    /** The longest line of standard error the kit takes, in bytes (as a protocol line). */
    static final int MAX_LINE = Lines.MAX_LINE;
    /** The most bytes of standard error the kit takes within one second: a flood beyond any log. */
    static final int MAX_BYTES_PER_SECOND = 16 << 20;
    /** How many of the last lines the kit keeps to quote. */
    static final int KEPT = 20;
    /** How much of one line the kit keeps to quote, in characters. */
    static final int KEPT_LINE = 500;
    /** How much of one line the kit keeps, in bytes: room for {@value #KEPT_LINE} characters of UTF-8. */
    static final int KEPT_BYTES = KEPT_LINE * 4;

    /** What the reader tells its owner. */
    interface Listener {

        /** @return whether it wants the next line as text (a trace takes a bounded number) */
        boolean wantsLine();

        /** @param line a line, printable and at most {@value #KEPT_LINE} characters long */
        void line(String line);

        /** @param what how the peer broke the bounds of its standard error */
        void flooded(String what);

        /** @param error what went wrong inside the kit while it read */
        void kitFailed(Throwable error);
    }

    private final InputStream in;
    private final Listener listener;
    /** The last lines' first bytes, a ring of slots reused: {@code next} is the slot the line being read fills, the others the last lines. */
    private final byte[][] slots = new byte[KEPT + 1][KEPT_BYTES];
    private final int[] lengths = new int[KEPT + 1];
    private int next;
    private int filled;
    private final CountDownLatch ended = new CountDownLatch(1);

    ErrorStream(InputStream in, Listener listener) {
        this.in = in;
        this.listener = listener;
    }

    /** Starts reading, on a daemon thread of its own. */
    void start() {
        Thread reader = new Thread(this::read, "mfck-peer-stderr");
        reader.setDaemon(true);
        reader.start();
    }

    /** @return the last lines the peer wrote, oldest first, each printable and at most {@value #KEPT_LINE} characters */
    synchronized List<String> last() {
        List<String> lines = new ArrayList<>();
        for (int i = filled; i > 0; i--) {
            lines.add(text((next - i + slots.length) % slots.length));
        }
        return lines;
    }

    /**
     * Waits for the stream's end (every process holding it has closed it), up to a deadline: a
     * dead peer's last lines are read before they are quoted.
     *
     * @param deadline how long to wait
     */
    void awaitEnd(Duration deadline) {
        try {
            ended.await(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void read() {
        byte[] buffer = new byte[64 * 1024];
        long lineLength = 0;
        long windowStart = System.nanoTime();
        long inWindow = 0;
        try {
            int read;
            while ((read = in.read(buffer)) > 0) {
                long now = System.nanoTime();
                if (now - windowStart > 1_000_000_000L) {
                    windowStart = now;
                    inWindow = 0;
                }
                inWindow += read;
                if (inWindow > MAX_BYTES_PER_SECOND) {
                    listener.flooded("flooded its standard error: more than " + MAX_BYTES_PER_SECOND
                            + " bytes within one second");
                    return;
                }
                int from = 0;
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        keep(buffer, from, i - from, lineLength);
                        endLine();
                        lineLength = 0;
                        from = i + 1;
                    }
                }
                keep(buffer, from, read - from, lineLength);
                lineLength += read - from;
                if (lineLength > MAX_LINE) {
                    listener.flooded("wrote a line of standard error longer than " + MAX_LINE + " bytes, beginning "
                            + Printable.quote(text(next).substring(0, Math.min(80, text(next).length()))));
                    return;
                }
            }
            if (lineLength > 0) {
                endLine();
            }
        } catch (IOException ignored) {
            // the peer is gone
        } catch (RuntimeException | Error e) {
            listener.kitFailed(e);
        } finally {
            ended.countDown();
        }
    }

    /** Keeps what fits of these bytes in the slot of the line being read, which already holds {@code already} of it. */
    private synchronized void keep(byte[] bytes, int from, int count, long already) {
        if (already == 0) {
            lengths[next] = 0;
        }
        int room = KEPT_BYTES - lengths[next];
        int taken = Math.min(room, count);
        System.arraycopy(bytes, from, slots[next], lengths[next], taken);
        lengths[next] += taken;
    }

    private void endLine() {
        int line;
        synchronized (this) {
            line = next;
            next = (next + 1) % slots.length;
            filled = Math.min(filled + 1, KEPT);
        }
        if (listener.wantsLine()) {
            listener.line(textOf(line));
        }
    }

    private synchronized String textOf(int slot) {
        return text(slot);
    }

    /** @return the slot's bytes as printable text, its carriage return dropped, cut at {@value #KEPT_LINE} characters */
    private String text(int slot) {
        String text = new String(slots[slot], 0, lengths[slot], StandardCharsets.UTF_8);
        text = Printable.of(text.endsWith("\r") ? text.substring(0, text.length() - 1) : text);
        return text.length() > KEPT_LINE ? text.substring(0, KEPT_LINE) + "..." : text;
    }
}
