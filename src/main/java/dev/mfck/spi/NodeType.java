package dev.mfck.spi;

/** The {@code MF_TOPOLOGY_TYPE} of a topology node, with its real numeric values. */
public enum NodeType {
    /** An output node: a sink. */
    OUTPUT(0),
    /** A source-stream node: one stream of a media source. */
    SOURCE_STREAM(1),
    /** A transform node: a decoder or other transform. */
    TRANSFORM(2),
    /** A tee node. */
    TEE(3);

    private final int value;

    NodeType(int value) {
        this.value = value;
    }

    /** @return the numeric {@code MF_TOPOLOGY_TYPE} value */
    public int value() {
        return value;
    }
}
