package dev.mfck.steps;

import dev.mfck.clips.ClipCatalogue;
import dev.mfck.matrix.SessionState;
import dev.mfck.matrix.StateStep;
import dev.mfck.spi.HResult;
import dev.mfck.spi.MediaEventType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One step of a scenario, typed: what {@link Interpreter} runs, whether the scenario came from a
 * feature file (Cucumber hands the glue its text, parsed here once) or from {@code mfck explore}
 * (which writes steps as values and prints their texts). A step's text is written in one place:
 * its record here, or {@link FixedStep}.
 */
public sealed interface Step {

    /** @return the step as scenarios write it, without keyword (a table step without its table) */
    String text();

    /**
     * The session is brought into a state of the matrix, playing a clip.
     *
     * @param state the state
     * @param clip  the clip's name, {@code none} for a state without a topology
     */
    record InState(SessionState state, String clip) implements Step {
        @Override
        public String text() {
            return StateStep.TEXT.replace("{state}", state.text()).replace("{clip}", clip);
        }
    }

    /**
     * The application makes one call.
     *
     * @param call the call
     */
    record Call(SessionCall call) implements Step {
        static final String TEXT = "the application calls %s";

        @Override
        public String text() {
            return TEXT.formatted(call.text());
        }
    }

    /**
     * The application makes several calls at once, each from a thread of its own.
     *
     * @param calls the calls, two or more
     */
    record CallsAtOnce(List<SessionCall> calls) implements Step {
        static final String TEXT = "the application calls %s at once";

        /** @param calls the calls, two or more */
        public CallsAtOnce {
            calls = List.copyOf(calls);
            if (calls.size() < 2) {
                throw new IllegalArgumentException("calls at once are two or more: " + calls);
            }
        }

        @Override
        public String text() {
            List<String> texts = calls.stream().map(SessionCall::text).toList();
            return TEXT.formatted(String.join(", ", texts.subList(0, texts.size() - 1)) + " and "
                    + texts.get(texts.size() - 1));
        }
    }

    /**
     * The application makes calls one after the other: a step with a table, one call a row.
     *
     * @param calls the calls
     */
    record CallsEachOf(List<SessionCall> calls) implements Step {
        static final String TEXT = "the application calls each of";

        /** @param calls the calls */
        public CallsEachOf {
            calls = List.copyOf(calls);
        }

        @Override
        public String text() {
            return TEXT;
        }
    }

    /**
     * The kit will call Close inside the event callback that delivers an event.
     *
     * @param event the event
     */
    record CloseFromCallback(MediaEventType event) implements Step {
        static final String TEXT = "the kit will call Close from inside the event callback that delivers %s";

        @Override
        public String text() {
            return TEXT.formatted(event.mfName());
        }
    }

    /**
     * The last call returned an HRESULT.
     *
     * @param expected the HRESULT
     */
    record CallReturns(HResult expected) implements Step {
        static final String TEXT = "the call returns %s";

        @Override
        public String text() {
            return TEXT.formatted(expected.name());
        }
    }

    /**
     * Every call of the last step returned an HRESULT.
     *
     * @param expected the HRESULT
     */
    record EveryCallReturns(HResult expected) implements Step {
        static final String TEXT = "every call returns %s";

        @Override
        public String text() {
            return TEXT.formatted(expected.name());
        }
    }

    /**
     * A step without argument.
     *
     * @param step which
     */
    record Fixed(FixedStep step) implements Step {
        @Override
        public String text() {
            return step.text();
        }
    }

    /**
     * @param step a step without argument
     * @return it, as a step
     */
    static Step of(FixedStep step) {
        return new Fixed(step);
    }

