package dev.mfck.wire;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads the protocol's lines from a stream, refusing a line longer than the protocol allows
 * (an endless line from a broken peer costs a bounded buffer, not the kit's memory) and a line
 * that is not UTF-8 (bytes are never guessed into text).
 */
public final class Lines {

    /** The longest line the protocol allows, in bytes. */
    public static final int MAX_LINE = 1 << 20;

    private final InputStream in;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    /**
     * @param in the stream
     */
    public Lines(InputStream in) {
        this.in = in instanceof BufferedInputStream ? in : new BufferedInputStream(in, 64 * 1024);
    }

    /**
     * @return the next line without its end ({@code \n}, or {@code \r\n}), or null at the end of the stream
     * @throws TooLong when a line is longer than {@link #MAX_LINE}
     * @throws NotText when a line is not UTF-8
     * @throws IOException when the stream fails
     */
    public String next() throws IOException {
        line.reset();
        while (true) {
            int b = in.read();
            if (b < 0) {
                return line.size() == 0 ? null : text();
            }
            if (b == '\n') {
                return text();
            }
            if (line.size() >= MAX_LINE) {
                throw new TooLong(line.toString(StandardCharsets.UTF_8));
            }
            line.write(b);
        }
    }

    private String text() throws NotText {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new NotText(line.toString(StandardCharsets.UTF_8));
        }
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    /** A line whose bytes are not UTF-8. */
    public static final class NotText extends IOException {

        private final String shown;

        NotText(String shown) {
            super("a line that is not UTF-8");
            this.shown = shown;
        }

        /** @return the line, each byte that is not UTF-8 shown as U+FFFD */
        public String shown() {
            return shown;
        }
    }

    /** A line longer than the protocol allows. */
    public static final class TooLong extends IOException {

        private final String start;

        TooLong(String start) {
            super("a line longer than " + MAX_LINE + " bytes");
            this.start = start;
        }

        /** @return the line's beginning, as far as it was read */
        public String start() {
            return start;
        }
    }
}
