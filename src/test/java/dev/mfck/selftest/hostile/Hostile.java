package dev.mfck.selftest.hostile;

import dev.mfck.spi.MediaSession;

import java.util.function.Supplier;

/**
 * An implementation that fights back: it hangs, throws, returns null, floods or races.
 *
 * @param name      a short name
 * @param behaviour what it does
 * @param sessions  creates its sessions (a fresh supplier per run, so per-run state starts anew)
 * @param tags      the scenarios to run (a Cucumber tag expression), or null for the whole suite
 * @param busy      true when it keeps the CPU busy (a flood, a storm of threads): its run must not share the machine
 * @param expected  what the kit must report
 */
public record Hostile(String name, String behaviour, Supplier<Supplier<MediaSession>> sessions, String tags,
                      boolean busy, Expected expected) {

    /**
     * What the run must show.
     *
     * @param verdict     the verdict every failed scenario reports (TIMEOUT, IMPLEMENTATION_FAULT), or null for any
     * @param call        the call every failed scenario names, or null
     * @param allFail     true when every scenario must fail
     * @param someFail    true when at least one scenario must fail
     * @param somePass    true when at least one scenario must pass
     * @param mostFailures at most how many scenarios may fail (or be blocked), or -1 for any number
     */
    public record Expected(String verdict, String call, boolean allFail, boolean someFail, boolean somePass, int mostFailures) {
    }

    @Override
    public String toString() {
        return name;
    }
}
