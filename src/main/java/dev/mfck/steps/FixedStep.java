package dev.mfck.steps;

/**
 * Every step of the suite that takes no argument, with the one text scenarios write it in.
 * {@link Interpreter} says what each does.
 */
public enum FixedStep {
    // the way to the point a rule is checked from
    KIT_TAKES_EVENTS_WITH_GET_EVENT("the kit takes events with GetEvent instead of BeginGetEvent"),
    KITS_BEGIN_GET_EVENT_PENDING("the kit's own BeginGetEvent is pending"),
    CLOSED_SESSION_STOOD_STILL("the closed session has stood still for the quiet window: no sample, no event of its "
            + "own, and its clock not running"),
    HOLD_NEXT_SAMPLE("the kit holds the next sample a sink receives"),
    SINK_HOLDING_A_SAMPLE("a sink is holding a sample"),
    // what the application and the kit do
    LET_HELD_SAMPLE_GO("the kit lets the held sample go"),
    CLIP_PLAYS_TO_ITS_END("the clip plays to its end"),
    BLOCKING_GET_EVENT("the application calls GetEvent without NO_WAIT, and it blocks"),
    SHUTDOWN_WHILE_HOLDING("the application calls Shutdown, and the kit lets the held sample go while Shutdown runs"),
    WAIT_FOR_ANSWERS("the kit waits for the session to answer its calls"),
    // what the session must have done
    CALL_VALID_AS_BEFORE_CLOSE("the call is valid, and answers as it did before Close"),
    CLOSE_FROM_CALLBACK_RETURNS_OK("Close called from inside the callback returns S_OK"),
    EXACTLY_ONE_CLOSED_EVENT("exactly one MESessionClosed with status S_OK arrives"),
    NO_OWN_EVENT_AFTER_CLOSED("no event of the session's own follows MESessionClosed"),
    GENERATOR_KEEPS_DELIVERING("BeginGetEvent and EndGetEvent keep delivering events after MESessionClosed"),
    SECOND_SUBSCRIBER_REFUSED("the application's BeginGetEvent is refused with MF_E_MULTIPLE_SUBSCRIBERS"),
    QUEUED_EVENT_ARRIVES("the queued event arrives through BeginGetEvent and EndGetEvent"),
    BLOCKING_GET_EVENT_RETURNS_IT("a blocking GetEvent returns the queued event"),
    QUEUE_EMPTY("GetEvent with NO_WAIT finds the queue empty: MF_E_NO_EVENTS_AVAILABLE"),
    REQUEST_REFUSED("the request is refused with MF_E_INVALIDREQUEST and not performed"),
    FIRST_CLOSE_STILL_COMPLETES("the first Close still completes with MESessionClosed with status S_OK"),
    NO_SAMPLE_AFTER_CLOSED("no sample reaches a sink after MESessionClosed"),
    NO_SAMPLE_AFTER_LAST_CALL("no sample reaches a sink after the last call returned"),
    CLOCK_STANDS_STILL("the presentation clock stands still from MESessionClosed to the end"),
    RESOURCES_AT_BASELINE("the session's working resources are back at their baseline from MESessionClosed to the end"),
    CALL_RETURNED_AT_ONCE("the call returned S_OK at once, within the asynchronous-return deadline"),
    NO_CLOSED_EVENT_WHILE_HELD("no MESessionClosed arrives while the sample is held"),
    CLOSED_EVENT_ARRIVES("MESessionClosed arrives"),
    BLOCKED_GET_EVENT_RETURNS_SHUTDOWN("the blocked GetEvent returns MF_E_SHUTDOWN"),
    BEHAVES_AS_ITS_STATE_SAYS("the session behaves as its state says"),
    KEPT_THE_CONTRACT("the session kept the Close contract throughout");

    private final String text;

    FixedStep(String text) {
        this.text = text;
    }

    /** @return the step as scenarios write it, without keyword */
    public String text() {
        return text;
    }
}
