package dev.mfck.spi;

import java.util.Map;

/**
 * A COM {@code HRESULT}: a 32-bit result code that knows its symbolic name and prints as
 * {@code NAME (0xXXXXXXXX)}.
 *
 * <p>Two values are equal when their codes are equal. The constants carry the real values
 * from the Windows SDK headers; {@link #of(int)} wraps any other code.
 */
public final class HResult {

    /** Success. */
    public static final HResult S_OK = new HResult(0x00000000, "S_OK");
    /** Unspecified failure. */
    public static final HResult E_FAIL = new HResult(0x80004005, "E_FAIL");
    /** A required pointer (in Java: a required argument) was null. */
    public static final HResult E_POINTER = new HResult(0x80004003, "E_POINTER");
    /** An argument is invalid. */
    public static final HResult E_INVALIDARG = new HResult(0x80070057, "E_INVALIDARG");
    /** Catastrophic or unexpected failure; also "no clock" for GetClock. */
    public static final HResult E_UNEXPECTED = new HResult(0x8000FFFF, "E_UNEXPECTED");
    /** Not implemented. */
    public static final HResult E_NOTIMPL = new HResult(0x80004001, "E_NOTIMPL");
    /** GetEvent with NO_WAIT found the queue empty. */
    public static final HResult MF_E_NO_EVENTS_AVAILABLE = new HResult(0xC00D3E80, "MF_E_NO_EVENTS_AVAILABLE");
    /** The object has been shut down. */
    public static final HResult MF_E_SHUTDOWN = new HResult(0xC00D3E85, "MF_E_SHUTDOWN");
    /** The request is invalid in the current state. */
    public static final HResult MF_E_INVALIDREQUEST = new HResult(0xC00D36B2, "MF_E_INVALIDREQUEST");
    /** There is no presentation clock. */
    public static final HResult MF_E_NO_CLOCK = new HResult(0xC00D36D7, "MF_E_NO_CLOCK");
    /** BeginGetEvent was called again with the same callback and state. */
    public static final HResult MF_S_MULTIPLE_BEGIN = new HResult(0x000D36D8, "MF_S_MULTIPLE_BEGIN");
    /** BeginGetEvent was called again with the same callback and another state. */
    public static final HResult MF_E_MULTIPLE_BEGIN = new HResult(0xC00D36D9, "MF_E_MULTIPLE_BEGIN");
    /** Another subscriber is already waiting for events. */
    public static final HResult MF_E_MULTIPLE_SUBSCRIBERS = new HResult(0xC00D36DA, "MF_E_MULTIPLE_SUBSCRIBERS");
    /** Pause was requested while the session is stopped. */
    public static final HResult MF_E_SESSION_PAUSEWHILESTOPPED = new HResult(0xC00D36FC, "MF_E_SESSION_PAUSEWHILESTOPPED");
    /** The topology is not supported. */
    public static final HResult MF_E_TOPO_UNSUPPORTED = new HResult(0xC00D5214, "MF_E_TOPO_UNSUPPORTED");
    /** The topology has no source. */
    public static final HResult MF_E_TOPO_MISSING_SOURCE = new HResult(0xC00D521A, "MF_E_TOPO_MISSING_SOURCE");
    /** No decoder was found for a stream of the topology. */
    public static final HResult MF_E_TOPO_CODEC_NOT_FOUND = new HResult(0xC00D5212, "MF_E_TOPO_CODEC_NOT_FOUND");
    /** The requested start position is out of range. */
    public static final HResult MF_E_INVALID_POSITION = new HResult(0xC00D36E5, "MF_E_INVALID_POSITION");
    /** The clock has no time source: a session's clock before its first Start. */
    public static final HResult MF_E_CLOCK_NO_TIME_SOURCE = new HResult(0xC00D9C41, "MF_E_CLOCK_NO_TIME_SOURCE");

    private static final Map<Integer, HResult> KNOWN = Map.ofEntries(
            entry(S_OK), entry(E_FAIL), entry(E_POINTER), entry(E_INVALIDARG), entry(E_UNEXPECTED),
            entry(E_NOTIMPL), entry(MF_E_NO_EVENTS_AVAILABLE), entry(MF_E_SHUTDOWN),
            entry(MF_E_INVALIDREQUEST), entry(MF_E_NO_CLOCK), entry(MF_S_MULTIPLE_BEGIN),
            entry(MF_E_MULTIPLE_BEGIN), entry(MF_E_MULTIPLE_SUBSCRIBERS),
            entry(MF_E_SESSION_PAUSEWHILESTOPPED), entry(MF_E_TOPO_UNSUPPORTED),
            entry(MF_E_TOPO_MISSING_SOURCE), entry(MF_E_TOPO_CODEC_NOT_FOUND),
            entry(MF_E_INVALID_POSITION), entry(MF_E_CLOCK_NO_TIME_SOURCE));

    private final int code;
    private final String name;

    private HResult(int code, String name) {
        this.code = code;
        this.name = name;
    }

    private static Map.Entry<Integer, HResult> entry(HResult hr) {
        return Map.entry(hr.code, hr);
    }

    /**
     * Returns the HRESULT with the given code: one of the named constants when the code is
     * known, otherwise an unnamed value.
     *
     * @param code the 32-bit code, as a signed int
     * @return the HRESULT for that code
     */
    public static HResult of(int code) {
        HResult known = KNOWN.get(code);
        return known != null ? known : new HResult(code, null);
    }

    /** @return the 32-bit code, as a signed int (failures are negative) */
    public int code() {
        return code;
    }

    /** @return the symbolic name, or the hex code when the value is not one of the constants */
    public String name() {
        return name != null ? name : hex();
    }

    /** @return the code as {@code 0x} followed by eight upper-case hex digits */
    public String hex() {
        return String.format("0x%08X", code);
    }

    /** @return true when the severity bit is clear, as COM's {@code SUCCEEDED} macro */
    public boolean succeeded() {
        return code >= 0;
    }

    /** @return true when the severity bit is set, as COM's {@code FAILED} macro */
    public boolean failed() {
        return code < 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HResult that && that.code == code;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(code);
    }

    /** @return {@code NAME (0xXXXXXXXX)}, or only the hex code for an unnamed value */
    @Override
    public String toString() {
        return name != null ? name + " (" + hex() + ")" : hex();
    }
}
