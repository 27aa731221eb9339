package dev.mfck.spi;

import java.util.EnumSet;
import java.util.Set;

/** The {@code MFSESSIONCAP_*} flags returned by {@code GetSessionCapabilities}. */
public enum SessionCapability {
    /** The session can start. */
    START(0x1),
    /** The session can seek. */
    SEEK(0x2),
    /** The session can pause. */
    PAUSE(0x4),
    /** The session can play forward faster than normal. */
    RATE_FORWARD(0x10),
    /** The session can play in reverse. */
    RATE_REVERSE(0x20),
    /** The session uses no network. */
    DOES_NOT_USE_NETWORK(0x40);

    private final int flag;

    SessionCapability(int flag) {
        this.flag = flag;
    }

    /** @return the flag's numeric value */
    public int flag() {
        return flag;
    }

    /**
     * Decodes a capability mask.
     *
     * @param mask the mask returned by {@code GetSessionCapabilities}
     * @return the capabilities whose flags are set
     */
    public static Set<SessionCapability> decode(int mask) {
        Set<SessionCapability> set = EnumSet.noneOf(SessionCapability.class);
        for (SessionCapability capability : values()) {
            if ((mask & capability.flag) != 0) {
                set.add(capability);
            }
        }
        return set;
    }
}
