package org.networkacademy.learning;

import jakarta.annotation.security.RolesAllowed;
import org.networkacademy.account.AccountService;
import org.networkacademy.account.AppUser;
import org.networkacademy.account.Role;
import org.networkacademy.certification.CertificationService;
import org.networkacademy.content.CourseCatalog;
import org.networkacademy.content.CourseModule;
import org.networkacademy.content.Lesson;
import org.networkacademy.content.Option;
import org.networkacademy.content.Question;
import org.networkacademy.content.QuestionSet;
import org.networkacademy.xapi.StatementStore;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The trainee's side of a module: enrolment, lessons, exercises, knowledge checks, the final
 * assessment and the readiness self-assessment.
 *
 * <p>Every method acts on the logged-in user only (read on the server from Spring Security) and
 * checks that attempts belong to that user. Each method is one transaction: the progress change
 * and the xAPI statements it causes are stored together or not at all.
 */
@Service
@Transactional
@RolesAllowed({Role.Names.TRAINEE, Role.Names.TRAINER, Role.Names.ADMIN})
public class LearningService {

    /** Self-assessment phases. */
    public static final String PRE = "PRE";
    public static final String POST = "POST";
    /** Longest exercise answer accepted, in characters. */
    public static final int MAX_EXERCISE_LENGTH = 20_000;

    private final AccountService accounts;
    private final CourseCatalog catalog;
    private final EnrolmentRepository enrolments;
    private final LessonProgressRepository progress;
    private final AttemptRepository attempts;
    private final ExerciseSubmissionRepository exercises;
    private final LearningStatements statements;
    private final StatementStore store;
    private final CertificationService certification;
    private final Clock clock;

