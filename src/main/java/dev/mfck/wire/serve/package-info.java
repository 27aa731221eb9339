/**
 * The serving side of the wire protocol: any SPI provider presented as a peer
 * ({@code mfck serve}), so that a Java implementation can be checked in a process of its own.
 */
package dev.mfck.wire.serve;
