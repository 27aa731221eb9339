/**
 * The kit's own reports of a run, beside Cucumber's: {@code conformance.json} for machines and
 * {@code index.html}, one self-contained page for people.
 */
package dev.mfck.report;
