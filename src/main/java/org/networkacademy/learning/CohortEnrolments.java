package org.networkacademy.learning;

import jakarta.annotation.security.RolesAllowed;
import org.networkacademy.account.AppUser;
import org.networkacademy.account.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Optional;

/**
 * The learning records the cohort feature acts on for <em>other</em> users: attaching enrolments
 * to cohorts and reviewing exercise answers.
 *
 * <p>Methods join the caller's transaction ({@code MANDATORY}) and check roles only: the calling
 * cohort service has already checked that the current user trains the cohort concerned (or is
 * the user being enrolled).
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
@RolesAllowed({Role.Names.TRAINEE, Role.Names.TRAINER, Role.Names.ADMIN})
public class CohortEnrolments {

    private final EnrolmentRepository enrolments;
    private final ExerciseSubmissionRepository exercises;
    private final Clock clock;

    CohortEnrolments(EnrolmentRepository enrolments, ExerciseSubmissionRepository exercises, Clock clock) {
        this.enrolments = enrolments;
        this.exercises = exercises;
        this.clock = clock;
    }

    /**
     * The result of {@link #attach}.
     *
     * @param enrolment the user's enrolment, now in the cohort
     * @param created   whether the enrolment was created by this call (else an existing one was attached)
     * @param moved     whether it was in another cohort before
     */
    public record Attached(Enrolment enrolment, boolean created, boolean moved) {
    }

    /**
     * Attaches the user's enrolment in {@code moduleId} to the cohort, creating the enrolment
     * (with a new registration UUID) when the user has none. An existing enrolment keeps its
     * registration, so the learner's xAPI history stays one registration.
     */
    public Attached attach(AppUser user, String moduleId, long cohortId) {
        var existing = enrolments.findByUserIdAndModuleId(user.getId(), moduleId);
        if (existing.isPresent()) {
            Enrolment e = existing.get();
            boolean moved = e.getCohortId() != null && e.getCohortId() != cohortId;
            e.attachToCohort(cohortId);
            return new Attached(enrolments.saveAndFlush(e), false, moved);
        }
        Enrolment e = new Enrolment(user.getId(), moduleId, clock.instant());
        e.attachToCohort(cohortId);
        return new Attached(enrolments.saveAndFlush(e), true, false);
    }

    /** @return the user's enrolment in the module, if any */
    public Optional<Enrolment> find(long userId, String moduleId) {
        return enrolments.findByUserIdAndModuleId(userId, moduleId);
    }

    /** @return the enrolment with this id */
    public Optional<Enrolment> enrolment(long enrolmentId) {
        return enrolments.findById(enrolmentId);
    }

    /** @return the exercise submission with this id */
    public Optional<ExerciseSubmission> submission(long submissionId) {
        return exercises.findById(submissionId);
    }

    /** Saves a reviewed submission and flushes, so that a concurrent review fails here ({@code @Version}). */
    public ExerciseSubmission save(ExerciseSubmission submission) {
        return exercises.saveAndFlush(submission);
    }
}
