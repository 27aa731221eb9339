package dev.mfck.wire;

/** The protocol's version, as both sides name it in the handshake. */
public final class WireProtocol {

    /** The version this kit speaks. */
    public static final String VERSION = "mfck-wire/1";

    private WireProtocol() {
    }
}
