package dev.mfck.text;

/**
 * Text from outside the kit (a peer's output, an implementation's message) made safe to quote in
 * any report: every control character but the tab (line ends included), and every character
 * that is not text (a lone surrogate, the replacement of a byte that was not UTF-8), is written
 * as a visible escape such as {@code \u001b}, so nothing quoted can move a terminal's cursor,
 * break an XML file or hide inside an HTML page.
 */
public final class Printable {

    /** The most characters {@link #quote(String)} shows of a line. */
    public static final int QUOTED = 300;

    private Printable() {
    }

    /**
     * @param text any text, or null
     * @return the text with its control characters escaped (null as {@code null})
     */
    public static String of(String text) {
        if (text == null) {
            return "null";
        }
        if (text.codePoints().allMatch(Printable::plain)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            if (plain(c)) {
                out.appendCodePoint(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else {
                out.append(String.format("\\u%04x", c));
            }
        });
        return out.toString();
    }

    /**
     * @param line a line from outside
     * @return it printable, between single quotes, cut after {@value #QUOTED} characters with its length said
     */
    public static String quote(String line) {
        String shown = line.length() > QUOTED ? line.substring(0, QUOTED) + "... (" + line.length() + " characters)" : line;
        return "'" + of(shown) + "'";
    }

    private static boolean plain(int c) {
        // code points: a valid surrogate pair is one code point; a lone surrogate stays a surrogate
        return c == '\t' || c >= 0x20 && c < 0x7f || c > 0x9f && c != 0xfffd && c != 0x2028 && c != 0x2029
                && !(c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) && c != 0xfffe && c != 0xffff;
    }
}
