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
    IMPLEMENTATION_FAULT;

    /** @return true when the implementation broke the rule, hung, or threw */
    public boolean isFailure() {
        return this == FAIL || this == TIMEOUT || this == IMPLEMENTATION_FAULT;
    }
}
