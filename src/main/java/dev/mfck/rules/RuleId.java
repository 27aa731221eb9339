package dev.mfck.rules;

import java.util.Arrays;
import java.util.Optional;

/**
 * The id of every rule of the catalogue, the one place main code names a rule: the kit's checks
 * name the rule they judge, or the rule a BLOCKED scenario points at, with one of these.
 * {@code features/rules.md} holds each rule's text; {@code RuleIdTest} fails the build when the
 * two differ by one id.
 */
public enum RuleId {

    /** The session reaches the states Close is checked from. */
    REACHES_STATES,
    /** Close returns S_OK before Shutdown. */
    CLOSE_RETURNS_OK,
    /** Close returns at once, and MESessionClosed waits for closing to complete. */
    CLOSE_IS_ASYNC,
    /** One MESessionClosed with S_OK. */
    CLOSE_ONE_CLOSED_EVENT,
    /** No sample after MESessionClosed. */
    CLOSE_STOPS_SAMPLES,
    /** The clock stands still after MESessionClosed. */
    CLOSE_STOPS_CLOCK,
    /** Working resources back at their baseline after MESessionClosed. */
    CLOSE_RELEASES_RESOURCES,
    /** GetClock, GetFullTopology, GetSessionCapabilities and Shutdown stay valid after Close. */
    ALLOWED_AFTER_CLOSE,
    /** Every other method fails with MF_E_INVALIDREQUEST after Close. */
    INVALID_AFTER_CLOSE,
    /** Close after Shutdown returns MF_E_SHUTDOWN. */
    CLOSE_AFTER_SHUTDOWN,
    /** After Shutdown every method returns MF_E_SHUTDOWN. */
    SHUTDOWN_IS_FINAL,
    /** BeginGetEvent keeps delivering events after Close. */
    EVENTS_AFTER_CLOSE,
    /** Close racing a transition still completes with one MESessionClosed. */
    CLOSE_RACES_TRANSITION,
    /** A second Close fails with MF_E_INVALIDREQUEST. */
    SECOND_CLOSE,
    /** The event generator keeps its documented results after Close. */
    GENERATOR_AFTER_CLOSE,
    /** Nothing of the session's own after MESessionClosed. */
    NOTHING_AFTER_CLOSED,
    /** Shutdown without Close stops everything before it returns. */
    SHUTDOWN_WITHOUT_CLOSE,
    /** Close from inside the event callback returns S_OK at once. */
    CLOSE_FROM_CALLBACK;

    /** @return the id as the catalogue and the {@code @rule:} tags write it, e.g. {@code CLOSE-IS-ASYNC} */
    public String text() {
        return name().replace('_', '-');
    }

    /**
     * @param text an id as the catalogue writes it
     * @return the rule id, if the catalogue has one so written
     */
    public static Optional<RuleId> parse(String text) {
        return Arrays.stream(values()).filter(id -> id.text().equals(text)).findFirst();
    }

    @Override
    public String toString() {
        return text();
    }
}
