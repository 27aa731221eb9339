package dev.mfck.steps;

import dev.mfck.rules.RuleCatalogue;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The words of the steps: every call the pattern knows is a call, and every rule a step names is in the catalogue. */
class StepWordsTest {

    @Test
    void theCallPatternNamesEveryCallAndNothingElse() {
        assertThat(List.of(SessionCall.PATTERN.split("\\|")))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(SessionCall.values()).map(SessionCall::text).toList());
    }

    @Test
    void everyRuleAStepPointsAtIsInTheCatalogue() throws IllegalAccessException {
        RuleCatalogue catalogue = RuleCatalogue.load();
        for (Field field : RuleIds.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                String id = (String) field.get(null);
                assertThat(catalogue.find(id)).as(field.getName()).isPresent();
            }
        }
    }
}
