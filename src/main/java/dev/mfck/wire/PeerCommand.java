package dev.mfck.wire;

import java.util.ArrayList;
import java.util.List;

/** The command that starts a peer, written as one string: words split at spaces, quotes keep spaces in a word. */
public final class PeerCommand {

    private PeerCommand() {
    }

    /** The longest a command is shown in messages. */
    private static final int BRIEF = 100;

    /**
     * @param words a command's words
     * @return the command as one string, shortened when long: its program, an ellipsis and as
     *         many of its last words as fit (a long class path in the middle is left out)
     */
    public static String brief(List<String> words) {
        String whole = String.join(" ", words);
        if (whole.length() <= BRIEF) {
            return whole;
        }
        StringBuilder tail = new StringBuilder();
        for (int i = words.size() - 1; i > 0; i--) {
            String word = words.get(i);
            if (tail.length() + word.length() + words.get(0).length() + 6 > BRIEF) {
                break;
            }
            tail.insert(0, " " + word);
        }
        return words.get(0) + " ..." + tail;
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
