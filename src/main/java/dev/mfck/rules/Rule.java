package dev.mfck.rules;

/**
 * One rule of the contract.
 *
 * @param id          the rule id, as tagged on scenarios ({@code @rule:ID})
 * @param level       how binding it is
 * @param clause      where it comes from: the page's clause or the contract notes' section
 * @param evidence    what backs it: what Windows is observed to do (Wine's tests of mf.dll, run on
 *                    Windows), what the documentation says, or the kit's own inference
 * @param requirement what the rule requires, in one sentence
 * @param hint        where an implementer should look when the rule fails
 * @param reason      for an interpretation, why the kit reads the contract this way; else empty
 */
public record Rule(String id, RuleLevel level, String clause, String evidence, String requirement, String hint,
                   String reason) {

    /** The prefix of the Gherkin tag that names a rule. */
    public static final String TAG_PREFIX = "@rule:";

    /** @return the Gherkin tag naming this rule */
    public String tag() {
        return TAG_PREFIX + id;
    }

    /** @return {@code ID (level)}, as failure messages start */
    public String title() {
        return id + " (" + level.label() + ")";
    }
}
