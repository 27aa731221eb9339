package dev.mfck.report;

import dev.mfck.trace.TraceEntry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws a scenario's trace as a timeline: one lane for calls, one for events, one per sink
 * stream for samples, one for sink notifications and kit notes; time runs left to right. Every
 * mark carries its full text as a tooltip; calls and events are labelled. Samples are drawn as
 * ticks, up to a limit per lane, so a flooded trace still draws quickly.
 */
final class TimelineSvg {

    static final int WIDTH = 960;
    private static final int LEFT = 110;
    private static final int RIGHT = 20;
    private static final int LANE = 64;
    /** Label rows, as offsets in a lane: two above the marks, two below. */
    private static final int[] LABEL_ROWS = {11, 22, 49, 60};
    /** Roughly how wide a character of a 10 px label is. */
    private static final double CHAR_WIDTH = 5.6;
    private static final int TOP = 10;
    private static final int AXIS = 28;
    private static final int MAX_MARKS_PER_LANE = 400;

    private TimelineSvg() {
    }

    static String render(List<TraceEntry> trace) {
        Map<String, List<TraceEntry>> lanes = lanes(trace);
        double end = trace.isEmpty() ? 1 : Math.max(1, trace.get(trace.size() - 1).millis());
        for (TraceEntry entry : trace) {
            end = Math.max(end, entry.millis());
        }
        int height = TOP + LANE * lanes.size() + AXIS;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" "
                + "width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"trace timeline, %d entries\">",
                WIDTH, height, WIDTH, height, trace.size()));
        int row = 0;
        for (Map.Entry<String, List<TraceEntry>> lane : lanes.entrySet()) {
            int y = TOP + row * LANE;
            svg.append(String.format(Locale.ROOT, "<g class=\"lane\" data-lane=\"%s\"><rect x=\"0\" y=\"%d\" width=\"%d\" "
                            + "height=\"%d\" fill=\"%s\"/><text x=\"6\" y=\"%d\" class=\"lane-name\">%s</text>",
                    Html.escape(lane.getKey()), y, WIDTH, LANE, row % 2 == 0 ? "#f6f8fa" : "#ffffff", y + LANE / 2 + 4,
                    Html.escape(lane.getKey())));
            marks(lane.getValue(), y, end, svg);
            svg.append("</g>");
            row++;
        }
        axis(TOP + LANE * lanes.size(), end, svg);
        return svg.append("</svg>").toString();
    }

    private static Map<String, List<TraceEntry>> lanes(List<TraceEntry> trace) {
        Map<String, List<TraceEntry>> lanes = new LinkedHashMap<>();
        lanes.put("calls", new ArrayList<>());
        lanes.put("events", new ArrayList<>());
        for (TraceEntry entry : trace) {
            String lane = switch (entry.kind()) {
                case CALL -> "calls";
                case EVENT -> "events";
                case SAMPLE -> "samples #" + entry.sample().stream();
                case SINK -> "sink";
                case NOTE -> "kit notes";
            };
            lanes.computeIfAbsent(lane, l -> new ArrayList<>()).add(entry);
        }
        return lanes;
    }

    private static void marks(List<TraceEntry> entries, int y, double end, StringBuilder svg) {
        int drawn = Math.min(entries.size(), MAX_MARKS_PER_LANE);
        List<TraceEntry> shown = entries.subList(entries.size() - drawn, entries.size());
        double[] rowEnds = new double[LABEL_ROWS.length];
        Arrays.fill(rowEnds, Double.NEGATIVE_INFINITY);
        for (TraceEntry entry : shown) {
            double x = x(entry.millis(), end);
            String colour = colour(entry);
            String tip = String.format(Locale.ROOT, "%+.3f ms %s", entry.millis(), entry.text());
            if (entry.isSample()) {
                svg.append(String.format(Locale.ROOT, "<line class=\"mark sample\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" "
                        + "y2=\"%d\" stroke=\"%s\"><title>%s</title></line>", x, y + 14, x, y + LANE - 14, colour,
                        Html.escape(tip)));
                continue;
            }
            svg.append(String.format(Locale.ROOT, "<circle class=\"mark %s\" cx=\"%.1f\" cy=\"%d\" r=\"5\" fill=\"%s\">"
                            + "<title>%s</title></circle>", entry.kind().name().toLowerCase(Locale.ROOT), x,
                    y + LANE / 2, colour, Html.escape(tip)));
            if (entry.kind() == TraceEntry.Kind.CALL || entry.kind() == TraceEntry.Kind.EVENT) {
                label(shortLabel(entry), x, y, rowEnds, svg);
            }
        }
        if (drawn < entries.size()) {
            svg.append(String.format(Locale.ROOT, "<text class=\"lane-note\" x=\"%d\" y=\"%d\">%d earlier not drawn</text>",
                    LEFT, y + LANE - 4, entries.size() - drawn));
        }
    }

    /**
     * Writes a mark's label in the first row where it overlaps no other label; a mark with no
     * room left keeps its tooltip only.
     */
    private static void label(String text, double x, int y, double[] rowEnds, StringBuilder svg) {
        double width = text.length() * CHAR_WIDTH;
        boolean nearTheEnd = x > LEFT + (WIDTH - LEFT - RIGHT) * 0.6;
        double start = nearTheEnd ? x - 7 - width : x + 7;
        for (int row = 0; row < LABEL_ROWS.length; row++) {
            if (start > rowEnds[row] + 4) {
                rowEnds[row] = start + width;
                svg.append(String.format(Locale.ROOT, "<text class=\"mark-label\" x=\"%.1f\" y=\"%d\"%s>%s</text>",
                        nearTheEnd ? x - 7 : x + 7, y + LABEL_ROWS[row], nearTheEnd ? " text-anchor=\"end\"" : "",
                        Html.escape(text)));
                return;
            }
        }
    }

    /** @return {@code Close -> S_OK} for a call, {@code MESessionClosed S_OK} for an event */
    private static String shortLabel(TraceEntry entry) {
        if (entry.kind() == TraceEntry.Kind.EVENT && entry.event() != null) {
            return entry.event().type().mfName() + " " + entry.event().status().name();
        }
        String text = entry.text();
        int arrow = text.indexOf(" -> ");
        int paren = text.indexOf('(');
        if (arrow > 0) {
            String method = text.substring(0, paren > 0 && paren < arrow ? paren : arrow);
            String result = text.substring(arrow + 4).split(" ", 2)[0];
            return method + " -> " + result;
        }
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    private static String colour(TraceEntry entry) {
        return switch (entry.kind()) {
            case CALL -> entry.text().contains("-> S_") ? "#1f6feb" : "#9a6700";
            case EVENT -> entry.event() != null && entry.event().status().succeeded() ? "#1a7f37" : "#cf222e";
            case SAMPLE -> "#8250df";
            case SINK -> "#57606a";
            case NOTE -> "#cf222e";
        };
    }

    private static void axis(int y, double end, StringBuilder svg) {
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#57606a\"/>",
                LEFT, y + 4, WIDTH - RIGHT, y + 4));
        for (int i = 0; i <= 5; i++) {
            double millis = end * i / 5;
            double x = x(millis, end);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#57606a\"/>"
                    + "<text class=\"tick\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">" + (end < 10 ? "%.1f" : "%.0f")
                    + " ms</text>", x, y + 1, x, y + 8, x, y + 22, millis));
        }
    }

    private static double x(double millis, double end) {
        return LEFT + (WIDTH - LEFT - RIGHT) * Math.max(0, millis) / end;
    }
}
