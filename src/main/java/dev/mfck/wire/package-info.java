/**
 * The wire protocol, {@code mfck-wire/1} ({@code docs/wire-protocol.md}): JSON-RPC 2.0, one
 * message a line, over a peer process's standard input and output. The kit's side
 * ({@link dev.mfck.wire.WireProvider}) presents a peer as an SPI provider; the serving side
 * ({@link dev.mfck.wire.serve}) presents any SPI provider as a peer.
 */
package dev.mfck.wire;
