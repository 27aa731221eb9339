package dev.mfck.rules;

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

    private static final int COLUMNS = 7;

    private final Map<String, Rule> rules;

    private RuleCatalogue(Map<String, Rule> rules) {
        this.rules = rules;
    }

    /** @return the catalogue the kit ships */
    public static RuleCatalogue load() {
        return parse(SuiteFiles.text(RESOURCE));
    }

    /**
     * Parses a catalogue: every row of its table whose header starts with {@code id}.
     *
     * @param markdown the catalogue's text
     * @return the catalogue
     */
    public static RuleCatalogue parse(String markdown) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        for (MarkdownTables.Table table : MarkdownTables.parse(markdown)) {
            if (!table.header().get(0).equals("id")) {
                continue;
            }
            for (List<String> cells : table.rows()) {
                if (cells.size() != COLUMNS) {
                    throw new IllegalArgumentException("rule row needs " + COLUMNS + " cells: " + cells);
                }
                Rule rule = new Rule(cells.get(0), RuleLevel.parse(cells.get(1)), cells.get(2), cells.get(3),
                        cells.get(4), cells.get(5), cells.get(6));
                if (rule.level() == RuleLevel.INTERPRETATION && rule.reason().isEmpty()) {
                    throw new IllegalArgumentException("interpretation " + rule.id() + " gives no reason");
                }
                if (rule.evidence().isEmpty()) {
                    throw new IllegalArgumentException("rule " + rule.id() + " gives no evidence");
                }
                if (rules.put(rule.id(), rule) != null) {
                    throw new IllegalArgumentException("rule " + rule.id() + " appears twice");
                }
            }
        }
        return new RuleCatalogue(Collections.unmodifiableMap(rules));
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
