package org.networkacademy.learning;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {
    Optional<Enrolment> findByUserIdAndModuleId(Long userId, String moduleId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<Enrolment> findForUpdateById(Long id);
}

interface LessonProgressRepository extends JpaRepository<LessonProgress, Long> {
    List<LessonProgress> findByEnrolmentId(Long enrolmentId);

    Optional<LessonProgress> findByEnrolmentIdAndLessonId(Long enrolmentId, String lessonId);
}

interface AttemptRepository extends JpaRepository<Attempt, Long> {
    List<Attempt> findByEnrolmentIdOrderByIdAsc(Long enrolmentId);

    List<Attempt> findByEnrolmentIdAndAssessmentIdOrderByAttemptNumberAsc(Long enrolmentId, String assessmentId);

    Optional<Attempt> findByUuid(String uuid);
}

interface ExerciseSubmissionRepository extends JpaRepository<ExerciseSubmission, Long> {
    Optional<ExerciseSubmission> findByEnrolmentIdAndExerciseId(Long enrolmentId, String exerciseId);

    List<ExerciseSubmission> findByEnrolmentId(Long enrolmentId);
}
