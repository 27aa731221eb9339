package dev.mfck.spec;

import dev.mfck.matrix.StateStep;
import dev.mfck.rules.Rule;
import dev.mfck.rules.SuiteFiles;
import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Examples;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleStep;
import io.cucumber.messages.types.PickleTag;
import io.cucumber.messages.types.Scenario;
import io.cucumber.messages.types.TableCell;
import io.cucumber.messages.types.TableRow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every scenario of the suite, read from the feature files with Cucumber's own Gherkin parser:
 * an outline's examples one by one, each with its stable id, its rule and its matrix cell.
 */
public final class ScenarioCatalogue {

    private final List<SpecifiedScenario> scenarios;
    private final Map<String, SpecifiedScenario> byLocation = new HashMap<>();
    private final Map<String, SpecifiedScenario> byId = new HashMap<>();

    private ScenarioCatalogue(List<SpecifiedScenario> scenarios) {
        this.scenarios = List.copyOf(scenarios);
        scenarios.forEach(s -> byLocation.put(s.location(), s));
        scenarios.forEach(s -> byId.put(s.id(), s));
    }

    /** @return the scenarios of the suite the kit ships */
    public static ScenarioCatalogue load() {
        return parse(SuiteFiles.read());
    }

    /**
     * @param files file name to content; the {@code .feature} files are read
     * @return their scenarios, file by file in name order
     */
    public static ScenarioCatalogue parse(Map<String, byte[]> files) {
        GherkinParser parser = GherkinParser.builder().includeSource(false).build();
        List<SpecifiedScenario> scenarios = new ArrayList<>();
        files.entrySet().stream().filter(file -> file.getKey().endsWith(".feature"))
                .sorted(Map.Entry.comparingByKey())
                .forEach(file -> scenarios.addAll(read(parser, file.getKey(), file.getValue())));
        return new ScenarioCatalogue(scenarios);
    }

    private static List<SpecifiedScenario> read(GherkinParser parser, String file, byte[] content) {
        List<Envelope> envelopes = parser.parse(file, content).toList();
        envelopes.stream().flatMap(e -> e.getParseError().stream()).findFirst().ifPresent(error -> {
            throw new IllegalArgumentException(file + ": " + error.getMessage());
        });
        Map<String, Scenario> outlines = new HashMap<>();
        Map<String, TableRow> rows = new HashMap<>();
        Map<String, String> examplesNames = new HashMap<>();
        envelopes.stream().flatMap(e -> e.getGherkinDocument().stream()).flatMap(d -> d.getFeature().stream())
                .flatMap(feature -> feature.getChildren().stream()).map(FeatureChild::getScenario)
                .flatMap(Optional::stream).forEach(scenario -> {
                    outlines.put(scenario.getId(), scenario);
                    for (Examples examples : scenario.getExamples()) {
                        examples.getTableBody().forEach(row -> {
                            rows.put(row.getId(), row);
                            examplesNames.put(row.getId(), examples.getName().trim());
                        });
                    }
                });
        List<SpecifiedScenario> scenarios = new ArrayList<>();
        for (Pickle pickle : envelopes.stream().flatMap(e -> e.getPickle().stream()).toList()) {
            Scenario scenario = outlines.get(pickle.getAstNodeIds().get(0));
            TableRow example = pickle.getAstNodeIds().size() > 1 ? rows.get(pickle.getAstNodeIds().get(1)) : null;
            List<String> tags = pickle.getTags().stream().map(PickleTag::getName).toList();
            String ruleId = tags.stream().filter(t -> t.startsWith(Rule.TAG_PREFIX))
                    .map(t -> t.substring(Rule.TAG_PREFIX.length())).findFirst().orElse("(no rule)");
            List<String> steps = pickle.getSteps().stream().map(PickleStep::getText).toList();
            String key = example == null ? pickle.getName() : String.join(", ", values(example));
            if (example != null && !examplesNames.get(example.getId()).isEmpty()) {
                key = examplesNames.get(example.getId()) + ", " + key;
            }
            int line = (int) (long) (example != null ? example.getLocation().getLine()
                    : scenario.getLocation().getLine());
            scenarios.add(new SpecifiedScenario(ruleId + "[" + key + "]", file, line, ruleId, tags, pickle.getName(),
                    steps, StateStep.cellOf(ruleId, steps)));
        }
        return scenarios;
    }

    private static List<String> values(TableRow row) {
        return row.getCells().stream().map(TableCell::getValue).toList();
    }

    /** @return every scenario, file by file in name order, each file in order */
    public List<SpecifiedScenario> scenarios() {
        return scenarios;
    }

    /**
     * @param file the feature file's name
     * @param line the line of a scenario, or of an example's row
     * @return the scenario there, if there is one
     */
    public Optional<SpecifiedScenario> at(String file, int line) {
        return Optional.ofNullable(byLocation.get(file + ":" + line));
    }

    /**
     * @param id a stable id
     * @return the scenario with it, if there is one
     */
    public Optional<SpecifiedScenario> withId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** @return the ids given to more than one scenario; empty in a well-formed suite */
    public Map<String, Long> duplicateIds() {
        return scenarios.stream().collect(Collectors.groupingBy(SpecifiedScenario::id, LinkedHashMap::new,
                Collectors.counting())).entrySet().stream().filter(e -> e.getValue() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }
}
