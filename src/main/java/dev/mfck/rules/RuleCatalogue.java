package dev.mfck.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rule catalogue: the table in {@code features/rules.md}, read from the classpath
 * ({@code mfck/features/rules.md}) where the kit jar ships it.
 */
public final class RuleCatalogue {

    /** Where the catalogue lives on the classpath. */
    public static final String RESOURCE = "mfck/features/rules.md";

    private static final int COLUMNS = 6;

    private final Map<String, Rule> rules;

    private RuleCatalogue(Map<String, Rule> rules) {
        this.rules = rules;
    }

    /** @return the catalogue the kit ships */
    public static RuleCatalogue load() {
        try (InputStream in = RuleCatalogue.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the rule catalogue " + RESOURCE + " is not on the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Parses a catalogue: every Markdown table row after the header whose first cell is an id.
     *
     * @param markdown the catalogue's text
     * @return the catalogue
     */
    public static RuleCatalogue parse(String markdown) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        boolean inTable = false;
        for (String line : markdown.split("\n")) {
            String trimmed = line.trim();
            if (!trimmed.startsWith("|")) {
                inTable = false;
                continue;
            }
            List<String> cells = cells(trimmed);
            if (!inTable) {
                inTable = true; // header row
                continue;
            }
            if (cells.get(0).startsWith("---")) {
                continue;
            }
            if (cells.size() != COLUMNS) {
                throw new IllegalArgumentException("rule row needs " + COLUMNS + " cells: " + trimmed);
            }
            Rule rule = new Rule(cells.get(0), RuleLevel.parse(cells.get(1)), cells.get(2),
                    cells.get(3), cells.get(4), cells.get(5));
            if (rule.level() == RuleLevel.INTERPRETATION && rule.reason().isEmpty()) {
                throw new IllegalArgumentException("interpretation " + rule.id() + " gives no reason");
            }
            if (rules.put(rule.id(), rule) != null) {
                throw new IllegalArgumentException("rule " + rule.id() + " appears twice");
            }
        }
        return new RuleCatalogue(Collections.unmodifiableMap(rules));
    }

    private static List<String> cells(String row) {
        String inner = row.substring(1, row.endsWith("|") ? row.length() - 1 : row.length());
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("\\|", -1)) {
            cells.add(cell.trim());
        }
        return cells;
    }

    /** @return every rule, in catalogue order */
    public List<Rule> rules() {
        return List.copyOf(rules.values());
    }

    /**
     * @param id a rule id
     * @return the rule, if the catalogue has it
     */
    public Optional<Rule> find(String id) {
        return Optional.ofNullable(rules.get(id));
    }
}
