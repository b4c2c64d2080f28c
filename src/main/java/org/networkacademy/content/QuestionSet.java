package org.networkacademy.content;

import java.util.List;
import java.util.Optional;

/**
 * A knowledge check or the final assessment.
 *
 * @param id        id, unique within the module
 * @param title     title
 * @param questions questions in display order
 * @param language  the language tag the title, prompts, options and feedback are written in
 */
public record QuestionSet(String id, String title, List<Question> questions, String language) {

    /** A question set written in English. */
    public QuestionSet(String id, String title, List<Question> questions) {
        this(id, title, questions, "en");
    }

    /** @return the question with this id, if any */
    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }
}
