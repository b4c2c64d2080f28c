package org.networkacademy.learning;

import org.networkacademy.content.Option;

import java.util.List;
import java.util.Optional;

/**
 * The immediate result of answering one knowledge check question.
 *
 * @param correct           whether the chosen options are exactly the correct ones
 * @param chosen            the chosen options, each with its feedback
 * @param correctOptions    the correct options (shown after answering)
 * @param completedScore    the attempt's score in percent once every question is answered
 */
public record AnswerFeedback(boolean correct, List<Option> chosen, List<Option> correctOptions,
                             Optional<Integer> completedScore) {
}
