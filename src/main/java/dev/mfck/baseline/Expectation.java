package dev.mfck.baseline;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One entry of an expectations file: a rule or a scenario that is known not to pass, or known to
 * end one of several ways (an intermittent result, written {@code PASS|CRASHED}).
 *
 * @param id     a rule id ({@code CLOSE-IS-ASYNC}) or a scenario's stable id
 *               ({@code CLOSE-IS-ASYNC[started, av-long]})
 * @param status the status it is expected to end with: {@code FAIL}, {@code TIMEOUT},
 *               {@code IMPLEMENTATION_FAULT}, {@code CRASHED}, {@code BLOCKED} or {@code NOT_SUPPORTED}; or several,
 *               separated by {@code |}, of which {@code PASS} may be one
 * @param reason why, in the vendor's words
 * @param line   the entry's line in its file, for messages
 */
public record Expectation(String id, String status, String reason, int line) {

    /** The statuses an entry may expect. */
    public static final Set<String> STATUSES = Set.of("FAIL", "TIMEOUT", "IMPLEMENTATION_FAULT", "CRASHED", "BLOCKED",
            "NOT_SUPPORTED");
    /** What separates the statuses of an intermittent entry. */
    public static final String OR = "|";
    /** The status an intermittent entry may list beside failures. */
    public static final String PASS = "PASS";

    /** @return the statuses it allows, in the order written */
    public List<String> statuses() {
        return List.of(status.split(Pattern.quote(OR)));
    }

    /**
     * @param outcome a scenario's verdict, or a rule's status
     * @return true when the entry expects it
     */
    public boolean allows(String outcome) {
        return statuses().contains(outcome);
    }

    /** @return true when the entry lists more than one status: the result is known to vary from run to run */
    public boolean isIntermittent() {
        return statuses().size() > 1;
    }

    /** @return true when the entry names a scenario rather than a rule */
    public boolean isScenario() {
        return isScenarioId(id);
    }

    /**
     * @param id an id from an expectations file
     * @return true when it has the shape of a scenario id
     */
    public static boolean isScenarioId(String id) {
        return id.matches("[A-Z][A-Z0-9-]*\\[.+]");
    }
}
