package org.networkacademy.certification;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.networkacademy.account.AccountService;
import org.networkacademy.account.AppUser;
import org.networkacademy.account.Role;
import org.networkacademy.content.CourseCatalog;
import org.networkacademy.content.CourseModule;
import org.networkacademy.xapi.StatementStore;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Certification: checks enrolments against their module's rules, issues certificates (automatically
 * when the rules are met, or by a trainer/admin with a reason), revokes them with a reason, and
 * answers public verification look-ups. Every issue and revocation is an xAPI statement stored in
 * the same transaction.
 *
 * <p>Idempotent issuance: the enrolment row is locked while deciding, and the database allows one
 * certificate per enrolment, so there are never two.
 */
@Service
@Transactional
@RolesAllowed({Role.Names.TRAINEE, Role.Names.TRAINER, Role.Names.ADMIN})
public class CertificationService {

    /** Longest reason accepted for a manual issue or a revocation, in characters. */
    public static final int MAX_REASON_LENGTH = 1000;
    /** A verification code: 27 URL-safe Base64 characters (160 random bits). */
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{27}");

    private final AccountService accounts;
    private final CourseCatalog catalog;
    private final LearnerRecords records;
    private final CertificateRepository certificates;
    private final CertificationStatements statements;
    private final StatementStore store;
    private final VerificationRateLimiter limiter;
    private final CertificationProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    CertificationService(AccountService accounts, CourseCatalog catalog, LearnerRecords records,
                         CertificateRepository certificates, CertificationStatements statements, StatementStore store,
                         VerificationRateLimiter limiter, CertificationProperties properties, Clock clock) {
        this.accounts = accounts;
        this.catalog = catalog;
        this.records = records;
        this.certificates = certificates;
        this.statements = statements;
        this.store = store;
        this.limiter = limiter;
        this.properties = properties;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ trainee

    /**
     * @param moduleId the module
     * @return which certification requirements the current user has not met yet (all of them when not enrolled)
     */
    @Transactional(readOnly = true)
    public Eligibility eligibility(String moduleId) {
        CourseModule module = catalog.require(moduleId);
        AppUser user = accounts.currentUser();
        return records.enrolmentId(user.getId(), moduleId)
                .map(id -> CertificationRulesEvaluator.evaluate(module, records.record(id, module)))
                .orElseGet(() -> CertificationRulesEvaluator.evaluate(module,
                        new LearnerRecord(java.util.Set.of(), java.util.Map.of(), false, java.util.Set.of(), 0)));
    }

    /** @return the current user's certificate for the module, if one was issued (valid or revoked) */
    @Transactional(readOnly = true)
    public Optional<Certificate> myCertificate(String moduleId) {
        AppUser user = accounts.currentUser();
        return records.enrolmentId(user.getId(), moduleId).flatMap(certificates::findByEnrolmentId);
    }

    /**
     * Issues the enrolment's certificate when its module's rules are met and it has none yet.
     * Called by the learning feature after every event that can complete a requirement, inside
     * that event's transaction. Safe to call any number of times.
     *
     * @param enrolmentId an enrolment of the current user (or any, for a trainer or admin)
     * @return the new certificate, or empty when the rules are not met or one exists already
     * @throws AccessDeniedException when a trainee asks about someone else's enrolment
     */
    public Optional<Certificate> issueIfEligible(long enrolmentId) {
        AppUser user = accounts.currentUser();
        Long owner = records.ownerOf(enrolmentId).orElseThrow(() -> new NoSuchElementException("no enrolment " + enrolmentId));
        if (!owner.equals(user.getId()) && !mayActOn(user, enrolmentId)) {
            throw new AccessDeniedException("enrolment belongs to another user");
        }
        Certificate.Recipient recipient = records.lockRecipient(enrolmentId, catalog::require).orElseThrow();
        if (certificates.findByEnrolmentId(enrolmentId).isPresent()) {
            return Optional.empty();
        }
        CourseModule module = catalog.require(recipient.moduleId());
        if (!CertificationRulesEvaluator.evaluate(module, records.record(enrolmentId, module)).eligible()) {
            return Optional.empty();
        }
        return Optional.of(issue(recipient, Certificate.IssueMode.AUTOMATIC, null, null));
    }

    // ------------------------------------------------------------------ staff

    /**
     * Issues a certificate whatever the rules say, with a written reason (trainer or admin).
     *
     * @param traineeEmail the trainee's log-in e-mail
     * @param moduleId     the module they are enrolled in
     * @param reason       why (required, at most {@link #MAX_REASON_LENGTH} characters)
     * @return the new certificate
     * @throws IllegalArgumentException with a translation key: no reason, reason too long, no such
     *                                  trainee or enrolment, the trainee is in none of the cohorts of a
     *                                  caller who is only a trainer, or a certificate exists already
     */
    @RolesAllowed({Role.Names.TRAINER, Role.Names.ADMIN})
    public Certificate issueManually(String traineeEmail, String moduleId, String reason) {
        String why = requireReason(reason);
        CourseModule module = catalog.require(moduleId);
        AppUser trainee = accounts.findByEmail(traineeEmail)
                .orElseThrow(() -> new IllegalArgumentException("certification.error.no-trainee"));
        long enrolmentId = records.enrolmentId(trainee.getId(), module.id())
                .orElseThrow(() -> new IllegalArgumentException("certification.error.not-enrolled"));
        if (!mayActOn(accounts.currentUser(), enrolmentId)) {
            throw new IllegalArgumentException("certification.error.not-your-trainee");
        }
        Certificate.Recipient recipient = records.lockRecipient(enrolmentId, catalog::require).orElseThrow();
        if (certificates.findByEnrolmentId(enrolmentId).isPresent()) {
            throw new IllegalArgumentException("certification.error.exists");
        }
        return issue(recipient, Certificate.IssueMode.MANUAL, accounts.currentUser(), why);
    }

    /**
     * Revokes a certificate with a written reason (trainer or admin). The verification page then
     * says "revoked"; the certificate stays in the register.
     *
     * @throws IllegalArgumentException with a translation key: no reason, too long, unknown code, the
     *                                  certificate's trainee is in none of the cohorts of a caller who is only a
     *                                  trainer, revoked already
     */
    @RolesAllowed({Role.Names.TRAINER, Role.Names.ADMIN})
    public Certificate revoke(String code, String reason) {
        String why = requireReason(reason);
        Certificate c = certificates.findByCode(code == null ? "" : code.strip())
                .orElseThrow(() -> new IllegalArgumentException("certification.error.unknown-code"));
        AppUser staff = accounts.currentUser();
        if (!mayActOn(staff, c.getEnrolmentId())) {
            throw new IllegalArgumentException("certification.error.not-your-trainee");
        }
        if (c.getStatus() == Certificate.Status.REVOKED) {
            throw new IllegalArgumentException("certification.error.revoked-already");
        }
        c.revoke(staff.getId(), why, clock.instant());
        certificates.saveAndFlush(c);
        store.save(statements.revoked(c, staff.getUuid()));
        return c;
    }

    /**
     * The certificates register, newest first: every certificate for an admin; for a user who is only a
     * trainer, those of the trainees of their cohorts.
     *
     * @param text    part of a name or institution, or an exact code; blank = all
     * @param status  only this status, or null for both
     * @param country ISO country code, or blank for all
     * @param limit   at most this many rows (1–10,000)
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.TRAINER, Role.Names.ADMIN})
    public List<Certificate> register(String text, Certificate.Status status, String country, int limit) {
        AppUser me = accounts.currentUser();
        return certificates.search(text == null ? "" : text.strip(), status,
                country == null ? "" : country.strip().toUpperCase(Locale.ROOT), me.hasRole(Role.ADMIN) ? null : me.getId(),
                PageRequest.of(0, Math.clamp(limit, 1, 10_000)));
    }

    /**
     * The register as CSV (RFC 4180, UTF-8 with BOM, cells that a spreadsheet would run as a
     * formula neutralised), same filters as {@link #register}.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.TRAINER, Role.Names.ADMIN})
    public byte[] registerCsv(String text, Certificate.Status status, String country) {
        return CertificateCsv.write(register(text, status, country, 10_000), statements::verificationUrl);
    }

    /** The register as an Excel workbook (text cells only), same filters as {@link #register}. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.TRAINER, Role.Names.ADMIN})
    public byte[] registerXlsx(String text, Certificate.Status status, String country) {
        return CertificateXlsx.write(register(text, status, country, 10_000), statements::verificationUrl);
    }

    // ------------------------------------------------------------------ documents

    /**
     * A certificate the current user may see: their own, any for an admin, or for a trainer those of
     * the trainees of their cohorts.
     *
     * @throws NoSuchElementException when there is no such code
     * @throws AccessDeniedException  when it is someone else's and the user is a trainee
     */
    @Transactional(readOnly = true)
    public Certificate certificate(String code) {
        return ownOrStaff(code);
    }

    private Certificate ownOrStaff(String code) {
        Certificate c = certificates.findByCode(code).orElseThrow(() -> new NoSuchElementException("no certificate"));
        AppUser user = accounts.currentUser();
        if (!c.getUserId().equals(user.getId()) && !mayActOn(user, c.getEnrolmentId())) {
            throw new AccessDeniedException("certificate belongs to another user");
        }
        return c;
    }

    /**
     * The certificate as PDF, for its recipient or a trainer/admin.
     *
     * @param code the verification code
     * @return PDF bytes (A4 landscape, fonts embedded)
     * @throws NoSuchElementException for an unknown code
     * @throws AccessDeniedException  when a trainee asks for someone else's certificate
     */
    @Transactional(readOnly = true)
    public byte[] pdf(String code) {
        Certificate c = ownOrStaff(code);
        var t = new CertificateTexts(Locale.ENGLISH);
        String url = statements.verificationUrl(c.getCode());
        var content = new CertificatePdf.Content(t.get("certificate.pdf.heading"), t.get("certificate.pdf.intro"),
                c.getRecipientName(), t.get(c.getIssueMode() == Certificate.IssueMode.MANUAL
                        ? "certificate.pdf.awarded" : "certificate.pdf.completed"), c.getModuleTitle(),
                records.cohortName(c.getEnrolmentId()).map(name -> t.get("certificate.pdf.cohort", name)).orElse(null),
                t.get("certificate.pdf.issued", CertificatePdf.date(c.getIssuedAt(), t.locale()), properties.issuerName()),
                t.get("certificate.pdf.code", c.getCode()), url, t.get("certificate.pdf.scan"));
        return CertificatePdf.render(content, c.getIssuedAt());
    }

    /** @return the public verification URL of a code */
    @PermitAll
    public String verificationUrl(String code) {
        return statements.verificationUrl(code);
    }

    // ------------------------------------------------------------------ public

    /**
     * Public look-up of a verification code (no log-in), limited per client.
     *
     * @param code   the code from the certificate or its QR code
     * @param client the client's address, for the rate limit
     * @return valid / revoked with name, module and dates; unknown; or too many requests
     */
    @PermitAll
    @Transactional(readOnly = true)
    public Verification verify(String code, String client) {
        if (!limiter.tryAcquire(client)) {
            return Verification.of(Verification.State.TOO_MANY_REQUESTS);
        }
        if (code == null || !CODE.matcher(code).matches()) {
            return Verification.of(Verification.State.UNKNOWN);
        }
        return certificates.findByCode(code).map(c -> new Verification(
                        c.getStatus() == Certificate.Status.VALID ? Verification.State.VALID : Verification.State.REVOKED,
                        c.getRecipientName(), c.getModuleTitle(), c.getIssuedAt(), c.getRevokedAt(), c.getModuleId()))
                .orElse(Verification.of(Verification.State.UNKNOWN));
    }

    // ------------------------------------------------------------------ helpers

    private Certificate issue(Certificate.Recipient recipient, Certificate.IssueMode mode, AppUser issuer, String reason) {
        Instant now = clock.instant();
        var certificate = certificates.saveAndFlush(new Certificate(newCode(), newSalt(), recipient, mode,
                issuer == null ? null : issuer.getId(), reason, now));
        store.save(statements.earned(certificate, recipient.userUuid(), issuer == null ? null : issuer.getUuid()));
        return certificate;
    }

    /**
     * A verification code: 160 random bits in URL-safe Base64 (27 characters). It never starts with '-' or '_':
     * a leading '-' makes spreadsheets read the code as a formula, so CSV exports had to neutralise it with a quote
     * (and the exported code then differed from the real one); such draws are simply drawn again.
     */
    static String newCode(java.util.random.RandomGenerator random) {
        byte[] bytes = new byte[20];
        while (true) {
            random.nextBytes(bytes);
            String code = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            if (Character.isLetterOrDigit(code.charAt(0))) {
                return code;
            }
        }
    }

    private String newCode() {
        return newCode(random);
    }

    private String newSalt() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String requireReason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new IllegalArgumentException("certification.error.reason-required");
        }
        if (why.length() > MAX_REASON_LENGTH) {
            throw new IllegalArgumentException("certification.error.reason-too-long");
        }
        return why;
    }

    /**
     * Admins (programme staff) act on every enrolment; a user who is only a trainer on the enrolments
     * of the cohorts they train, as everywhere else in the platform.
     */
    private boolean mayActOn(AppUser user, long enrolmentId) {
        return user.hasRole(Role.ADMIN)
                || (user.hasRole(Role.TRAINER) && records.inCohortTrainedBy(enrolmentId, user.getId()));
    }
}
