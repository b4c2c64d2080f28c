package org.networkacademy.content;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A scored question with options; every option carries feedback.
 *
 * @param id       id, unique within its question set
 * @param type     single choice, multiple choice or true/false
 * @param prompt   the question
 * @param options  the options, in display order
 * @param lessonId the lesson the question covers (final assessment only), or null
 */
public record Question(String id, QuestionType type, String prompt, List<Option> options, String lessonId) {

    /** @return ids of the correct options */
    public Set<String> correctOptionIds() {
        return options.stream().filter(Option::correct).map(Option::id).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Scores a response: correct only when exactly the correct options are chosen.
     *
     * @param selectedOptionIds ids of the options the trainee chose
     * @return true when the selection equals the set of correct options
     */
    public boolean isCorrect(Set<String> selectedOptionIds) {
        return correctOptionIds().equals(selectedOptionIds);
    }

    /** @return the option with this id, if any */
    public Optional<Option> option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }
}
