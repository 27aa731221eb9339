package dev.mfck.spi;

/** The major media type of a stream or sample ({@code MFMediaType_Audio}, {@code MFMediaType_Video}). */
public enum MajorType {
    /** Audio. */
    AUDIO,
    /** Video. */
    VIDEO
}
