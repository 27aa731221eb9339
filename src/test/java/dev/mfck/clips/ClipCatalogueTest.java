package dev.mfck.clips;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The clips' names: the step parameter's pattern knows exactly them and none; the shapes are clips. */
class ClipCatalogueTest {

    @Test
    void thePatternNamesEveryClipAndNone() {
        List<String> names = new ArrayList<>(ClipCatalogue.names());
        names.add(ClipCatalogue.NONE);
        assertThat(List.of(ClipCatalogue.PATTERN.split("\\|"))).containsExactlyInAnyOrderElementsOf(names);
    }

    @Test
    void everyShapeIsAClipThatShipsWithTheKit() {
        assertThat(ClipCatalogue.SHAPES).hasSize(4).allSatisfy(name -> assertThat(ClipCatalogue.clip(name).file()).isRegularFile());
        assertThat(ClipCatalogue.descriptor(ClipCatalogue.VIDEO_ONLY).streams()).hasSize(1);
    }
}
