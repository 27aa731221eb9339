/**
 * The service provider interface a vendor implements to have a media session checked by mfck.
 *
 * <p>{@link dev.mfck.spi.MediaSession} mirrors {@code IMFMediaSession} and its event generator
 * method for method; {@link dev.mfck.spi.SessionProvider} creates sessions and partial
 * topologies. Contract results are {@link dev.mfck.spi.HResult} values, never exceptions. The
 * kit supplies {@link dev.mfck.spi.SampleSink} instances so that it can watch real playback.
 *
 * <p>This package depends on nothing but the JDK, and changes with care.
 */
package dev.mfck.spi;
