package org.networkacademy.xapi.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;

/**
 * The score of a Result (xAPI 1.0.3 Data §2.4.5.1). Numbers are {@link BigDecimal} so that values keep
 * exactly the digits sent ({@code 1.0} stays {@code 1.0}, {@code 0.95} never becomes {@code 0.9500000001}).
 *
 * @param scaled score between -1 and 1 inclusive
 * @param raw    raw score between min and max inclusive
 * @param min    lowest possible score, less than max
 * @param max    highest possible score, greater than min
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Score(BigDecimal scaled, BigDecimal raw, BigDecimal min, BigDecimal max) {

    /**
     * Creates a score with only the scaled value.
     *
     * @param scaled decimal text or number, e.g. {@code "0.95"}
     * @return the score
     * @throws NumberFormatException if {@code scaled} is not a number
     */
    public static Score scaled(String scaled) {
        return new Score(new BigDecimal(scaled), null, null, null);
    }

    /**
     * Creates a full score; any argument may be null.
     *
     * @param scaled scaled score
     * @param raw    raw score
     * @param min    minimum
     * @param max    maximum
     * @return the score
     */
    public static Score of(BigDecimal scaled, BigDecimal raw, BigDecimal min, BigDecimal max) {
        return new Score(scaled, raw, min, max);
    }
}
