package dev.mfck.matrix;

import dev.mfck.clips.ClipCatalogue;
import dev.mfck.rules.MarkdownTables;
import dev.mfck.rules.SuiteFiles;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The matrix of {@code features/matrix.md}, read from the classpath
 * ({@code mfck/features/matrix.md}): for every rule, the states and clips it is checked from
 * (its declared cells), and the states it is not checked from, each with the reason.
 */
public final class RuleMatrix {

    /** Where the matrix lives on the classpath. */
    public static final String RESOURCE = "mfck/features/matrix.md";

    /**
     * A row of the matrix: states declared with their clips, or states left out, with the reason.
     *
     * @param ruleId  the rule
     * @param written the states as the row writes them ({@code closed from *})
     * @param states  the states, expanded
     * @param clips   the clips of the states that have a topology; empty for a row left out
     * @param why     why these clips, or why these states are left out
     */
    public record Row(String ruleId, String written, List<SessionState> states, List<String> clips, String why) {

        /** @return the row's cells: each state with each clip, or with {@code none} when the state has no topology */
        public List<Cell> cells() {
            List<Cell> cells = new ArrayList<>();
            for (SessionState state : states) {
                if (state.hasMedia()) {
                    clips.forEach(clip -> cells.add(new Cell(ruleId, state, clip)));
                } else {
                    cells.add(new Cell(ruleId, state, ClipCatalogue.NONE));
                }
            }
            return cells;
        }
    }

    private final List<Row> declared;
    private final List<Row> excluded;

    private RuleMatrix(List<Row> declared, List<Row> excluded) {
        this.declared = List.copyOf(declared);
        this.excluded = List.copyOf(excluded);
    }

    /** @return the matrix the kit ships */
    public static RuleMatrix load() {
        return parse(SuiteFiles.text(RESOURCE));
    }

    /**
     * Reads the two tables of the matrix: the declared cells ({@code | rule | states | clips |
     * why |}) and the cells not checked ({@code | rule | states | why not |}); other tables are
     * description.
     *
     * @param markdown the matrix's text
     * @return the matrix
     * @throws IllegalArgumentException on an unknown state or clip, or a row without its reason
     */
    public static RuleMatrix parse(String markdown) {
        List<Row> declared = new ArrayList<>();
        List<Row> excluded = new ArrayList<>();
        for (MarkdownTables.Table table : MarkdownTables.parse(markdown)) {
            boolean declaring = table.header().equals(List.of("rule", "states", "clips", "why"));
            boolean excluding = table.header().equals(List.of("rule", "states", "why not"));
            for (List<String> cells : declaring || excluding ? table.rows() : List.<List<String>>of()) {
                if (cells.size() != table.header().size()) {
                    throw new IllegalArgumentException("a matrix row needs " + table.header().size() + " cells: " + cells);
                }
                if (declaring) {
                    declared.add(new Row(cells.get(0), cells.get(1), states(cells.get(1)), clips(cells.get(2)), cells.get(3)));
                } else if (cells.get(2).isEmpty()) {
                    throw new IllegalArgumentException("a state left out needs its reason: " + cells);
                } else {
                    excluded.add(new Row(cells.get(0), cells.get(1), states(cells.get(1)), List.of(), cells.get(2)));
                }
            }
        }
        return new RuleMatrix(declared, excluded);
    }

    /** @return the rows of declared cells, in file order */
    public List<Row> declared() {
        return declared;
    }

    /** @return the rows of states left out, in file order */
    public List<Row> excluded() {
        return excluded;
    }

    /** @return every declared cell */
    public Set<Cell> cells() {
        Set<Cell> cells = new LinkedHashSet<>();
        declared.forEach(row -> cells.addAll(row.cells()));
        return cells;
    }

    /**
     * @param ruleId a rule
     * @return its declared rows
     */
    public List<Row> declared(String ruleId) {
        return declared.stream().filter(row -> row.ruleId().equals(ruleId)).toList();
    }

    /**
     * @param ruleId a rule
     * @return its rows of states left out
     */
    public List<Row> excluded(String ruleId) {
        return excluded.stream().filter(row -> row.ruleId().equals(ruleId)).toList();
    }

    /**
     * What makes the matrix incomplete against a rule catalogue: a rule it does not know, a rule
     * with no declared cell, a state of a rule that is neither declared nor left out with a
     * reason, or that is both.
     *
     * @param ruleIds the catalogue's rule ids
     * @return one line per problem; empty when the matrix is complete
     */
    public List<String> problems(Collection<String> ruleIds) {
        List<String> problems = new ArrayList<>();
        for (Row row : concat()) {
            if (!ruleIds.contains(row.ruleId())) {
                problems.add("the matrix names " + row.ruleId() + ", which is not in the rule catalogue");
            }
        }
        for (String id : ruleIds) {
            if (declared(id).isEmpty()) {
                problems.add(id + " declares no cell");
            }
            for (SessionState state : SessionState.all()) {
                long in = declared(id).stream().filter(row -> row.states().contains(state)).count();
                long out = excluded(id).stream().filter(row -> row.states().contains(state)).count();
                if (in + out == 0) {
                    problems.add(id + " × " + state + " is neither declared nor left out with a reason");
                } else if (in + out > 1) {
                    problems.add(id + " × " + state + " appears in " + (in + out) + " rows");
                }
            }
        }
        return problems;
    }

    private List<Row> concat() {
        List<Row> all = new ArrayList<>(declared);
        all.addAll(excluded);
        return all;
    }

    /**
     * Expands a list of states: names, {@code *} (every state as it is), {@code closed from *}
     * and {@code shut down from *}.
     */
    static List<SessionState> states(String list) {
        List<SessionState> states = new ArrayList<>();
        for (String token : list.split(",")) {
            String name = token.trim();
            switch (name) {
                case "*" -> states.addAll(every(SessionState.Stage.AS_IS));
                case "closed from *" -> states.addAll(every(SessionState.Stage.CLOSED_FROM));
                case "shut down from *" -> states.addAll(every(SessionState.Stage.SHUT_DOWN_FROM));
                default -> states.add(SessionState.parse(name).orElseThrow(() ->
                        new IllegalArgumentException("no state named '" + name + "' in the matrix")));
            }
        }
        return states;
    }

    private static List<SessionState> every(SessionState.Stage stage) {
        return SessionState.all().stream().filter(state -> state.stage() == stage).toList();
    }

    static List<String> clips(String list) {
        if (list.equals("all")) {
            return ClipCatalogue.SHAPES;
        }
        List<String> clips = new ArrayList<>();
        for (String token : list.split(",")) {
            String name = token.trim();
            if (!name.equals(ClipCatalogue.NONE) && !ClipCatalogue.names().contains(name)) {
                throw new IllegalArgumentException("no clip named '" + name + "' in the matrix");
            }
            clips.add(name);
        }
        return clips;
    }
}
