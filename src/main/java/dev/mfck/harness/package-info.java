/**
 * How the kit drives an implementation: finding its provider, calling it with deadlines and
 * fault isolation, pumping its events and recording what reaches the kit's sinks.
 */
package dev.mfck.harness;
