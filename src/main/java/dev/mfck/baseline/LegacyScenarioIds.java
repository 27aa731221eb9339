package dev.mfck.baseline;

import dev.mfck.rules.SuiteFiles;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The scenario ids of mfck 0.1 ({@code feature-file:line}, which moved whenever a line was
 * inserted above them) and the stable id of the scenario that checks the same today, from
 * {@code mfck/scenario-ids-0.1.tsv}; {@code docs/scenario-ids.md} is the same table for people.
 */
public final class LegacyScenarioIds {

    /** Where the table lives on the classpath. */
    static final String RESOURCE = "mfck/scenario-ids-0.1.tsv";

    private static final Map<String, String> TABLE = load();

    private LegacyScenarioIds() {
    }

    /**
     * @param id an id from an expectations file
     * @return true when it has the shape of a 0.1 scenario id, {@code feature-file:line}
     */
    public static boolean isLegacy(String id) {
        return id.matches("[^\\s:\\[]+\\.feature:\\d+");
    }

    /**
     * @param legacyId a 0.1 scenario id
     * @return the stable id of the scenario that checks the same today, if one does
     */
    public static Optional<String> stableIdOf(String legacyId) {
        return Optional.ofNullable(TABLE.get(legacyId));
    }

    /** @return the whole table, 0.1 id to stable id, in file order */
    public static Map<String, String> table() {
        return TABLE;
    }

    private static Map<String, String> load() {
        Map<String, String> table = new LinkedHashMap<>();
        for (String line : SuiteFiles.text(RESOURCE).split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] columns = line.split("\t");
                table.put(columns[0].strip(), columns[1].strip());
            }
        }
        return Collections.unmodifiableMap(table);
    }
}
