package dev.mfck.run;

import io.cucumber.tagexpressions.Expression;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.launcher.PostDiscoveryFilter;

import java.util.List;

/**
 * Keeps the scenarios whose tags match a Cucumber tag expression, at discovery: the others are
 * never planned, so the run counts, reports and judges only what it selected.
 *
 * @param expression the parsed expression
 * @param text       the expression as written, for reasons
 */
record TagSelection(Expression expression, String text) implements PostDiscoveryFilter {

    @Override
    public FilterResult apply(TestDescriptor descriptor) {
        if (!descriptor.isTest()) {
            return FilterResult.included("a container holds the scenarios that are selected");
        }
        List<String> tags = descriptor.getTags().stream().map(tag -> "@" + tag.getName()).toList();
        return FilterResult.includedIf(expression.evaluate(tags), () -> "matches " + text,
                () -> "does not match " + text);
    }
}
