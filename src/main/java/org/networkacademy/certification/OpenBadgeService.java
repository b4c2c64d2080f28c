package org.networkacademy.certification;

import org.networkacademy.content.CertificationRules;
import org.networkacademy.content.CourseCatalog;
import org.networkacademy.content.CourseModule;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public Open Badges 2.0 documents (no log-in: hosted verification needs them public). The
 * assertion discloses no more than the verification page does; the e-mail only as a salted hash.
 */
@Service
@Transactional(readOnly = true)
public class OpenBadgeService {

    private final CertificateRepository certificates;
    private final LearnerRecords records;
    private final CourseCatalog catalog;
    private final OpenBadges badges;
    private final ConcurrentHashMap<String, byte[]> images = new ConcurrentHashMap<>();

    OpenBadgeService(CertificateRepository certificates, LearnerRecords records, CourseCatalog catalog, OpenBadges badges) {
        this.certificates = certificates;
        this.records = records;
        this.catalog = catalog;
        this.badges = badges;
    }

    /** A hosted document and whether it describes a revoked assertion (served as 410 Gone). */
    public record Document(String json, boolean revoked) {
    }

    /** @return the Issuer profile JSON-LD */
    public String issuerJson() {
        return badges.toJson(badges.issuer());
    }

    /** @return the BadgeClass JSON-LD of a module, if the module exists */
    public Optional<String> badgeClassJson(String moduleId) {
        return catalog.module(moduleId).map(m -> badges.toJson(badges.badgeClass(m, criteria(m))));
    }

    /** @return the module's badge image (PNG, not baked) */
    public Optional<byte[]> badgeImage(String moduleId) {
        return catalog.module(moduleId).map(m -> images.computeIfAbsent(m.id(), id -> BadgePng.image(m.title())));
    }

    /** @return the Assertion JSON-LD of a certificate code, if there is such a certificate */
    public Optional<Document> assertionJson(String code) {
        return find(code).map(c -> new Document(badges.toJson(badges.assertion(c, records.email(c.getUserId()))),
                c.getStatus() == Certificate.Status.REVOKED));
    }

    /** @return the badge PNG with the assertion baked in; empty for unknown or revoked certificates */
    public Optional<byte[]> bakedBadge(String code) {
        return find(code).filter(c -> c.getStatus() == Certificate.Status.VALID).flatMap(c -> badgeImage(c.getModuleId())
                .map(png -> BadgePng.bake(png, badges.toJson(badges.assertion(c, records.email(c.getUserId()))))));
    }

    private Optional<Certificate> find(String code) {
        return code == null || !CertificationService.CODE.matcher(code).matches() ? Optional.empty() : certificates.findByCode(code);
    }

    /** The rules in words, for the BadgeClass criteria (English, like the content). */
    static String criteria(CourseModule m) {
        CertificationRules r = m.certification();
        var s = new StringBuilder("Awarded by Network Academy for the module \"").append(m.title()).append("\": ");
        s.append("complete ").append(r.requiredLessons().size() == m.lessons().size() ? "all " : "").append(r.requiredLessons().size())
                .append(" required lessons");
        if (r.minKnowledgeCheckScore() > 0) {
            s.append("; score at least ").append(r.minKnowledgeCheckScore()).append(" % on each lesson's knowledge check");
        }
        if (r.finalAssessmentPassed()) {
            s.append("; pass the final assessment (pass mark ").append(m.passMark()).append(" %)");
        }
        if (r.readinessPreAndPost()) {
            s.append("; take the readiness self-assessment before and after the module");
        }
        if (r.minApprovedPlanContributions() > 0) {
            s.append("; have at least ").append(r.minApprovedPlanContributions())
                    .append(" contribution(s) to the cohort's practice network plan approved");
        }
        return s.append('.').toString();
    }
}
