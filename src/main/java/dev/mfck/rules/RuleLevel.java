package dev.mfck.rules;

import java.util.Locale;

/** How binding a rule is; only required rules decide conformance. */
public enum RuleLevel {
    /** Said by the normative page or the documented contracts: decides conformance. */
    REQUIRED,
    /** Good practice the page does not demand: a failure is a warning. */
    RECOMMENDED,
    /** The kit's reading of an ambiguity, with its reason: a failure is a warning. */
    INTERPRETATION;

    /** @return the level as people and reports write it, for example {@code required} */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the Gherkin tag of this level, for example {@code @required} */
    public String tag() {
        return "@" + label();
    }

    /**
     * @param text a level as written in the catalogue, in any case
     * @return the level
     */
    public static RuleLevel parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
