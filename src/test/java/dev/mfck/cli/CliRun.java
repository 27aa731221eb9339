package dev.mfck.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One invocation of the {@code mfck} command in this JVM, with what it printed.
 *
 * @param exit its exit code
 * @param out  what it printed to standard output
 * @param err  what it printed to standard error
 */
public record CliRun(int exit, String out, String err) {

    /**
     * @param args the arguments
     * @return the invocation's outcome
     */
    public static CliRun mfck(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Mfck.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** @return everything it printed, for assertion messages */
    @Override
    public String toString() {
        return "exit " + exit + "\n--- out ---\n" + out + "\n--- err ---\n" + err;
    }
}
