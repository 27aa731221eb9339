/**
 * Time as the kit can trust it on a loaded machine: the kit's heartbeat, which notices when the
 * machine holds the kit back, and deadlines that lengthen by the time it was held back.
 */
package dev.mfck.timing;
