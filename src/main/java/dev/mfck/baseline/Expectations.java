package dev.mfck.baseline;

import dev.mfck.harness.KitSetupException;
import dev.mfck.rules.RuleCatalogue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An expectations file: one entry per line, {@code ID STATUS REASON...}, separated by spaces or
 * tabs; {@code #} starts a comment; blank lines are ignored. Every entry needs a reason. An ID is
 * a rule id, or a scenario's stable id, which may hold spaces inside its brackets. A result that
 * varies from run to run lists every status it may take, separated by {@code |}, PASS among them
 * if it sometimes passes: the entry is reported as intermittent, and the gate accepts any of them.
 *
 * <pre>
 * # ACME session 2.3, known departures
 * CLOSE-IS-ASYNC                                           FAIL     Close waits for the pipeline (ACME-123)
 * CLOSE-RACES-TRANSITION[started, av-long, Stop and Close] TIMEOUT  Stop then Close deadlocks (ACME-130)
 * CLOSE-IS-ASYNC[started, av-heavy]  PASS|CRASHED  crashes in about half the runs (ACME-131)
 * </pre>
 *
 * <p>A scenario id of mfck 0.1 ({@code close_races.feature:15}) is refused with the stable id that
 * replaces it.
 */
public final class Expectations {

    /** An entry whose id is a scenario's stable id: a rule id, then brackets that may hold spaces. */
    private static final Pattern SCENARIO_ENTRY = Pattern.compile("([A-Z][A-Z0-9-]*\\[[^\\]]*\\])\\s+(\\S+)\\s+(.*)");

    private final Path file;
    private final Map<String, Expectation> entries;

    private Expectations(Path file, Map<String, Expectation> entries) {
        this.file = file;
        this.entries = entries;
    }

    /**
     * Reads and checks an expectations file.
     *
     * @param file      the file
     * @param catalogue the rules an entry may name
     * @return its entries
     * @throws KitSetupException when the file cannot be read or an entry is malformed: the
     *                           message names the line
     */
    public static Expectations read(Path file, RuleCatalogue catalogue) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new KitSetupException("cannot read the expectations file " + file + ": " + e, e);
        }
        Map<String, Expectation> entries = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            Expectation entry = parse(file, i + 1, text, catalogue);
            if (entries.putIfAbsent(entry.id(), entry) != null) {
                throw malformed(file, i + 1, entry.id() + " already has an entry on line " + entries.get(entry.id()).line());
            }
        }
        return new Expectations(file, entries);
    }

    private static Expectation parse(Path file, int line, String text, RuleCatalogue catalogue) {
        Matcher scenarioEntry = SCENARIO_ENTRY.matcher(text);
        String[] parts = scenarioEntry.matches()
                ? new String[] {scenarioEntry.group(1), scenarioEntry.group(2), scenarioEntry.group(3)}
                : text.split("\\s+", 3);
        if (parts.length < 3 || parts[2].isBlank()) {
            throw malformed(file, line, "an entry is 'ID STATUS REASON', with a reason; found '" + text + "'");
        }
        String id = parts[0];
        String status = parts[1];
        if (LegacyScenarioIds.isLegacy(id)) {
            throw malformed(file, line, "'" + id + "' is a scenario id of mfck 0.1, which moved with every line "
                    + "inserted above it; scenario ids are now stable. " + LegacyScenarioIds.stableIdOf(id)
                    .map(stable -> "Write instead: " + stable + " " + status + " " + parts[2].strip())
                    .orElse("No scenario of this suite checks what it did; remove the entry")
                    + " (docs/scenario-ids.md maps every 0.1 id)");
        }
        if (!Expectation.isScenarioId(id) && catalogue.find(id).isEmpty()) {
            throw malformed(file, line, "'" + id + "' is neither a rule of the catalogue ('mfck rules' lists them) "
                    + "nor a scenario id like CLOSE-RETURNS-OK[paused, av-long]");
        }
        checkStatus(file, line, status);
        return new Expectation(id, status, parts[2].strip(), line);
    }

    private static void checkStatus(Path file, int line, String status) {
        List<String> statuses = List.of(status.split(Pattern.quote(Expectation.OR), -1));
        for (String each : statuses) {
            if (!Expectation.STATUSES.contains(each) && !(each.equals(Expectation.PASS) && statuses.size() > 1)) {
                throw malformed(file, line, "'" + each + "' is not an expected status; use one of "
                        + String.join(", ", Expectation.STATUSES.stream().sorted().toList())
                        + ", or several separated by '" + Expectation.OR + "' for a result that varies (PASS may be "
                        + "one of them), for example PASS|CRASHED");
            }
        }
        if (new HashSet<>(statuses).size() != statuses.size()) {
            throw malformed(file, line, "'" + status + "' names a status twice");
        }
    }

    private static KitSetupException malformed(Path file, int line, String what) {
        return new KitSetupException(file + ":" + line + ": " + what, null);
    }

    /** @return the file the entries came from */
    public Path file() {
        return file;
    }

    /** @return every entry, in file order */
    public List<Expectation> entries() {
        return List.copyOf(entries.values());
    }

    /**
     * @param id a rule or scenario id
     * @return its entry, if any
     */
    public Optional<Expectation> find(String id) {
        return Optional.ofNullable(entries.get(id));
    }
}
