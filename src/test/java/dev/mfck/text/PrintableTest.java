package dev.mfck.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PrintableTest {

    @Test
    void controlCharactersAreEscapedAndTextIsKept() {
        assertThat(Printable.of("\u001b[31mred\u001b[0m\u0000\u0007 bell\r\n"))
                .isEqualTo("\\u001b[31mred\\u001b[0m\\u0000\\u0007 bell\\r\\n");
        assertThat(Printable.of("caf\u00e9 \ud83c\udfb5\ttab")).isEqualTo("caf\u00e9 \ud83c\udfb5\ttab");
        assertThat(Printable.of("lone \ud800 surrogate, \u0085 next line, \ufffd")).isEqualTo(
                "lone \\ud800 surrogate, \\u0085 next line, \\ufffd");
    }

    @Test
    void aQuoteIsBoundedAndSaysHowLongTheLineWas() {
        String quoted = Printable.quote("x".repeat(1000) + "\u001b");
        assertThat(quoted).startsWith("'xxx").endsWith("... (1001 characters)'").hasSize(Printable.QUOTED + 23);
    }
}
