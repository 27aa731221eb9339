package dev.mfck.spi;

/** The {@code MediaEventType} values a session queues, with their real numeric values. */
public enum MediaEventType {
    /** Unknown event ({@code MEUnknown}). */
    ME_UNKNOWN(0),
    /** Generic error ({@code MEError}). */
    ME_ERROR(1),
    /** Non-fatal error ({@code MENonFatalError}). */
    ME_NON_FATAL_ERROR(3),
    /** Unknown session event ({@code MESessionUnknown}). */
    ME_SESSION_UNKNOWN(100),
    /** A topology was set or failed to be set ({@code MESessionTopologySet}). */
    ME_SESSION_TOPOLOGY_SET(101),
    /** Queued topologies were cleared ({@code MESessionTopologiesCleared}). */
    ME_SESSION_TOPOLOGIES_CLEARED(102),
    /** Start completed ({@code MESessionStarted}). */
    ME_SESSION_STARTED(103),
    /** Pause completed ({@code MESessionPaused}). */
    ME_SESSION_PAUSED(104),
    /** Stop completed ({@code MESessionStopped}). */
    ME_SESSION_STOPPED(105),
    /** Close completed ({@code MESessionClosed}). */
    ME_SESSION_CLOSED(106),
    /** The presentation ended ({@code MESessionEnded}). */
    ME_SESSION_ENDED(107),
    /** The playback rate changed ({@code MESessionRateChanged}). */
    ME_SESSION_RATE_CHANGED(108),
    /** The session's capabilities changed ({@code MESessionCapabilitiesChanged}). */
    ME_SESSION_CAPABILITIES_CHANGED(110),
    /** The topology's status changed ({@code MESessionTopologyStatus}). */
    ME_SESSION_TOPOLOGY_STATUS(111),
    /** Presentation time notification ({@code MESessionNotifyPresentationTime}). */
    ME_SESSION_NOTIFY_PRESENTATION_TIME(112);

    private final int value;

    MediaEventType(int value) {
        this.value = value;
    }

    /** @return the numeric {@code MediaEventType} value */
    public int value() {
        return value;
    }

    /** @return the Media Foundation name, for example {@code MESessionClosed} */
    public String mfName() {
        StringBuilder name = new StringBuilder("ME");
        for (String word : name().substring(3).split("_")) {
            name.append(word.charAt(0)).append(word.substring(1).toLowerCase());
        }
        return name.toString();
    }
}
