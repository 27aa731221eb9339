package dev.mfck.model;

import dev.mfck.rules.RuleId;
import dev.mfck.spi.HResult;
import dev.mfck.spi.MediaEventType;
import dev.mfck.trace.TraceEntry;

/**
 * An event the contract says must still come.
 *
 * @param ruleId the rule that requires it
 * @param type   the event's type
 * @param status the status it must carry; null for any
 * @param value  the value it must carry (an event the kit queued itself); null for any
 * @param from   the trace mark from which it may come
 * @param why    what it answers, for a departure's message
 */
public record Expectation(RuleId ruleId, MediaEventType type, HResult status, Object value, int from, String why) {

    /**
     * @param entry a trace entry
     * @return whether the entry is the event expected
     */
    public boolean metBy(TraceEntry entry) {
        return entry.isEvent() && entry.index() >= from && entry.event().type() == type
                && (status == null || status.equals(entry.event().status()))
                && (value == null || value.equals(entry.event().value()));
    }

    /** @return the expectation in words */
    public String describe() {
        return type.mfName() + (status != null ? " with status " + status : "") + " answering " + why;
    }
}
