package dev.mfck.steps;

import dev.mfck.spi.CallResult;
import dev.mfck.spi.PresentationClock;
import dev.mfck.spi.Topology;

import java.util.Map;
import java.util.Optional;

/**
 * What the application read from the session just before it called Close: the allowed methods
 * must answer the same way after Close, and the clock read here is the one the kit watches.
 *
 * @param clock        GetClock's answer
 * @param topology     GetFullTopology's answer for the current presentation
 * @param capabilities GetSessionCapabilities' answer
 * @param resources    the session's live resources, when it reports them
 */
record BeforeClose(CallResult<PresentationClock> clock, CallResult<Topology> topology, CallResult<Integer> capabilities,
                   Optional<Map<String, Long>> resources) {

    /** @return the clock the session had before Close, if GetClock gave one */
    Optional<PresentationClock> heldClock() {
        return clock.hr().succeeded() ? Optional.of(clock.value()) : Optional.empty();
    }
}
