package dev.mfck.run;

/**
 * How many scenarios a run makes at once by default. A scenario spends nearly all its time in
 * the kit's deliberate waits (quiet windows, real-time playback), so many more scenarios than
 * cores run side by side in the kit's JVM. An implementation in processes of its own (one per
 * job) costs CPU per process and per call, so fewer jobs serve it best. Measured on a 2-core
 * machine in docs/performance.md.
 */
public final class Jobs {

    /** Scenarios at once per core, the implementation in the kit's JVM. */
    public static final int PER_CORE_IN_PROCESS = 16;
    /** Scenarios at once per core, each with a process of the implementation of its own. */
    public static final int PER_CORE_ISOLATED = 2;
    /** The most scenarios at once by default, whatever the machine. */
    public static final int MAX_DEFAULT = 64;

    private Jobs() {
    }

    /**
     * @param ownProcesses true when each job runs the implementation in a process of its own
     * @return the default number of jobs on this machine
     */
    public static int byDefault(boolean ownProcesses) {
        int cores = Runtime.getRuntime().availableProcessors();
        return Math.min(MAX_DEFAULT, (ownProcesses ? PER_CORE_ISOLATED : PER_CORE_IN_PROCESS) * cores);
    }
}
