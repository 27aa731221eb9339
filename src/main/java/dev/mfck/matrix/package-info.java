/**
 * The state × rule × clip matrix: the states a scenario can start from, and which states and
 * clips each rule quantifies over, declared in {@code features/matrix.md} with the reason for
 * every cell left out.
 */
package dev.mfck.matrix;
