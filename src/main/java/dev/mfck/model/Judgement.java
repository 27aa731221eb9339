package dev.mfck.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the model made of a history.
 *
 * @param departure the first place the session left the contract, if it did
 * @param departures every place it left the contract, in the order of the trace (the first may explain the others)
 * @param pending   the events the contract says must still come
 * @param coverage  the (state, call) pairs the history reached, as {@code state × call}
 * @param closed    whether MESessionClosed with S_OK came, and Shutdown has not been called
 * @param still     whether the presentation stands still (paused, stopped, ended), not closed nor shut down
 * @param startRefusedAfterClose whether a Start after Close was refused: of the refused requests only Start
 *                          starts a presentation clock, so only it is blamed for a clock that runs once closed
 */
public record Judgement(Optional<Departure> departure, List<Departure> departures, List<Expectation> pending, Set<String> coverage, boolean closed,
                        boolean still, boolean startRefusedAfterClose) {
}
