package dev.mfck.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mfck.explore.Departure;
import dev.mfck.explore.ExplorationResult;
import dev.mfck.run.Reports;
import dev.mfck.steps.Step;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes an exploration into the report directory: an {@code exploration} section in
 * {@code conformance.json} and in {@code index.html} (beside a suite run's, whose verdict it
 * never touches; on their own when no run wrote them), and the departure's scenario as
 * {@code exploration.feature}, ready for {@code mfck run --features}.
 */
public final class ExplorationReport {

    /** The scenario file a departure is written to. */
    public static final String FEATURE = "exploration.feature";
    private static final String BEGIN = "<!-- mfck explore -->";
    private static final String END = "<!-- /mfck explore -->";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ExplorationReport() {
    }

    /**
     * @param dir    the report directory
     * @param result the exploration
     * @return the files written
     * @throws IOException when they cannot be written
     */
    public static List<Path> write(Path dir, ExplorationResult result) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        Path json = dir.resolve(Reports.CONFORMANCE_JSON);
        ObjectNode root = Files.isRegularFile(json) ? (ObjectNode) MAPPER.readTree(json.toFile()) : MAPPER.createObjectNode();
        root.set("exploration", MAPPER.valueToTree(section(result)));
        MAPPER.writeValue(json.toFile(), root);
        written.add(json);
        Path html = dir.resolve(Reports.INDEX_HTML);
        String page = Files.isRegularFile(html) ? Files.readString(html) : "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                + "<title>mfck exploration</title></head><body>\n</body></html>\n";
        int begin = page.indexOf(BEGIN);
        if (begin >= 0) {
            page = page.substring(0, begin) + page.substring(page.indexOf(END) + END.length());
        }
        int body = page.lastIndexOf("</body>");
        if (body < 0) {
            body = page.length();
        }
        Files.writeString(html, page.substring(0, body) + html(result) + page.substring(body), StandardCharsets.UTF_8);
        written.add(html);
        Path feature = dir.resolve(FEATURE);
        Files.deleteIfExists(feature);
        if (result.departure().isPresent()) {
            Files.writeString(feature, result.departure().get().scenario(), StandardCharsets.UTF_8);
            written.add(feature);
        }
        return written;
    }

    static Map<String, Object> section(ExplorationResult result) {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("note", "evidence for the vendor: exploration never changes the suite's verdict");
        section.put("implementation", result.implementation());
        section.put("seed", result.seed());
        section.put("budgetSeconds", result.budget().toMillis() / 1000.0);
        section.put("sequences", result.sequences());
        section.put("steps", result.steps());
        section.put("elapsedSeconds", result.elapsed().toMillis() / 1000.0);
        section.put("sequencesPerSecond", Math.round(result.sequencesPerSecond() * 10) / 10.0);
        section.put("jobs", result.jobs());
        section.put("coverage", Map.of("reached", result.coverage().size(), "possible", result.possible(),
                "pairs", List.copyOf(result.coverage())));
        result.departure().ifPresent(d -> section.put("departure", departure(d)));
        return section;
    }

    private static Map<String, Object> departure(Departure departure) {
        Map<String, Object> found = new LinkedHashMap<>();
        found.put("rule", departure.finding().ruleId().text());
        found.put("level", departure.ruleLevel());
        found.put("verdict", departure.finding().verdict().name());
        found.put("observed", departure.finding().observed());
        found.put("sequence", departure.sequence());
        found.put("foundAfterSeconds", departure.foundAfter().toMillis() / 1000.0);
        found.put("foundSteps", departure.found().stream().map(Step::text).toList());
        found.put("shrunkSteps", departure.shrunk().stream().map(Step::text).toList());
        found.put("shrinkRuns", departure.shrinkRuns());
        found.put("brokeTheRuleAgain", departure.steadiness() + " of " + departure.reruns() + " reruns");
        found.put("scenario", departure.scenario());
        found.put("trace", departure.trace());
        return found;
    }

    private static String html(ExplorationResult result) {
        StringBuilder html = new StringBuilder(BEGIN).append("\n<section id=\"exploration\"><h2>Exploration</h2>\n<p>")
                .append(String.format(Locale.ROOT, "%d sequences (%d steps) in %.1f s, %d at a time, seed %d: ",
                        result.sequences(), result.steps(), result.elapsed().toMillis() / 1000.0, result.jobs(), result.seed()))
                .append(result.departure().isPresent() ? "<strong>a departure from the contract</strong>"
                        : "no departure from the contract")
                .append(". Exploration is evidence for the vendor; it never changes the suite's verdict.</p>\n<p>")
                .append(result.coverage().size()).append(" of ").append(result.possible())
                .append(" (state, call) pairs reached.</p>\n");
        result.departure().ifPresent(d -> html.append("<p>").append(Html.escape(d.finding().ruleId().text())).append(" (")
                .append(d.ruleLevel()).append(") ").append(d.finding().verdict()).append(": ")
                .append(Html.escape(d.finding().observed())).append("</p>\n<p>Sequence ").append(d.sequence())
                .append(", ").append(d.found().size() - 2).append(" actions, shrunk to ").append(d.shrunk().size() - 2)
                .append(" in ").append(d.shrinkRuns()).append(" runs; it broke the rule again in ").append(d.steadiness())
                .append(" of ").append(d.reruns()).append(" reruns:</p>\n<pre>").append(Html.escape(d.scenario()))
                .append("</pre>\n<details><summary>trace</summary><pre>").append(Html.escape(d.trace()))
                .append("</pre></details>\n"));
        return html.append("<details><summary>(state, call) pairs reached</summary><pre>")
                .append(Html.escape(String.join("\n", result.coverage()))).append("</pre></details></section>\n")
                .append(END).append('\n').toString();
    }
}
