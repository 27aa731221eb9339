package dev.mfck.rules;

import dev.mfck.spec.ScenarioCatalogue;
import dev.mfck.spec.SpecifiedScenario;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The specification covers the rule catalogue exactly: every rule has a scenario, every scenario one known rule. */
class RuleCoverageTest {

    private final RuleCatalogue catalogue = RuleCatalogue.load();
    private final List<SpecifiedScenario> scenarios = ScenarioCatalogue.load().scenarios();

    @Test
    void everyRuleHasAScenario() {
        Set<String> covered = scenarios.stream().map(SpecifiedScenario::ruleId).collect(Collectors.toSet());
        assertThat(catalogue.rules()).extracting(Rule::id)
                .as("rules of the catalogue with no scenario")
                .allSatisfy(id -> assertThat(covered).as("scenarios for rule " + id).contains(id));
    }

    @Test
    void everyScenarioNamesExactlyOneKnownRuleAtItsLevel() {
        assertThat(scenarios).isNotEmpty().allSatisfy(scenario -> {
            List<String> ruleTags = scenario.tags().stream().filter(t -> t.startsWith(Rule.TAG_PREFIX)).toList();
            assertThat(ruleTags).as(scenario.location() + " rule tags").hasSize(1);
            Rule rule = catalogue.find(scenario.ruleId()).orElse(null);
            assertThat(rule).as(scenario.location() + " names a rule that is not in the catalogue").isNotNull();
            assertThat(scenario.tags()).as(scenario.location() + " level tag of " + rule.id()).contains(rule.level().tag());
        });
    }

    @Test
    void theCatalogueHasTheLevelsEvidenceAndReasonsItPromises() {
        Map<RuleLevel, Long> perLevel = catalogue.rules().stream()
                .collect(Collectors.groupingBy(Rule::level, Collectors.counting()));
        assertThat(perLevel).containsKeys(RuleLevel.REQUIRED, RuleLevel.INTERPRETATION);
        assertThat(catalogue.rules()).filteredOn(rule -> rule.level() == RuleLevel.INTERPRETATION)
                .allSatisfy(rule -> assertThat(rule.reason()).isNotBlank());
        assertThat(catalogue.rules()).allSatisfy(rule -> assertThat(rule.evidence()).as(rule.id()).isNotBlank());
    }

    @Test
    void everyScenarioHasAStableIdOfItsOwn() {
        assertThat(ScenarioCatalogue.load().duplicateIds()).as("ids given to several scenarios").isEmpty();
        assertThat(scenarios).allSatisfy(s -> assertThat(s.id()).startsWith(s.ruleId() + "[").endsWith("]"));
    }

    @Test
    void theCitedSpecificationShipsWithTheSuite() {
        assertThat(SuiteFiles.read()).containsKeys("spec/IMFMediaSession-Close.md", "spec/contract-notes.md",
                "rules.md", "matrix.md");
    }
}
