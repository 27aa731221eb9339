package dev.mfck.baseline;

import dev.mfck.spec.ScenarioCatalogue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every scenario id of mfck 0.1 maps to a scenario the suite has today. */
class LegacyScenarioIdsTest {

    @Test
    void everyOldIdMapsToAScenarioOfTheSuite() {
        ScenarioCatalogue suite = ScenarioCatalogue.load();
        assertThat(LegacyScenarioIds.table()).hasSize(79).allSatisfy((old, stable) -> {
            assertThat(LegacyScenarioIds.isLegacy(old)).as(old).isTrue();
            assertThat(suite.withId(stable)).as(old + " maps to " + stable).isPresent();
        });
    }
}
