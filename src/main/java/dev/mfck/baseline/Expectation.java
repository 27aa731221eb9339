package dev.mfck.baseline;

import java.util.Set;

/**
 * One entry of an expectations file: a rule or a scenario that is known not to pass.
 *
 * @param id     a rule id ({@code CLOSE-IS-ASYNC}) or a scenario's stable id
 *               ({@code CLOSE-IS-ASYNC[started, av-long]})
 * @param status the status it is expected to end with: {@code FAIL}, {@code TIMEOUT},
 *               {@code IMPLEMENTATION_FAULT}, {@code BLOCKED} or {@code NOT_SUPPORTED}
 * @param reason why, in the vendor's words
 * @param line   the entry's line in its file, for messages
 */
public record Expectation(String id, String status, String reason, int line) {

    /** The statuses an entry may expect. */
    public static final Set<String> STATUSES = Set.of("FAIL", "TIMEOUT", "IMPLEMENTATION_FAULT", "BLOCKED", "NOT_SUPPORTED");

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
