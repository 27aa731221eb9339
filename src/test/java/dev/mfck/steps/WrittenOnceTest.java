package dev.mfck.steps;

import dev.mfck.matrix.BaseState;
import dev.mfck.matrix.StateStep;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every step text and every state name is written once in main code: a step's in
 * {@link FixedStep} or its {@link Step} record (the state step's in {@link StateStep}), a
 * state's in {@link BaseState}. Nothing else writes one out to match or build a sentence.
 */
class WrittenOnceTest {

    private static final Path MAIN = Path.of("src/main/java/dev/mfck");
    /** Where states are what the code is about: a state's name there is a state. */
    private static final List<String> STATE_PACKAGES = List.of("steps", "model", "explore", "matrix", "spec");

    @Test
    void noStepTextIsWrittenOutsideTheStepTypes() throws IOException {
        List<String> texts = new ArrayList<>(Arrays.stream(FixedStep.values()).map(FixedStep::text).toList());
        texts.addAll(List.of(Step.Call.TEXT, Step.CallsAtOnce.TEXT, Step.CallsEachOf.TEXT, Step.CloseFromCallback.TEXT,
                Step.CallReturns.TEXT, Step.EveryCallReturns.TEXT, StateStep.TEXT));
        Set<String> homes = Set.of("FixedStep.java", "Step.java", "StateStep.java");
        List<String> found = new ArrayList<>();
        for (Path file : sources(MAIN)) {
            if (homes.contains(file.getFileName().toString())) {
                continue;
            }
            String source = Files.readString(file);
            texts.stream().filter(text -> source.contains("\"" + text + "\"")).forEach(text -> found.add(file + ": " + text));
        }
        assertThat(found).isEmpty();
    }

    @Test
    void noStateNameIsWrittenOutsideBaseState() throws IOException {
        List<String> found = new ArrayList<>();
        for (String pkg : STATE_PACKAGES) {
            for (Path file : sources(MAIN.resolve(pkg))) {
                if (file.getFileName().toString().equals("BaseState.java")) {
                    continue;
                }
                String source = Files.readString(file);
                Arrays.stream(BaseState.values()).map(BaseState::text).filter(name -> source.contains("\"" + name + "\""))
                        .forEach(name -> found.add(file + ": " + name));
            }
        }
        assertThat(found).isEmpty();
    }

    private static List<Path> sources(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList();
        }
    }
}
