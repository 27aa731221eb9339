/**
 * The {@code mfck} command: {@code run} the suite and gate on its verdict, list the
 * {@code rules}, write a {@code baseline}. Exit codes: 0 conformant (or every failure expected),
 * 1 not conformant, 2 the run could not proceed.
 */
package dev.mfck.cli;
