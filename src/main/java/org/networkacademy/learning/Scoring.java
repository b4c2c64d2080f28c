package org.networkacademy.learning;

import org.networkacademy.content.Question;
import org.networkacademy.content.SelfAssessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Pure scoring rules; no state, no I/O. */
public final class Scoring {

    private Scoring() {
    }

    /**
     * @param percent  score 0–100
     * @param passMark pass mark 0–100
     * @return true when {@code percent >= passMark}
     */
    public static boolean passes(int percent, int passMark) {
        return percent >= passMark;
    }

    /**
     * @param correct number of correct answers (≥ 0)
     * @param total   number of questions (> 0)
     * @return percent rounded half up, 0–100
     */
    public static int percent(long correct, long total) {
        if (total <= 0) {
            throw new IllegalArgumentException("total must be positive");
        }
        return BigDecimal.valueOf(correct * 100).divide(BigDecimal.valueOf(total), 0, RoundingMode.HALF_UP).intValue();
    }

    /**
     * The xAPI response text for choice questions: option ids sorted and joined with {@code [,]}
     * (xAPI 1.0.3 Data §2.4.4.1 "choice" response format).
     */
    public static String response(Collection<String> optionIds) {
        return String.join("[,]", new TreeSet<>(optionIds));
    }

    /** @return the option ids of a response made by {@link #response(Collection)} */
    public static Set<String> optionIds(String response) {
        return response.isEmpty() ? Set.of() : Set.of(response.split("\\[,]"));
    }

    /**
     * Averages Likert answers per dimension.
     *
     * @param selfAssessment the instrument
     * @param answers        item id → scale value; every item must be answered
     * @return dimension id → mean, in dimension order, rounded to 2 decimals
     * @throws IllegalArgumentException naming the first unanswered item or out-of-scale value
     */
    public static Map<String, BigDecimal> dimensionAverages(SelfAssessment selfAssessment, Map<String, Integer> answers) {
        var result = new LinkedHashMap<String, BigDecimal>();
        for (SelfAssessment.Dimension d : selfAssessment.dimensions()) {
            int sum = 0;
            for (SelfAssessment.Item item : d.items()) {
                Integer v = answers.get(item.id());
                if (v == null) {
                    throw new IllegalArgumentException("item '" + item.id() + "' is not answered");
                }
                if (v < selfAssessment.minValue() || v > selfAssessment.maxValue()) {
                    throw new IllegalArgumentException("item '" + item.id() + "' has value " + v + " outside the scale");
                }
                sum += v;
            }
            result.put(d.id(), BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(d.items().size()), 2, RoundingMode.HALF_UP));
        }
        return result;
    }

    /** @return the number of questions answered correctly, given question id → chosen option ids */
    public static long countCorrect(List<Question> questions, Map<String, Set<String>> answers) {
        return questions.stream().filter(q -> q.isCorrect(answers.getOrDefault(q.id(), Set.of()))).count();
    }
}
