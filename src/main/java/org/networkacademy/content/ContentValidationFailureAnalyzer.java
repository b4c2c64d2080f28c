package org.networkacademy.content;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns invalid content at start-up into a short report naming each file and line. */
class ContentValidationFailureAnalyzer extends AbstractFailureAnalyzer<ContentValidationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ContentValidationException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Fix the files named above (format: content/README.md) and start again.", cause);
    }
}
