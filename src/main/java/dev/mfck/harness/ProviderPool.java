package dev.mfck.harness;

import dev.mfck.spi.SessionProvider;

/**
 * A provider made of several members, each serving one scenario at a time: when scenarios run
 * in parallel, each leases a member for its whole life and gives it back at its end, so that
 * what one member's process does (it crashes, hangs, is ended after a hung call) touches only
 * the scenario that leased it.
 */
public interface ProviderPool {

    /**
     * Takes a free member, waiting while every member serves another scenario (at most as many
     * scenarios run at once as the pool has members, so the wait is one scenario's end).
     *
     * @return the member, for this scenario alone until it is given back
     */
    SessionProvider lease();

    /** @param member a member leased from this pool, free for the next scenario */
    void giveBack(SessionProvider member);
}
