package org.networkacademy.certification;

import org.networkacademy.content.CourseModule;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads what certification needs from the learning tables (read-only SQL, so that the learning
 * feature keeps its repositories to itself and certification never writes its data).
 */
@Repository
class LearnerRecords {

    private final JdbcTemplate jdbc;

    LearnerRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The enrolment and its learner, locking the enrolment row until the transaction ends. */
    Optional<Certificate.Recipient> lockRecipient(long enrolmentId, java.util.function.Function<String, CourseModule> modules) {
        List<Certificate.Recipient> rows = jdbc.query("""
                SELECT e.id, e.registration, e.module_id, u.id AS user_id, u.uuid, u.email, u.display_name, u.institution, u.country
                FROM enrolment e JOIN app_user u ON u.id = e.user_id WHERE e.id = ? FOR UPDATE""", (rs, i) -> {
            CourseModule m = modules.apply(rs.getString("module_id"));
            return new Certificate.Recipient(rs.getLong("id"), rs.getString("registration"), rs.getLong("user_id"),
                    rs.getString("uuid"), rs.getString("email"), rs.getString("display_name"), rs.getString("institution"),
                    rs.getString("country"), m.id(), m.title(), m.version());
        }, enrolmentId);
        return rows.stream().findFirst();
    }

    /** @return the enrolment id of a user in a module */
    Optional<Long> enrolmentId(long userId, String moduleId) {
        return jdbc.query("SELECT id FROM enrolment WHERE user_id = ? AND module_id = ?", (rs, i) -> rs.getLong(1),
                userId, moduleId).stream().findFirst();
    }

    /** @return the name of the cohort the enrolment belongs to, if any */
    Optional<String> cohortName(long enrolmentId) {
        return jdbc.query("SELECT co.name FROM enrolment e JOIN cohort co ON co.id = e.cohort_id WHERE e.id = ?",
                (rs, i) -> rs.getString(1), enrolmentId).stream().findFirst();
    }

    /** @return whether the enrolment belongs to a cohort that the user trains */
    boolean inCohortTrainedBy(long enrolmentId, long trainerId) {
        Integer n = jdbc.queryForObject("""
                SELECT COUNT(*) FROM enrolment e JOIN cohort_trainer ct ON ct.cohort_id = e.cohort_id
                WHERE e.id = ? AND ct.user_id = ?""", Integer.class, enrolmentId, trainerId);
        return n != null && n > 0;
    }

    /** @return the owner of an enrolment */
    Optional<Long> ownerOf(long enrolmentId) {
        return jdbc.query("SELECT user_id FROM enrolment WHERE id = ?", (rs, i) -> rs.getLong(1), enrolmentId).stream().findFirst();
    }

    /** @return what the enrolment has achieved, including approved contributions to its cohort's plan */
    LearnerRecord record(long enrolmentId, CourseModule module) {
        Set<String> lessons = new HashSet<>(jdbc.queryForList(
                "SELECT lesson_id FROM lesson_progress WHERE enrolment_id = ? AND status = 'COMPLETED'", String.class, enrolmentId));
        Map<String, Integer> best = new HashMap<>();
        Set<String> phases = new HashSet<>();
        boolean[] passed = {false};
        jdbc.query("""
                SELECT kind, assessment_id, phase, score_raw, score_max, passed FROM attempt
                WHERE enrolment_id = ? AND status = 'SUBMITTED'""", rs -> {
            String kind = rs.getString("kind");
            switch (kind) {
                case "KNOWLEDGE_CHECK" -> {
                    BigDecimal raw = rs.getBigDecimal("score_raw");
                    BigDecimal max = rs.getBigDecimal("score_max");
                    if (raw != null && max != null && max.signum() > 0) {
                        int percent = raw.multiply(BigDecimal.valueOf(100)).divide(max, 0, RoundingMode.HALF_UP).intValue();
                        best.merge(rs.getString("assessment_id"), percent, Math::max);
                    }
                }
                case "FINAL_ASSESSMENT" -> passed[0] |= rs.getBoolean("passed")
                        && module.finalAssessment().id().equals(rs.getString("assessment_id"));
                case "SELF_ASSESSMENT" -> phases.add(rs.getString("phase"));
                default -> { }
            }
        }, enrolmentId);
        // revisions the learner saved in sections of their cohort's plan that a trainer has approved
        Integer approved = jdbc.queryForObject("""
                SELECT COUNT(*) FROM enrolment e
                JOIN network_plan p ON p.cohort_id = e.cohort_id
                JOIN plan_section s ON s.plan_id = p.id AND s.status = 'APPROVED'
                JOIN plan_revision r ON r.section_id = s.id AND r.author_id = e.user_id
                WHERE e.id = ?""", Integer.class, enrolmentId);
        return new LearnerRecord(lessons, best, passed[0], phases, approved == null ? 0 : approved);
    }

    /** @return the log-in e-mail of a user (only ever hashed, for Open Badges) */
    String email(long userId) {
        return jdbc.queryForObject("SELECT email FROM app_user WHERE id = ?", String.class, userId);
    }
}
