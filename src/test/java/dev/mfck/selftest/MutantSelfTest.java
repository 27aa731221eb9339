package dev.mfck.selftest;

import dev.mfck.rules.Rule;
import dev.mfck.rules.RuleCatalogue;
import dev.mfck.rules.RuleLevel;
import dev.mfck.selftest.mutants.MutantCatalogue;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kit proves itself: the whole suite runs against every mutant, and must fail on exactly
 * the rules the mutant breaks (each failure message naming its rule), and pass every other; a
 * scenario the mutant keeps from its starting state is BLOCKED, pointing at a rule it breaks.
 * The runs are made by {@link SelfTestRuns}.
 */
class MutantSelfTest {

    @TestFactory
    Stream<DynamicTest> everyMutantFailsExactlyTheRulesItBreaks() {
        return MutantCatalogue.all().stream().map(mutant -> DynamicTest.dynamicTest(mutant.name(), () -> {
            SuiteRun.Result result = SelfTestRuns.of(mutant);
            System.out.printf("mutant %-36s failed %s in %d ms%n", mutant.name(), result.failedRules(), result.took().toMillis());
            assertThat(result.failedRules()).as("%s (%s): rules failed; %s", mutant.name(), mutant.defect(),
                    result.describeFailures()).isEqualTo(new TreeSet<>(mutant.breaks()));
            assertThat(result.scenarios()).filteredOn(s -> s.outcome() == SuiteRun.Outcome.FAILED)
                    .allSatisfy(s -> assertThat(s.message()).as(s.name()).contains("[" + s.ruleId() + " ("));
            assertThat(result.scenarios()).filteredOn(s -> s.outcome() == SuiteRun.Outcome.BLOCKED)
                    .allSatisfy(s -> assertThat(mutant.breaks()).as("the rule BLOCKED '%s' points at: %s", s.name(),
                            s.message()).contains(s.blockedBy()));
        }));
    }

    @Test
    void everyRequiredRuleIsBrokenByAMutant() {
        Set<String> broken = MutantCatalogue.all().stream().flatMap(m -> m.breaks().stream()).collect(Collectors.toSet());
        List<Rule> unproven = RuleCatalogue.load().rules().stream().filter(rule -> !broken.contains(rule.id())).toList();
        unproven.forEach(rule -> System.out.println("unproven rule: " + rule.id() + " (" + rule.level() + "): no mutant breaks it"));
        assertThat(unproven).as("rules no mutant breaks").noneMatch(rule -> rule.level() == RuleLevel.REQUIRED);
        assertThat(MutantCatalogue.all()).hasSizeGreaterThanOrEqualTo(20);
    }
}
