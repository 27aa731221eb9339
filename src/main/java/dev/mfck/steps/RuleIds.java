package dev.mfck.steps;

/**
 * The rules a step names when it cannot go on: the rule whose own scenarios check what the
 * session did instead, so a BLOCKED scenario points at the cause. {@code RuleIdsTest} holds them
 * to the catalogue.
 */
final class RuleIds {

    static final String REACHES_STATES = "REACHES-STATES";
    static final String CLOSE_RETURNS_OK = "CLOSE-RETURNS-OK";
    static final String ONE_CLOSED_EVENT = "CLOSE-ONE-CLOSED-EVENT";
    static final String STOPS_SAMPLES = "CLOSE-STOPS-SAMPLES";
    static final String STOPS_CLOCK = "CLOSE-STOPS-CLOCK";
    static final String ALLOWED_AFTER_CLOSE = "ALLOWED-AFTER-CLOSE";
    static final String INVALID_AFTER_CLOSE = "INVALID-AFTER-CLOSE";
    static final String EVENTS_AFTER_CLOSE = "EVENTS-AFTER-CLOSE";
    static final String GENERATOR_AFTER_CLOSE = "GENERATOR-AFTER-CLOSE";
    static final String NOTHING_AFTER_CLOSED = "NOTHING-AFTER-CLOSED";
    static final String SHUTDOWN_WITHOUT_CLOSE = "SHUTDOWN-WITHOUT-CLOSE";

    private RuleIds() {
    }
}
