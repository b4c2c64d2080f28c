package org.networkacademy.learning;

import java.util.List;
import java.util.Optional;

/**
 * What a trainee sees of their progress in one module; a snapshot for one page render.
 *
 * @param moduleId          the module
 * @param enrolled          whether the trainee has started the module
 * @param lessons           one row per lesson, in order
 * @param percentComplete   completed lessons as a percentage of all lessons (0–100)
 * @param nextLessonId      where to continue: the last lesson visited if unfinished, else the first unfinished
 * @param finalAssessment   the best final assessment result, if any
 * @param readinessPre      whether the pre-module self-assessment is done
 * @param readinessPost     whether the post-module self-assessment is done
 * @param moduleCompleted   whether the module is completed
 */
public record CourseOverview(String moduleId, boolean enrolled, List<LessonRow> lessons, int percentComplete,
                             Optional<String> nextLessonId, Optional<AssessmentResult> finalAssessment,
                             boolean readinessPre, boolean readinessPost, boolean moduleCompleted) {

    /**
     * @param lessonId        lesson
     * @param status          not started / in progress / completed
     * @param bestCheckScore  best knowledge check score in percent, if any attempt was finished
     * @param checkAttempts   number of knowledge check attempts
     * @param exerciseStatus  null (not started), or draft, submitted, returned for revision or accepted
     */
    public record LessonRow(String lessonId, LessonStatus status, Optional<Integer> bestCheckScore, int checkAttempts,
                            ExerciseSubmission.Stage exerciseStatus) {
    }

    /**
     * @param percent score in percent
     * @param passed  at or above the pass mark
     * @param attempts number of submitted attempts
     */
    public record AssessmentResult(int percent, boolean passed, int attempts) {
    }
}
