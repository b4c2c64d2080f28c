package org.networkacademy.xapi.forwarding;

import org.junit.jupiter.api.Test;
import org.networkacademy.account.AccountService;
import org.networkacademy.account.Registration;
import org.networkacademy.xapi.lrs.AbstractLrsHttpTest;
import org.springframework.beans.factory.annotation.Autowired;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A forwarding target can receive only the statements of one cohort (or module), live and in backfills. */
class ForwardingScopeTest extends AbstractLrsHttpTest {

    @Autowired
    ForwardingService forwarding;
    @Autowired
    AccountService accounts;

    @Test
    void aCohortScopedTargetQueuesOnlyThatCohortsStatements() {
        Timestamp now = Timestamp.from(Instant.now());
        String code = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        jdbc.update("INSERT INTO cohort (name, module_id, language, status, join_code, created_at, version) VALUES ('Scoped', 'tsi-networks', 'en', 'OPEN', ?, ?, 0)", code, now);
        long cohort = jdbc.queryForObject("SELECT id FROM cohort WHERE join_code = ?", Long.class, code);
        String inCohort = UUID.randomUUID().toString();
        var user = accounts.register(new Registration("Scoped Learner", "s-" + UUID.randomUUID() + "@example.org",
                "correct-horse-battery", "TPO", "KE"));
        jdbc.update("INSERT INTO enrolment (registration, user_id, module_id, status, enrolled_at, last_activity_at, cohort_id, version) VALUES (?, ?, 'tsi-networks', 'IN_PROGRESS', ?, ?, ?, 0)",
                inCohort, user.getId(), now, now, cohort);

        // an unreachable target, paused so that nothing is sent: only the queue is looked at
        LrsTarget target = forwarding.add("cohort only", "http://127.0.0.1:9/xapi/", "1.0.3", "u", "p", 50);
        forwarding.pause(target.id());
        forwarding.setScope(target.id(), null, cohort);
        String other = UUID.randomUUID().toString();
        String mbox = "mailto:scope-" + UUID.randomUUID() + "@example.org";
        for (String registration : List.of(inCohort, other, inCohort)) {
            json(post("""
                    {"actor":{"mbox":"%s"},"verb":{"id":"http://example.org/v"},"object":{"id":"http://example.org/a"},
                     "context":{"registration":"%s"}}""".formatted(mbox, registration)));
        }
        List<String> queued = jdbc.queryForList("""
                SELECT s.registration FROM lrs_outbox o JOIN xapi_statement s ON s.seq = o.seq WHERE o.target_id = ?""",
                String.class, target.id());
        assertThat(queued).containsExactly(inCohort, inCohort);

        // a backfill of the whole history respects the scope too
        jdbc.update("DELETE FROM lrs_outbox WHERE target_id = ?", target.id());
        int backfilled = forwarding.backfill(target.id(), null, null, null);
        assertThat(backfilled).isEqualTo(2);
        assertThat(jdbc.queryForList("SELECT s.registration FROM lrs_outbox o JOIN xapi_statement s ON s.seq = o.seq WHERE o.target_id = ?",
                String.class, target.id())).containsOnly(inCohort);

        // back to "all": the other statement is queued by the next backfill
        forwarding.setScope(target.id(), null, null);
        assertThat(forwarding.backfill(target.id(), null, null, null)).isGreaterThanOrEqualTo(1);
        assertThatThrownBy(() -> forwarding.setScope(target.id(), "tsi-networks", cohort)).isInstanceOf(IllegalArgumentException.class);
        forwarding.delete(target.id());
    }

    @Test
    void onlyAdminsManageTargetsAndCredentials() {
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated("trainer", null,
                        List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_TRAINER"))));
        assertThatThrownBy(() -> forwarding.add("x", "http://127.0.0.1:9/xapi/", "1.0.3", "u", "p", 50))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> forwarding.list()).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> forwarding.update(1, "x", "http://127.0.0.1:9/xapi/", "1.0.3", "u", null, 50, 500))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> forwarding.delete(1)).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> clients.issue("x", java.util.Set.of("all")))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> forwarding.list()).isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }
}
