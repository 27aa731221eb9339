package dev.mfck.steps;

import dev.mfck.matrix.BaseState;
import dev.mfck.spi.CallResult;
import dev.mfck.spi.ClockState;
import dev.mfck.spi.HResult;
import dev.mfck.spi.PresentationClock;
import dev.mfck.spi.SessionCapability;

import java.util.Objects;

/**
 * After Close, GetClock, GetFullTopology, GetSessionCapabilities and Shutdown stay valid: each
 * answers as it did before Close (the same clock, the same topology, no capability gained), and
 * Shutdown returns S_OK.
 */
public final class AllowedSteps {

    private final ScenarioDriver driver;

    /** @param driver the scenario's shared state */
    public AllowedSteps(ScenarioDriver driver) {
        this.driver = driver;
    }

    /** The last call, one of the four allowed methods, is valid and answers as before Close. */
    public void theCallIsValidAndAnswersAsBefore() {
        CallOutcome call = driver.log().lastCall();
        BeforeClose before = driver.log().beforeClose();
        switch (call.method()) {
            case GET_CLOCK -> {
                sameAnswer(call, before.clock(), "the same clock");
                aNewClockDoesNotRun(call, before);
            }
            case GET_FULL_TOPOLOGY -> sameAnswer(call, before.topology(), "the same topology");
            case GET_SESSION_CAPABILITIES -> noCapabilityGained(call, before.capabilities());
            case SHUTDOWN -> {
                if (!call.hr().equals(HResult.S_OK)) {
                    throw driver.evidence().violation("Shutdown returned " + call.hr() + " after Close; Shutdown stays "
                            + "valid after Close and returns S_OK");
                }
            }
            default -> throw new IllegalArgumentException(call.call() + " is not one of the allowed methods");
        }
    }

    /**
     * The method answers as it did before Close: the same HRESULT and, for a success, an equal
     * value. A method that had nothing to give before Close may refuse again, consistently (Wine's
     * GetFullTopology answers MF_E_INVALIDREQUEST for a session that never had a topology), but
     * MF_E_SHUTDOWN is never an answer before Shutdown.
     */
    private void sameAnswer(CallOutcome call, CallResult<?> before, String what) {
        String name = call.method().mfName();
        if (call.hr().equals(HResult.MF_E_SHUTDOWN)) {
            throw driver.evidence().violation(name + " returned MF_E_SHUTDOWN after Close, before Shutdown");
        }
        if (!call.hr().equals(before.hr())) {
            throw driver.evidence().violation(name + " returned " + call.hr() + " after Close, but " + before.hr()
                    + " just before Close; an allowed method answers after Close as it did before");
        }
        if (call.hr().succeeded() && !Objects.equals(call.value(), before.value())) {
            throw driver.evidence().violation(name + " returned " + call.value() + " after Close, not " + what
                    + " as just before Close (" + before.value() + ")");
        }
    }

    /**
     * A session that had no clock before Close may give one after it; once closed, that clock
     * does not run. (The clock it had before Close is CLOSE-STOPS-CLOCK's to watch.)
     */
    private void aNewClockDoesNotRun(CallOutcome call, BeforeClose before) {
        if (before.clock().hr().succeeded() || call.hr().failed() || driver.log().state().base() == BaseState.CLOSING) {
            return;
        }
        CallResult<ClockState> state = driver.session().clockState((PresentationClock) call.value());
        if (state.hr().succeeded() && state.value() == ClockState.RUNNING) {
            throw driver.evidence().violation("GetClock returned no clock before Close (" + before.clock().hr()
                    + "), and after Close a clock that is running");
        }
    }

    /** GetSessionCapabilities succeeds after Close, and may drop capabilities (START, SEEK) but not gain any. */
    private void noCapabilityGained(CallOutcome call, CallResult<Integer> before) {
        if (!call.hr().equals(HResult.S_OK)) {
            throw driver.evidence().violation("GetSessionCapabilities returned " + call.hr() + " after Close; it stays "
                    + "valid after Close and succeeds");
        }
        int after = (Integer) call.value();
        if (before.hr().succeeded() && (after & ~before.value()) != 0) {
            throw driver.evidence().violation(String.format("GetSessionCapabilities returned %s after Close, gaining %s "
                    + "over %s before Close: a closed session can only lose capabilities", SessionCapability.decode(after),
                    SessionCapability.decode(after & ~before.value()), SessionCapability.decode(before.value())));
        }
    }
}
