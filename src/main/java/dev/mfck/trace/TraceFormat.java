package dev.mfck.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Formats a trace as a timeline for people: one line per call, event and note; each run of
 * samples folded into one line with its count per stream and its sample-time range.
 */
final class TraceFormat {

    /** The most lines a rendered trace shows; older lines are elided. */
    static final int MAX_LINES = 80;

    private TraceFormat() {
    }

    static String render(List<TraceEntry> entries, long dropped) {
        List<String> lines = new ArrayList<>();
        List<TraceEntry> samples = new ArrayList<>();
        for (TraceEntry entry : entries) {
            if (entry.isSample()) {
                samples.add(entry);
                continue;
            }
            flushSamples(samples, lines);
            lines.add(line(entry.millis(), entry.kind().name().toLowerCase(Locale.ROOT), entry.text()));
        }
        flushSamples(samples, lines);
        StringBuilder out = new StringBuilder();
        if (lines.size() > MAX_LINES) {
            out.append("    ... ").append(lines.size() - MAX_LINES).append(" earlier lines elided\n");
            lines = lines.subList(lines.size() - MAX_LINES, lines.size());
        }
        if (lines.isEmpty()) {
            out.append("    (nothing was recorded)\n");
        }
        lines.forEach(l -> out.append(l).append('\n'));
        if (dropped > 0) {
            out.append("    ... and ").append(dropped).append(" entries not kept: the trace was full\n");
        }
        return out.toString();
    }

    private static void flushSamples(List<TraceEntry> samples, List<String> lines) {
        if (samples.isEmpty()) {
            return;
        }
        Map<Integer, int[]> perStream = new TreeMap<>();
        long minTime = Long.MAX_VALUE;
        long maxTime = Long.MIN_VALUE;
        for (TraceEntry entry : samples) {
            perStream.computeIfAbsent(entry.sample().stream(), s -> new int[1])[0]++;
            minTime = Math.min(minTime, entry.sample().sampleTime());
            maxTime = Math.max(maxTime, entry.sample().sampleTime());
        }
        StringBuilder text = new StringBuilder();
        text.append(samples.size()).append(samples.size() == 1 ? " sample" : " samples").append(" (");
        perStream.forEach((stream, count) -> text.append("stream ").append(stream).append(": ").append(count[0]).append(", "));
        text.setLength(text.length() - 2);
        text.append(String.format(Locale.ROOT, "), sample times %.3f..%.3f s, until +%.3f ms",
                minTime / 1e7, maxTime / 1e7, samples.get(samples.size() - 1).millis()));
        lines.add(line(samples.get(0).millis(), "samples", text.toString()));
        samples.clear();
    }

    private static String line(double millis, String kind, String text) {
        return String.format(Locale.ROOT, "    %+10.3f ms  %-7s %s", millis, kind, text);
    }
}
