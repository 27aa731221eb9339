package dev.mfck.selftest.mutants;

import dev.mfck.spi.MediaSession;

import java.util.Set;
import java.util.function.Supplier;

/**
 * A session that breaks the contract in one way, derived from the conforming in-memory session.
 *
 * @param name     a short name
 * @param defect   what it does wrong
 * @param breaks   the rule ids the suite must fail on it: exactly these, no more, no fewer
 * @param sessions creates its sessions
 */
public record Mutant(String name, String defect, Set<String> breaks, Supplier<MediaSession> sessions) {

    /** @return the name */
    @Override
    public String toString() {
        return name;
    }
}
