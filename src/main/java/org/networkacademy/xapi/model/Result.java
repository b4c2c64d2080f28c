package org.networkacademy.xapi.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Duration;

/**
 * A measured outcome of a Statement (xAPI 1.0.3 Data §2.4.5). The duration is kept as the ISO 8601
 * text sent ({@code PT1H0.5S} stays {@code PT1H0.5S}); see xAPI 1.0.3 Data §2.3.1 (Result Duration is
 * compared as a string).
 *
 * @param score      the score
 * @param success    whether the attempt was successful
 * @param completion whether the activity was completed
 * @param response   the learner's response
 * @param duration   ISO 8601 duration text
 * @param extensions result extensions
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Result(Score score, Boolean success, Boolean completion, String response, String duration,
                     Extensions extensions) {

    /** @return a new, empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder for {@link Result}; unset properties are omitted from the JSON. */
    public static final class Builder {
        private Score score;
        private Boolean success;
        private Boolean completion;
        private String response;
        private String duration;
        private Extensions extensions;

        private Builder() {
        }

        /** Sets the score; returns this builder. */
        public Builder score(Score v) { score = v; return this; }

        /** Sets the success flag; returns this builder. */
        public Builder success(Boolean v) { success = v; return this; }

        /** Sets the completion flag; returns this builder. */
        public Builder completion(Boolean v) { completion = v; return this; }

        /** Sets the response; returns this builder. */
        public Builder response(String v) { response = v; return this; }

        /** Sets the ISO 8601 duration text, kept as given (e.g. {@code PT1H0.5S}); returns this builder. */
        public Builder duration(String v) { duration = v; return this; }

        /**
         * Sets the duration from a {@link Duration}, written as {@link Duration#toString()} (e.g. {@code PT1H0.5S}).
         *
         * @param v the duration
         * @return this builder
         */
        public Builder duration(Duration v) { duration = v == null ? null : v.toString(); return this; }

        /** Sets the result extensions; returns this builder. */
        public Builder extensions(Extensions v) { extensions = v; return this; }

        /** @return the immutable result */
        public Result build() {
            return new Result(score, success, completion, response, duration, extensions);
        }
    }
}
