/**
 * Baselines: the expectations file a vendor keeps of the results it knows about (a rule or a
 * scenario, the status it is expected to end with, and why), the check of a run against it,
 * and the writing of a fresh one from a run.
 */
package dev.mfck.baseline;
