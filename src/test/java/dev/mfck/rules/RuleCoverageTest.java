package dev.mfck.rules;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The specification covers the rule catalogue exactly: every rule has a scenario, every scenario one known rule. */
class RuleCoverageTest {

    private final RuleCatalogue catalogue = RuleCatalogue.load();
    private final List<ScenarioTags> scenarios = FeatureScan.scan(featuresFolder());

    @Test
    void everyRuleHasAScenario() {
        Set<String> covered = scenarios.stream().flatMap(s -> s.ruleIds().stream()).collect(Collectors.toSet());
        assertThat(catalogue.rules()).extracting(Rule::id)
                .as("rules of the catalogue with no scenario")
                .allSatisfy(id -> assertThat(covered).as("scenarios for rule " + id).contains(id));
    }

    @Test
    void everyScenarioNamesExactlyOneKnownRuleAtItsLevel() {
        assertThat(scenarios).isNotEmpty().allSatisfy(scenario -> {
            assertThat(scenario.ruleIds()).as(scenario.where() + " rule tags").hasSize(1);
            Rule rule = catalogue.find(scenario.ruleIds().get(0)).orElse(null);
            assertThat(rule).as(scenario.where() + " names a rule that is not in the catalogue").isNotNull();
            assertThat(scenario.tags()).as(scenario.where() + " level tag of " + rule.id()).contains(rule.level().tag());
        });
    }

    @Test
    void theCatalogueHasTheLevelsAndReasonsItPromises() {
        Map<RuleLevel, Long> perLevel = catalogue.rules().stream()
                .collect(Collectors.groupingBy(Rule::level, Collectors.counting()));
        assertThat(perLevel).containsKeys(RuleLevel.REQUIRED, RuleLevel.INTERPRETATION);
        assertThat(catalogue.rules()).filteredOn(rule -> rule.level() == RuleLevel.INTERPRETATION)
                .allSatisfy(rule -> assertThat(rule.reason()).isNotBlank());
    }

    private static Path featuresFolder() {
        try {
            return Path.of(RuleCatalogue.class.getClassLoader().getResource(RuleCatalogue.RESOURCE).toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    record ScenarioTags(String where, List<String> tags) {
        List<String> ruleIds() {
            return tags.stream().filter(t -> t.startsWith(Rule.TAG_PREFIX)).map(t -> t.substring(Rule.TAG_PREFIX.length())).toList();
        }
    }

    /** Reads the tags that apply to each scenario (its own and its feature's) from the .feature files. */
    static final class FeatureScan {
        static List<ScenarioTags> scan(Path folder) {
            try (Stream<Path> files = Files.list(folder)) {
                return files.filter(f -> f.toString().endsWith(".feature")).sorted()
                        .flatMap(FeatureScan::scanFile).toList();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        private static Stream<ScenarioTags> scanFile(Path file) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            List<String> featureTags = List.of();
            List<String> pending = new java.util.ArrayList<>();
            List<ScenarioTags> found = new java.util.ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).trim();
                if (line.startsWith("@")) {
                    pending.addAll(List.of(line.split("\\s+")));
                } else if (line.startsWith("Feature:")) {
                    featureTags = List.copyOf(pending);
                    pending.clear();
                } else if (line.startsWith("Scenario:") || line.startsWith("Scenario Outline:")) {
                    List<String> tags = new java.util.ArrayList<>(featureTags);
                    tags.addAll(pending);
                    pending.clear();
                    found.add(new ScenarioTags(file.getFileName() + ":" + (i + 1), tags));
                }
            }
            return found.stream();
        }
    }
}
