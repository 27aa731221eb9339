package dev.mfck.failure;

import dev.mfck.rules.Rule;

/**
 * The one template every failure message follows: the rule and its verdict, what the rule
 * requires and where it comes from, what the session did, the trace, and a hint.
 */
final class FailureMessage {

    private FailureMessage() {
    }

    static String format(Rule rule, Verdict verdict, String observed, String blockedBy, String trace) {
        return "[" + rule.title() + "] " + verdict + "\n"
                + "  Requires: " + rule.requirement() + "\n"
                + "  Clause:   " + rule.clause() + "\n"
                + "  Observed: " + observed.replace("\n", "\n            ") + "\n"
                + "  Trace (ms since the scenario began):\n" + trace
                + "  Hint:     " + hint(rule, verdict, blockedBy);
    }

    private static String hint(Rule rule, Verdict verdict, String blockedBy) {
        return switch (verdict) {
            case BLOCKED -> "this rule was not checked: fix what " + blockedBy + " reports first, then run again.";
            case TIMEOUT -> "a call into the session blocked; find what it waits for (a lock, a thread, "
                    + "the pipeline). " + rule.hint();
            case IMPLEMENTATION_FAULT -> "the SPI reports contract results as HRESULTs; an exception or a "
                    + "null is a fault in the implementation. " + rule.hint();
            case CRASHED -> "the implementation's process died: its last lines of standard error (and a JVM's "
                    + "hs_err log) above say where. " + rule.hint();
            default -> rule.hint();
        };
    }
}