    LearningService(AccountService accounts, CourseCatalog catalog, EnrolmentRepository enrolments,
                    LessonProgressRepository progress, AttemptRepository attempts,
                    ExerciseSubmissionRepository exercises, LearningStatements statements, StatementStore store,
                    CertificationService certification, Clock clock) {
        this.accounts = accounts;
        this.catalog = catalog;
        this.enrolments = enrolments;
        this.progress = progress;
        this.attempts = attempts;
        this.exercises = exercises;
        this.statements = statements;
        this.store = store;
        this.certification = certification;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ overview

    /**
     * @param moduleId the module
     * @return the current user's progress in it (not enrolled yet: every lesson not started)
     * @throws NoSuchElementException for an unknown module
     */
    @Transactional(readOnly = true)
    public CourseOverview overview(String moduleId) {
        CourseModule module = catalog.require(moduleId);
        AppUser user = accounts.currentUser();
        Optional<Enrolment> enrolment = enrolments.findByUserIdAndModuleId(user.getId(), moduleId);
        Map<String, LessonProgress> byLesson = enrolment.map(e -> progress.findByEnrolmentId(e.getId()))
                .orElse(List.of()).stream().collect(Collectors.toMap(LessonProgress::getLessonId, p -> p));
        List<Attempt> all = enrolment.map(e -> attempts.findByEnrolmentIdOrderByIdAsc(e.getId())).orElse(List.of());
        Map<String, ExerciseSubmission.Stage> exerciseStatus = enrolment.map(e -> exercises.findByEnrolmentId(e.getId()))
                .orElse(List.of()).stream().collect(Collectors.toMap(ExerciseSubmission::getExerciseId, ExerciseSubmission::stage));

        var rows = module.lessons().stream().map(l -> {
            var p = byLesson.get(l.id());
            List<Attempt> checks = all.stream().filter(a -> a.getAssessmentId().equals(l.knowledgeCheck().id())).toList();
            Optional<Integer> best = checks.stream().map(Attempt::percent).flatMap(Optional::stream).max(Integer::compare);
            return new CourseOverview.LessonRow(l.id(), p == null ? LessonStatus.NOT_STARTED : p.getStatus(), best,
                    checks.size(), exerciseStatus.get(l.exercise().id()));
        }).toList();
        long done = rows.stream().filter(r -> r.status() == LessonStatus.COMPLETED).count();
        int percent = Scoring.percent(done, module.lessons().size());

        Optional<String> next = enrolment.map(Enrolment::getLastLessonId)
                .filter(id -> byLesson.containsKey(id) && byLesson.get(id).getStatus() != LessonStatus.COMPLETED)
                .or(() -> rows.stream().filter(r -> r.status() != LessonStatus.COMPLETED).map(CourseOverview.LessonRow::lessonId).findFirst());

        List<Attempt> finals = all.stream().filter(a -> a.getKind() == AttemptKind.FINAL_ASSESSMENT
                && a.getStatus() == Attempt.Status.SUBMITTED).toList();
        Optional<CourseOverview.AssessmentResult> finalResult = finals.stream()
                .max(Comparator.comparing(a -> a.percent().orElse(0)))
                .map(a -> new CourseOverview.AssessmentResult(a.percent().orElse(0), Boolean.TRUE.equals(a.getPassed()), finals.size()));
        boolean pre = all.stream().anyMatch(a -> a.getKind() == AttemptKind.SELF_ASSESSMENT && PRE.equals(a.getPhase()));
        boolean post = all.stream().anyMatch(a -> a.getKind() == AttemptKind.SELF_ASSESSMENT && POST.equals(a.getPhase()));
        return new CourseOverview(moduleId, enrolment.isPresent(), rows, percent, next, finalResult, pre, post,
                enrolment.map(e -> e.getStatus() == EnrolmentStatus.COMPLETED).orElse(false));
    }

    // ------------------------------------------------------------------ lessons

    /**
     * Records that the current user opened a lesson: enrols on first use ("initialized"), marks the
     * lesson in progress on first visit ("experienced") and remembers it for "continue".
     *
     * @return the lesson's status after the visit
     * @throws NoSuchElementException for an unknown module or lesson
     */
    public LessonStatus openLesson(String moduleId, String lessonId) {
        CourseModule module = catalog.require(moduleId);
        Lesson lesson = requireLesson(module, lessonId);
        Enrolment enrolment = enrol(module);
        LearnerContext ctx = context(enrolment, module);
        Instant now = clock.instant();
        enrolment.touch(now, lessonId);
        var existing = progress.findByEnrolmentIdAndLessonId(enrolment.getId(), lessonId);
        if (existing.isPresent()) {
            return existing.get().getStatus();
        }
        progress.save(new LessonProgress(enrolment.getId(), lessonId, now));
        store.save(statements.lessonExperienced(ctx, lesson, now));
        return LessonStatus.IN_PROGRESS;
    }

    /**
     * Marks a lesson completed (the trainee reached its end and confirmed). Idempotent.
     *
     * @return true if this call completed the module as well
     * @throws NoSuchElementException for an unknown module or lesson
     */
    public boolean completeLesson(String moduleId, String lessonId) {
        CourseModule module = catalog.require(moduleId);
        Lesson lesson = requireLesson(module, lessonId);
        Enrolment enrolment = enrol(module);
        Instant now = clock.instant();
        LessonProgress p = progress.findByEnrolmentIdAndLessonId(enrolment.getId(), lessonId).orElseGet(() -> {
            var created = progress.save(new LessonProgress(enrolment.getId(), lessonId, now));
            store.save(statements.lessonExperienced(context(enrolment, module), lesson, now));
            return created;
        });
        enrolment.touch(now, lessonId);
        if (p.getStatus() == LessonStatus.COMPLETED) {
            return false;
        }
        p.complete(now);
        progress.saveAndFlush(p);
        store.save(statements.lessonCompleted(context(enrolment, module), lesson, now));
        boolean moduleCompleted = completeModuleIfDone(enrolment, module, now);
        certification.issueIfEligible(enrolment.getId());
        return moduleCompleted;
    }

    // ------------------------------------------------------------------ exercises

    /** @return the current user's answer to the lesson's exercise, if they wrote one */
    @Transactional(readOnly = true)
    public Optional<ExerciseSubmission> exercise(String moduleId, String lessonId) {
        CourseModule module = catalog.require(moduleId);
        Lesson lesson = requireLesson(module, lessonId);
        return findEnrolment(module).flatMap(e -> exercises.findByEnrolmentIdAndExerciseId(e.getId(), lesson.exercise().id()));
    }

    /**
     * Saves the exercise answer as a draft (no statement: drafts are not learning events).
     *
     * @throws IllegalArgumentException when the text is longer than {@link #MAX_EXERCISE_LENGTH}, or
     *                                  the answer is submitted already (submit a revised answer instead)
     */
    public ExerciseSubmission saveExerciseDraft(String moduleId, String lessonId, String text) {
        return writeExercise(moduleId, lessonId, text, false);
    }

    /**
     * Submits the exercise answer and records "submitted" with the text as result.response.
     *
     * @throws IllegalArgumentException when the text is blank or too long
     */
    public ExerciseSubmission submitExercise(String moduleId, String lessonId, String text) {
        return writeExercise(moduleId, lessonId, text, true);
    }

    private ExerciseSubmission writeExercise(String moduleId, String lessonId, String text, boolean submit) {
        String answer = text == null ? "" : text.strip();
        if (answer.length() > MAX_EXERCISE_LENGTH) {
            throw new IllegalArgumentException("exercise.error.too-long");
        }
        if (submit && answer.isEmpty()) {
            throw new IllegalArgumentException("exercise.error.empty");
        }
        CourseModule module = catalog.require(moduleId);
        Lesson lesson = requireLesson(module, lessonId);
        Enrolment enrolment = enrol(module);
        Instant now = clock.instant();
        enrolment.touch(now, lessonId);
        ExerciseSubmission s = exercises.findByEnrolmentIdAndExerciseId(enrolment.getId(), lesson.exercise().id())
                .orElseGet(() -> new ExerciseSubmission(enrolment.getId(), lessonId, lesson.exercise().id(), now));
        if (!submit && s.getStatus() == ExerciseSubmission.Status.SUBMITTED) {
            throw new IllegalArgumentException("exercise.error.submitted");
        }
        if (submit) {
            s.submit(answer, now);
            s = exercises.saveAndFlush(s);
            store.save(statements.exerciseSubmitted(context(enrolment, module), lesson, answer, now));
        } else {
            s.saveDraft(answer, now);
            s = exercises.saveAndFlush(s);
        }
        return s;
    }

    // ------------------------------------------------------------------ knowledge checks

    /**
     * The latest knowledge check attempt of a lesson (open or finished, so a finished one can be
     * reviewed), or the first attempt ("attempted") when there is none.
     *
     * @return the attempt, with the answers given so far
     */
    public Attempt currentCheckAttempt(String moduleId, String lessonId) {
        CourseModule module = catalog.require(moduleId);
        Lesson lesson = requireLesson(module, lessonId);
        return latestOrNewAttempt(enrol(module), module, AttemptKind.KNOWLEDGE_CHECK, lesson.knowledgeCheck(), true);
    }

    /**
     * Starts a new knowledge check attempt (a retry). When the latest attempt is still open it is
     * returned instead, so attempts are never abandoned half-answered.
     */
    public Attempt retryCheck(String moduleId, String lessonId) {
        CourseModule module = catalog.require(moduleId);
        Lesson lesson = requireLesson(module, lessonId);
        return latestOrNewAttempt(enrol(module), module, AttemptKind.KNOWLEDGE_CHECK, lesson.knowledgeCheck(), false);
    }

    /**
     * Answers one question of a knowledge check attempt and returns immediate feedback. When the
     * last question is answered the attempt is scored ("completed" with the score).
     *
     * @param attemptUuid       the attempt (must belong to the current user)
     * @param questionId        the question
     * @param selectedOptionIds chosen options (one for single choice and true/false)
     * @throws AccessDeniedException    when the attempt is someone else's
     * @throws IllegalArgumentException for an unknown question/option, an empty answer, or a question answered already
     */
    public AnswerFeedback answerCheckQuestion(String attemptUuid, String questionId, Set<String> selectedOptionIds) {
        Attempt attempt = ownAttempt(attemptUuid, AttemptKind.KNOWLEDGE_CHECK);
        if (attempt.getStatus() != Attempt.Status.IN_PROGRESS) {
            throw new IllegalArgumentException("check.error.finished");
        }
        Enrolment enrolment = enrolments.findById(attempt.getEnrolmentId()).orElseThrow();
        CourseModule module = catalog.require(enrolment.getModuleId());
        QuestionSet set = module.questionSet(attempt.getAssessmentId()).orElseThrow();
        Lesson lesson = module.lessons().stream().filter(l -> l.knowledgeCheck() == set).findFirst().orElseThrow();
        Question question = set.question(questionId).orElseThrow(() -> new IllegalArgumentException("check.error.unknown-question"));
        validateSelection(question, selectedOptionIds);
        if (attempt.answer(questionId).isPresent()) {
            throw new IllegalArgumentException("check.error.answered");
        }
        Instant now = clock.instant();
        boolean correct = question.isCorrect(selectedOptionIds);
        attempt.addAnswer(questionId, Scoring.response(selectedOptionIds), correct, now);
        LearnerContext ctx = context(enrolment, module);
        store.save(statements.questionAnswered(ctx, set, lesson, question, attempt, selectedOptionIds, correct, now));
        Optional<Integer> score = Optional.empty();
        if (attempt.getAnswers().size() == set.questions().size()) {
            long right = attempt.getAnswers().stream().filter(a -> Boolean.TRUE.equals(a.getCorrect())).count();
            int percent = Scoring.percent(right, set.questions().size());
            attempt.submit(BigDecimal.valueOf(right), BigDecimal.valueOf(set.questions().size()),
                    Scoring.passes(percent, module.certification().minKnowledgeCheckScore()), now);
            store.save(statements.knowledgeCheckCompleted(ctx, set, lesson, attempt, now));
            score = Optional.of(percent);
        }
        enrolment.touch(now, null);
        attempts.saveAndFlush(attempt);
        if (score.isPresent()) {
            certification.issueIfEligible(enrolment.getId());
        }
        List<Option> chosen = question.options().stream().filter(o -> selectedOptionIds.contains(o.id())).toList();
        List<Option> right = question.options().stream().filter(Option::correct).toList();
        return new AnswerFeedback(correct, chosen, right, score);
    }

    // ------------------------------------------------------------------ final assessment

    /**
     * The open final assessment attempt, or a new one ("attempted"). One attempt at a time.
     */
    public Attempt startFinalAssessment(String moduleId) {
        CourseModule module = catalog.require(moduleId);
        return latestOrNewAttempt(enrol(module), module, AttemptKind.FINAL_ASSESSMENT, module.finalAssessment(), false);
    }

    /**
     * Submits a final assessment attempt as a whole: scores it against the module's pass mark and
     * records one "answered" per question and "passed" or "failed" with score and duration.
     *
     * @param attemptUuid the open attempt of the current user
     * @param answers     question id → chosen option ids; unanswered questions count as wrong
     * @return the submitted attempt
     * @throws AccessDeniedException    when the attempt is someone else's
     * @throws IllegalArgumentException when it was submitted already or names unknown questions/options
     */
    public Attempt submitFinalAssessment(String attemptUuid, Map<String, Set<String>> answers) {
        Attempt attempt = ownAttempt(attemptUuid, AttemptKind.FINAL_ASSESSMENT);
        if (attempt.getStatus() != Attempt.Status.IN_PROGRESS) {
            throw new IllegalArgumentException("assessment.error.submitted");
        }
        Enrolment enrolment = enrolments.findById(attempt.getEnrolmentId()).orElseThrow();
        CourseModule module = catalog.require(enrolment.getModuleId());
        QuestionSet set = module.finalAssessment();
        for (var entry : answers.entrySet()) {
            Question q = set.question(entry.getKey()).orElseThrow(() -> new IllegalArgumentException("check.error.unknown-question"));
            if (!entry.getValue().isEmpty()) {
                validateSelection(q, entry.getValue());
            }
        }
        Instant now = clock.instant();
        LearnerContext ctx = context(enrolment, module);
        long right = 0;
        for (Question q : set.questions()) {
            Set<String> chosen = answers.getOrDefault(q.id(), Set.of());
            boolean correct = q.isCorrect(chosen);
            right += correct ? 1 : 0;
            attempt.addAnswer(q.id(), Scoring.response(chosen), correct, now);
            if (!chosen.isEmpty()) {
                Lesson lesson = module.lesson(q.lessonId()).orElseThrow();
                store.save(statements.questionAnswered(ctx, set, lesson, q, attempt, chosen, correct, now));
            }
        }
        int percent = Scoring.percent(right, set.questions().size());
        boolean passed = Scoring.passes(percent, module.passMark());
        attempt.submit(BigDecimal.valueOf(right), BigDecimal.valueOf(set.questions().size()), passed, now);
        attempts.saveAndFlush(attempt);
        store.save(statements.finalAssessmentScored(ctx, attempt, Duration.between(attempt.getStartedAt(), now), now));
        enrolment.touch(now, null);
        completeModuleIfDone(enrolment, module, now);
        certification.issueIfEligible(enrolment.getId());
        return attempt;
    }

    /** @return the current user's final assessment attempts, oldest first */
    @Transactional(readOnly = true)
    public List<Attempt> finalAssessmentAttempts(String moduleId) {
        CourseModule module = catalog.require(moduleId);
        return findEnrolment(module).map(e -> attempts.findByEnrolmentIdAndAssessmentIdOrderByAttemptNumberAsc(e.getId(),
                module.finalAssessment().id())).orElse(List.of());
    }

    // ------------------------------------------------------------------ readiness self-assessment

    /**
     * Submits the readiness self-assessment for a phase and records "completed" with the
     * per-dimension averages as result extensions.
     *
     * @param phase   {@link #PRE} or {@link #POST}; each phase is taken once; POST only after PRE and
     *                once every lesson is completed
     * @param answers item id → scale value, every item answered
     * @return dimension id → average (2 decimals)
     * @throws IllegalArgumentException naming the unanswered item, a bad phase, a phase already taken,
     *                                  or POST too early
     */
    public Map<String, BigDecimal> submitSelfAssessment(String moduleId, String phase, Map<String, Integer> answers) {
        if (!PRE.equals(phase) && !POST.equals(phase)) {
            throw new IllegalArgumentException("phase must be PRE or POST");
        }
        CourseModule module = catalog.require(moduleId);
        var instrument = module.selfAssessment();
        Map<String, BigDecimal> averages = Scoring.dimensionAverages(instrument, answers);
        Enrolment enrolment = enrol(module);
        List<Attempt> previous = attempts.findByEnrolmentIdAndAssessmentIdOrderByAttemptNumberAsc(enrolment.getId(), instrument.id());
        if (previous.stream().anyMatch(a -> phase.equals(a.getPhase()))) {
            throw new IllegalArgumentException("readiness.error.taken");
        }
        if (POST.equals(phase) && (previous.stream().noneMatch(a -> PRE.equals(a.getPhase()))
                || progress.findByEnrolmentId(enrolment.getId()).stream().filter(p -> p.getStatus() == LessonStatus.COMPLETED).count()
                < module.lessons().size())) {
            throw new IllegalArgumentException("readiness.error.post-too-early");
        }
        Instant now = clock.instant();
        var attempt = new Attempt(enrolment.getId(), AttemptKind.SELF_ASSESSMENT, instrument.id(), phase, previous.size() + 1, now);
        instrument.items().forEach(i -> attempt.addAnswer(i.id(), String.valueOf(answers.get(i.id())), null, now));
        BigDecimal total = averages.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        attempt.submit(total, BigDecimal.valueOf((long) instrument.maxValue() * averages.size()), null, now);
        attempts.saveAndFlush(attempt);
        store.save(statements.selfAssessmentCompleted(context(enrolment, module), attempt, averages, now));
        enrolment.touch(now, null);
        certification.issueIfEligible(enrolment.getId());
        return averages;
    }

    /**
     * @return phase ({@link #PRE}/{@link #POST}) → dimension id → average, for the phases taken
     */
    @Transactional(readOnly = true)
    public Map<String, Map<String, BigDecimal>> selfAssessmentResults(String moduleId) {
        CourseModule module = catalog.require(moduleId);
        var instrument = module.selfAssessment();
        var out = new java.util.LinkedHashMap<String, Map<String, BigDecimal>>();
        findEnrolment(module).ifPresent(e -> attempts.findByEnrolmentIdAndAssessmentIdOrderByAttemptNumberAsc(e.getId(), instrument.id())
                .forEach(a -> {
                    Map<String, Integer> answers = new HashMap<>();
                    a.getAnswers().forEach(ans -> answers.put(ans.getQuestionId(), Integer.parseInt(ans.getResponse())));
                    out.put(a.getPhase(), Scoring.dimensionAverages(instrument, answers));
                }));
        return out;
    }

    // ------------------------------------------------------------------ helpers

    /**
     * The latest attempt at a question set when it is still open (or, with {@code reuseFinished},
     * whatever its status), otherwise a new attempt with the next number ("attempted").
     */
    private Attempt latestOrNewAttempt(Enrolment enrolment, CourseModule module, AttemptKind kind, QuestionSet set,
                                       boolean reuseFinished) {
        List<Attempt> previous = attempts.findByEnrolmentIdAndAssessmentIdOrderByAttemptNumberAsc(enrolment.getId(), set.id());
        if (!previous.isEmpty() && (reuseFinished || previous.getLast().getStatus() == Attempt.Status.IN_PROGRESS)) {
            return previous.getLast();
        }
        return startAttempt(enrolment, module, kind, set, null, previous.size() + 1);
    }

    private Attempt startAttempt(Enrolment enrolment, CourseModule module, AttemptKind kind, QuestionSet set,
                                 String phase, int number) {
        Instant now = clock.instant();
        Attempt attempt = attempts.saveAndFlush(new Attempt(enrolment.getId(), kind, set.id(), phase, number, now));
        store.save(statements.assessmentAttempted(context(enrolment, module), set, module, attempt, now));
        return attempt;
    }

    private boolean completeModuleIfDone(Enrolment enrolment, CourseModule module, Instant now) {
        if (enrolment.getStatus() == EnrolmentStatus.COMPLETED) {
            return false;
        }
        long completed = progress.findByEnrolmentId(enrolment.getId()).stream()
                .filter(p -> p.getStatus() == LessonStatus.COMPLETED).count();
        Optional<Attempt> passedFinal = attempts.findByEnrolmentIdAndAssessmentIdOrderByAttemptNumberAsc(enrolment.getId(),
                module.finalAssessment().id()).stream().filter(a -> Boolean.TRUE.equals(a.getPassed())).findFirst();
        if (completed < module.lessons().size() || passedFinal.isEmpty()) {
            return false;
        }
        enrolment.complete(now);
        enrolments.saveAndFlush(enrolment);
        store.save(statements.moduleCompleted(context(enrolment, module), passedFinal.get(), now));
        return true;
    }

    private Enrolment enrol(CourseModule module) {
        AppUser user = accounts.currentUser();
        return enrolments.findByUserIdAndModuleId(user.getId(), module.id()).orElseGet(() -> {
            Instant now = clock.instant();
            Enrolment e = enrolments.saveAndFlush(new Enrolment(user.getId(), module.id(), now));
            store.save(statements.moduleInitialized(new LearnerContext(user.getUuid(), e.getRegistration(), module), now));
            return e;
        });
    }

    private Optional<Enrolment> findEnrolment(CourseModule module) {
        return enrolments.findByUserIdAndModuleId(accounts.currentUser().getId(), module.id());
    }

    private LearnerContext context(Enrolment enrolment, CourseModule module) {
        return new LearnerContext(accounts.currentUser().getUuid(), enrolment.getRegistration(), module);
    }

    private Attempt ownAttempt(String attemptUuid, AttemptKind kind) {
        Attempt attempt = attempts.findByUuid(attemptUuid).orElseThrow(() -> new NoSuchElementException("no such attempt"));
        Enrolment enrolment = enrolments.findById(attempt.getEnrolmentId()).orElseThrow();
        if (!enrolment.getUserId().equals(accounts.currentUser().getId()) || attempt.getKind() != kind) {
            throw new AccessDeniedException("attempt belongs to another user");
        }
        return attempt;
    }

    private static Lesson requireLesson(CourseModule module, String lessonId) {
        return module.lesson(lessonId).orElseThrow(() -> new NoSuchElementException("No lesson '" + lessonId + "'"));
    }

    private static void validateSelection(Question question, Set<String> selected) {
        if (selected == null || selected.isEmpty()) {
            throw new IllegalArgumentException("check.error.no-answer");
        }
        if (question.type() != org.networkacademy.content.QuestionType.MULTIPLE_CHOICE && selected.size() != 1) {
            throw new IllegalArgumentException("check.error.one-answer");
        }
        for (String id : selected) {
            if (question.option(id).isEmpty()) {
                throw new IllegalArgumentException("check.error.unknown-option");
            }
        }
    }
}
