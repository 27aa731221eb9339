package dev.mfck.failure;

/** How a scenario ended. */
public enum Verdict {
    /** The session did what the rule requires. */
    PASS,
    /** The session broke the rule. */
    FAIL,
    /** The scenario needs a capability the implementation does not declare. */
    NOT_SUPPORTED,
    /** A call into the implementation did not return within its deadline. */
    TIMEOUT,
    /** The implementation threw, or returned null where the SPI forbids it. */
    IMPLEMENTATION_FAULT,
    /**
     * The implementation's process died during the scenario (it halted, exited, crashed in
     * native code, ran out of memory, or was killed): counted against conformance like an
     * implementation fault; the failure says how the process ended.
     */
    CRASHED,
    /**
     * The session never reached the point from which the rule is checked: a call or event on
     * the way answered otherwise. The rule is unverified, which is not conformant; another
     * rule's own scenarios show the cause.
     */
    BLOCKED;

    /** @return true when the scenario did not show that the rule holds: it failed, hung, threw, crashed, or was blocked */
    public boolean isFailure() {
        return this == FAIL || this == TIMEOUT || this == IMPLEMENTATION_FAULT || this == CRASHED || this == BLOCKED;
    }
}
