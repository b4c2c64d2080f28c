package org.networkacademy.content;

import java.util.List;
import java.util.Map;

/**
 * The readiness self-assessment: Likert items grouped in dimensions.
 *
 * @param id         id, unique within the module
 * @param title      title
 * @param intro      introduction shown before the items
 * @param scale      the Likert scale points, ascending
 * @param dimensions the dimensions, in display order
 * @param language   the language tag the texts are written in
 */
public record SelfAssessment(String id, String title, String intro, List<ScalePoint> scale, List<Dimension> dimensions,
                             String language) {

    /** A self-assessment written in English. */
    public SelfAssessment(String id, String title, String intro, List<ScalePoint> scale, List<Dimension> dimensions) {
        this(id, title, intro, scale, dimensions, "en");
    }

    /**
     * A point on the Likert scale.
     *
     * @param value numeric value, e.g. 1–5
     * @param label text shown, e.g. "Agree"
     */
    public record ScalePoint(int value, String label) {
    }

    /**
     * A dimension of readiness with its items and feedback per band.
     *
     * @param id       id, e.g. {@code vision}
     * @param title    title
     * @param feedback feedback by band {@code low}, {@code medium}, {@code high}
     * @param items    the Likert items
     */
    public record Dimension(String id, String title, Map<String, String> feedback, List<Item> items) {

        /**
         * @param average the dimension's mean score on the 1–5 scale
         * @return the feedback band: low below 2.5, high from 3.75, medium between
         */
        public String band(double average) {
            return average < 2.5 ? "low" : average < 3.75 ? "medium" : "high";
        }
    }

    /**
     * A Likert item.
     *
     * @param id   id, unique within the self-assessment
     * @param text the statement the trainee agrees or disagrees with
     */
    public record Item(String id, String text) {
    }

    /** @return the lowest scale value */
    public int minValue() {
        return scale.getFirst().value();
    }

    /** @return the highest scale value */
    public int maxValue() {
        return scale.getLast().value();
    }

    /** @return all items of all dimensions in display order */
    public List<Item> items() {
        return dimensions.stream().flatMap(d -> d.items().stream()).toList();
    }
}
