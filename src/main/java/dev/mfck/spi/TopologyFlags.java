package dev.mfck.spi;

/** Flags of {@code SetTopology} ({@code MFSESSION_SETTOPOLOGY_FLAGS}) and {@code GetFullTopology}. */
public final class TopologyFlags {

    /** SetTopology: stop the current presentation and apply this topology at once. */
    public static final int SET_IMMEDIATE = 0x1;
    /** SetTopology: the topology is already full; do not resolve it. */
    public static final int SET_NORESOLUTION = 0x2;
    /** SetTopology: clear the current topology (the topology argument may be null). */
    public static final int SET_CLEAR_CURRENT = 0x4;
    /** GetFullTopology: return the current presentation's full topology. */
    public static final int GET_CURRENT = 0x1;

    private TopologyFlags() {
    }
}
