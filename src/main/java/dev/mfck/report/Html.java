package dev.mfck.report;

import dev.mfck.text.Printable;

/** Escapes text for HTML and SVG: markup, and the control characters no page may hold. */
final class Html {

    private Html() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c == '\n' || c == '\t' ? String.valueOf(c) : Printable.of(String.valueOf(c)));
            }
        }
        return out.toString();
    }
}
