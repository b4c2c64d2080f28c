package org.networkacademy.content;

import java.util.List;
import java.util.Optional;

/**
 * A knowledge check or the final assessment.
 *
 * @param id        id, unique within the module
 * @param title     title
 * @param questions questions in display order
 */
public record QuestionSet(String id, String title, List<Question> questions) {

    /** @return the question with this id, if any */
    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }
}
