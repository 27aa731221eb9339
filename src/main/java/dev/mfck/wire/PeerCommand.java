package dev.mfck.wire;

import java.util.ArrayList;
import java.util.List;

/** The command that starts a peer, written as one string: words split at spaces, quotes keep spaces in a word. */
public final class PeerCommand {

    private PeerCommand() {
    }

    /**
     * @param command for example {@code wine "peers/media foundation/mfck-peer.exe"}
     * @return its words
     * @throws IllegalArgumentException when it is empty or a quote is not closed
     */
    public static List<String> parse(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (char c : command.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("the peer command " + command + " has a quote that is not closed");
        }
        if (inWord) {
            words.add(word.toString());
        }
        if (words.isEmpty()) {
            throw new IllegalArgumentException("the peer command is empty");
        }
        return words;
    }
}