    /**
     * Reads a step as scenarios write it.
     *
     * @param text  the step's text, without keyword
     * @param table the cells of its table, one a row (empty when it has none)
     * @return the step
     * @throws IllegalArgumentException when no step of the suite reads so, or a word in it is unknown
     */
    static Step parse(String text, List<String> table) {
        if (text.equals(CallsEachOf.TEXT)) {
            if (table.isEmpty()) {
                throw new IllegalArgumentException("'" + text + "' needs a table of calls, one a row");
            }
            return new CallsEachOf(table.stream().map(SessionCall::parse).toList());
        }
        if (!table.isEmpty()) {
            throw new IllegalArgumentException("the step '" + text + "' takes no table");
        }
        return Words.parse(text);
    }

    /**
     * @param text a step's text, without keyword, for a step without table
     * @return the step
     * @throws IllegalArgumentException when no step of the suite reads so
     */
    static Step parse(String text) {
        return parse(text, List.of());
    }

    /** The patterns of the steps with arguments, built from the texts above and the names of their words. */
    final class Words {

        private static final String CALL = "(?:" + Arrays.stream(SessionCall.values()).map(c -> Pattern.quote(c.text()))
                .collect(Collectors.joining("|")) + ")";
        private static final Pattern STATE = Pattern.compile(Pattern.quote(StateStep.TEXT)
                .replace("{state}", "\\E(.+?)\\Q").replace("{clip}", "\\E(" + ClipCatalogue.PATTERN + ")\\Q"));
        private static final Pattern AT_ONCE = pattern(CallsAtOnce.TEXT, "(" + CALL + "(?:, " + CALL + ")* and " + CALL + ")");
        private static final Pattern ONE_CALL = pattern(Call.TEXT, "(" + CALL + ")");
        private static final Pattern CALLBACK = pattern(CloseFromCallback.TEXT, "(ME\\w+)");
        private static final Pattern RETURNS = pattern(CallReturns.TEXT, "(\\w+)");
        private static final Pattern EVERY_RETURNS = pattern(EveryCallReturns.TEXT, "(\\w+)");

        private Words() {
        }

        private static Pattern pattern(String format, String argument) {
            return Pattern.compile(Pattern.quote(format).replace("%s", "\\E" + argument + "\\Q"));
        }

        static Step parse(String text) {
            for (FixedStep fixed : FixedStep.values()) {
                if (fixed.text().equals(text)) {
                    return new Fixed(fixed);
                }
            }
            Matcher matcher;
            if ((matcher = STATE.matcher(text)).matches()) {
                String state = matcher.group(1);
                return new InState(SessionState.parse(state).orElseThrow(() ->
                        new IllegalArgumentException("no state named '" + state + "' in '" + text + "'")), matcher.group(2));
            }
            if ((matcher = AT_ONCE.matcher(text)).matches()) {
                return new CallsAtOnce(calls(matcher.group(1)));
            }
            if ((matcher = ONE_CALL.matcher(text)).matches()) {
                return new Call(SessionCall.parse(matcher.group(1)));
            }
            if ((matcher = CALLBACK.matcher(text)).matches()) {
                String name = matcher.group(1);
                return new CloseFromCallback(Arrays.stream(MediaEventType.values()).filter(t -> t.mfName().equals(name))
                        .findFirst().orElseThrow(() -> new IllegalArgumentException("no event named '" + name + "'")));
            }
            if ((matcher = RETURNS.matcher(text)).matches()) {
                return new CallReturns(HResultNames.named(matcher.group(1)));
            }
            if ((matcher = EVERY_RETURNS.matcher(text)).matches()) {
                return new EveryCallReturns(HResultNames.named(matcher.group(1)));
            }
            throw new IllegalArgumentException("no step of the suite reads '" + text + "'");
        }

        private static List<SessionCall> calls(String text) {
            List<SessionCall> calls = new ArrayList<>();
            int and = text.lastIndexOf(" and ");
            for (String part : text.substring(0, and).split(", ")) {
                calls.add(SessionCall.parse(part));
            }
            calls.add(SessionCall.parse(text.substring(and + " and ".length())));
            return calls;
        }
    }
}
