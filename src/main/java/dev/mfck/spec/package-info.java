/**
 * The suite's scenarios as data, read from the feature files: each with its stable id, its
 * rule and the matrix cell it checks.
 */
package dev.mfck.spec;
