package org.networkacademy.certification;

import org.junit.jupiter.api.Test;
import org.networkacademy.content.CertificationRules;
import org.networkacademy.content.ContentLoader;
import org.networkacademy.content.CourseModule;
import org.networkacademy.content.Lesson;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Pure parts of certification: rule evaluation, the rate limiter, CSV cell neutralising. */
class CertificationUnitTest {

    static final CourseModule MODULE = ContentLoader.load(Path.of("content/modules")).get("tsi-networks");

    static LearnerRecord everything() {
        Set<String> lessons = MODULE.lessons().stream().map(Lesson::id).collect(Collectors.toSet());
        Map<String, Integer> checks = new HashMap<>();
        MODULE.lessons().forEach(l -> checks.put(l.knowledgeCheck().id(), 100));
        return new LearnerRecord(lessons, checks, true, Set.of("PRE", "POST"), 1);
    }

    @Test
    void everyRuleMetIsEligible() {
        assertThat(CertificationRulesEvaluator.evaluate(MODULE, everything()).eligible()).isTrue();
    }

    @Test
    void eachMissingRequirementIsNamedWithWhatIsLacking() {
        var all = everything();
        String lesson3 = MODULE.lessons().get(2).id();
        var lessons = new java.util.HashSet<>(all.completedLessons());
        lessons.remove(lesson3);
        var checks = new HashMap<>(all.bestCheckPercent());
        checks.put(MODULE.lessons().get(4).knowledgeCheck().id(), 59);   // below 60
        var e = CertificationRulesEvaluator.evaluate(MODULE, new LearnerRecord(lessons, checks, false, Set.of("PRE"), 1));
        assertThat(e.missingRequirements()).containsExactly(Requirement.LESSONS_COMPLETED, Requirement.KNOWLEDGE_CHECKS,
                Requirement.FINAL_ASSESSMENT_PASSED, Requirement.READINESS_POST);
        assertThat(e.missing().get(0).details()).containsExactly(lesson3);
        assertThat(e.missing().get(1).details()).containsExactly(MODULE.lessons().get(4).id());
    }

    @Test
    void planContributionRuleCountsWhenConfigured() {
        var rules = MODULE.certification();
        var strict = new CourseModule(MODULE.id(), MODULE.version(), MODULE.title(), MODULE.summary(), MODULE.languages(),
                MODULE.passMark(), MODULE.lessons(), MODULE.selfAssessment(), MODULE.finalAssessment(),
                new CertificationRules(rules.requiredLessons(), rules.minKnowledgeCheckScore(), true, true, 1));
        var all = everything();
        var none = new LearnerRecord(all.completedLessons(), all.bestCheckPercent(), true, Set.of("PRE", "POST"), 0);
        assertThat(CertificationRulesEvaluator.evaluate(strict, none).missingRequirements())
                .containsExactly(Requirement.PLAN_CONTRIBUTIONS);
        assertThat(CertificationRulesEvaluator.evaluate(strict, all).eligible()).isTrue();
    }

    @Test
    void rateLimiterAllowsABurstThenRefillsPerMinute() {
        var clock = new MutableClock();
        var limiter = new VerificationRateLimiter(new CertificationProperties("x", "x@example.org", 3), clock);
        assertThat(List.of(limiter.tryAcquire("1.2.3.4"), limiter.tryAcquire("1.2.3.4"), limiter.tryAcquire("1.2.3.4"),
                limiter.tryAcquire("1.2.3.4"))).containsExactly(true, true, true, false);
        assertThat(limiter.tryAcquire("5.6.7.8")).as("other clients unaffected").isTrue();
        clock.now = clock.now.plusSeconds(20);   // a third of a minute: one token back
        assertThat(limiter.tryAcquire("1.2.3.4")).isTrue();
        assertThat(limiter.tryAcquire("1.2.3.4")).isFalse();
    }

    @Test
    void csvCellsThatWouldRunAsFormulasAreNeutralised() {
        for (String bad : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
            assertThat(CertificateCsv.neutralise(bad)).startsWith("'");
        }
        assertThat(CertificateCsv.neutralise("Zoë")).isEqualTo("Zoë");
        assertThat(CertificateCsv.neutralise("")).isEmpty();
    }

    static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-11-29T12:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Codes never start with '-' or '_' (a leading '-' is a formula to spreadsheets): 20,000 seeded draws, about 600 redrawn. */
    @Test
    void verificationCodesStartWithALetterOrDigit() {
        var random = new java.util.SplittableRandom(42);
        var codes = new java.util.HashSet<String>();
        for (int i = 0; i < 20_000; i++) {
            String code = CertificationService.newCode(random);
            org.assertj.core.api.Assertions.assertThat(code).hasSize(27).matches("[A-Za-z0-9][A-Za-z0-9_-]{26}");
            codes.add(code);
        }
        org.assertj.core.api.Assertions.assertThat(codes).hasSize(20_000);
    }
}
