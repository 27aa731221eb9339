package dev.mfck.failure;

import dev.mfck.rules.Rule;
import dev.mfck.rules.RuleId;
import dev.mfck.timing.Heartbeat;
import dev.mfck.trace.EventTrace;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What one scenario knows when it fails: the rule it checks and the trace of what the session
 * did. Builds the exception for each kind of failure.
 */
public final class Evidence {

    private final Rule rule;
    private final EventTrace trace;
    private volatile Supplier<Optional<OtherProcessFault>> otherProcess = Optional::empty;
    private volatile Supplier<Optional<ConformanceFailure>> earlier = Optional::empty;

    /**
     * @param rule  the rule the scenario checks
     * @param trace what the session did during the scenario
     */
    public Evidence(Rule rule, EventTrace trace) {
        this.rule = rule;
        this.trace = trace;
    }

    /**
     * From now on, every failure the scenario meets is the fault of the implementation's other
     * process once that process has died or broken the protocol: what the kit sees after that
     * (a call that fails, a callback cut short, an event that never comes) follows from it. When
     * the process died by itself, the verdict is CRASHED.
     *
     * @param faults what went wrong with the other process, if anything has
     */
    public void watchOtherProcess(Supplier<Optional<OtherProcessFault>> faults) {
        this.otherProcess = faults;
    }

    /**
     * From now on, a scenario that cannot reach the point its rule is checked from first asks
     * whether the session already broke a rule on the way (the event pump saw it): that earlier
     * failure, not BLOCKED, is the scenario's verdict, since it is what stopped the scenario.
     *
     * @param failures the failure met meanwhile, if any
     */
    public void watchEarlierFailure(Supplier<Optional<ConformanceFailure>> failures) {
        this.earlier = failures;
    }

    /** @return the rule the scenario checks */
    public Rule rule() {
        return rule;
    }

    /** @return the scenario's trace */
    public EventTrace trace() {
        return trace;
    }

    /**
     * The session broke the rule.
     *
     * @param observed what the session did, in a sentence or two
     * @return the failure to throw
     */
    public ConformanceFailure violation(String observed) {
        return failure(Verdict.FAIL, observed, null, "");
    }

    /**
     * The session could not be brought to where the rule is checked: a call or event on the way
     * answered otherwise. The scenario is BLOCKED, pointing at the rule whose own scenarios check
     * what went wrong; when that is the scenario's own rule, the rule is broken and the scenario
     * fails.
     *
     * @param what      the step, what the kit asked, and what the session did instead
     * @param rootCause the id of the rule whose scenarios check what went wrong
     * @return the failure to throw
     */
    public ConformanceFailure blocked(String what, RuleId rootCause) {
        Optional<ConformanceFailure> before = earlier.get();
        if (before.isPresent()) {
            return before.get();
        }
        if (rootCause.text().equals(rule.id())) {
            return failure(Verdict.FAIL, what, null, "");
        }
        return failure(Verdict.BLOCKED, "could not reach the point this rule is checked from: " + what
                + " (" + rootCause + " checks this; see its scenarios)", null, rootCause.text());
    }

    /**
     * A call into the implementation did not return in time.
     *
     * @param call     the call, for example {@code MediaSession.close()}
     * @param deadline how long the kit waited
     * @return the failure to throw
     */
    public ConformanceFailure timedOut(String call, Duration deadline) {
        trace.note(call + " still had not returned after " + deadline.toMillis() + " ms");
        return failure(Verdict.TIMEOUT, call + " did not return within " + deadline.toMillis()
                + " ms (mfck.timeout.call-ms, times mfck.timeout.factor)", null, "");
    }

    /**
     * The implementation threw, or returned null where the SPI forbids it; or its other process
     * could not be started, which is CRASHED when the process died.
     *
     * @param call  the call
     * @param cause what it threw, or null for a null result
     * @return the failure to throw
     */
    public ConformanceFailure fault(String call, Throwable cause) {
        if (cause instanceof OtherProcessFailure failed) {
            return faultOf(failed.fault());
        }
        Optional<OtherProcessFault> broke = otherProcess.get();
        if (broke.isPresent()) {
            if (broke.get().kitFailed()) {
                return faultOf(broke.get());
            }
            trace.note(broke.get().description());
            return failure(verdictOf(broke.get()), broke.get().description() + " (while " + call + " was in flight)",
                    cause, "");
        }
        String what = cause == null ? call + " returned null" : call + " threw " + cause;
        trace.note(what);
        return failure(Verdict.IMPLEMENTATION_FAULT, what, cause, "");
    }

    /**
     * The implementation's other process failed where no call was waiting for it: it died
     * (CRASHED), or broke the protocol between calls (IMPLEMENTATION_FAULT).
     *
     * @param fault what the process did
     * @return the failure to throw
     */
    public ConformanceFailure faultOf(OtherProcessFault fault) {
        trace.note(fault.description());
        if (fault.kitFailed()) {
            throw new IllegalStateException("the kit itself failed, not the implementation: " + fault.description());
        }
        return failure(verdictOf(fault), fault.description(), null, "");
    }

    /**
     * The scenario needs a capability the implementation does not declare.
     *
     * @param capability what is missing, and why the scenario needs it
     * @return the exception to throw
     */
    public CapabilityNotSupported notSupported(String capability) {
        return new CapabilityNotSupported("[" + rule.title() + "] " + Verdict.NOT_SUPPORTED + ": " + capability);
    }

    private static Verdict verdictOf(OtherProcessFault fault) {
        return fault.crashed() ? Verdict.CRASHED : Verdict.IMPLEMENTATION_FAULT;
    }

    private ConformanceFailure failure(Verdict verdict, String observed, Throwable cause, String blockedBy) {
        Optional<OtherProcessFault> broke = otherProcess.get();
        if (broke.isPresent() && verdict != verdictOf(broke.get()) && verdict != Verdict.CRASHED) {
            trace.note(broke.get().description());
            return failure(verdictOf(broke.get()), broke.get().description() + " (what the kit saw then: " + observed
                    + ")", cause, "");
        }
        String load = Heartbeat.kit().overloadSince(trace.originNanos());
        String said = load.isEmpty() ? observed : observed + " [" + load + "]";
        return new ConformanceFailure(verdict, FailureMessage.format(rule, verdict, said, blockedBy, trace.render()),
                cause, rule.id(), said, blockedBy, trace.entries());
    }
}
