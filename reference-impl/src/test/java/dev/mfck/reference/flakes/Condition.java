package dev.mfck.reference.flakes;

/**
 * One way the flake benchmark runs the whole suite against a conforming session.
 *
 * @param session  the session, as flakes.json names it: {@code in-memory} or {@code ffmpeg}
 * @param name     the condition, as flakes.json names it: {@code sequential}, {@code parallel},
 *                 {@code parallel-hog} or {@code isolated}
 * @param jobs     scenarios at once
 * @param hog      whether a CPU hog is busy on every core meanwhile
 * @param isolated whether the session runs in processes of its own ({@code mfck run} as the README runs it)
 * @param runs     how many whole runs
 */
record Condition(String session, String name, int jobs, boolean hog, boolean isolated, int runs) {
}
