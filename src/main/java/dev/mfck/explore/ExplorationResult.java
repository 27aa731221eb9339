package dev.mfck.explore;

import java.time.Duration;
import java.util.Optional;
import java.util.SortedSet;

/**
 * What an exploration did and found.
 *
 * @param implementation the implementation explored, as reports name it
 * @param seed           the seed: with it, the same sequences are written again
 * @param budget         the time budget
 * @param sequences      how many sequences ran to their end
 * @param steps          how many steps they had
 * @param elapsed        how long it took, shrinking included
 * @param jobs           how many sequences ran at once
 * @param coverage       the (state, call) pairs reached
 * @param possible       how many (state, call) pairs there are
 * @param departure      the departure found, if any
 */
public record ExplorationResult(String implementation, long seed, Duration budget, long sequences, long steps,
                                Duration elapsed, int jobs, SortedSet<String> coverage, int possible,
                                Optional<Departure> departure) {

    /** @return sequences run per second of exploration */
    public double sequencesPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds > 0 ? sequences / seconds : 0;
    }
}
