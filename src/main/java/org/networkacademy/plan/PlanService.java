package org.networkacademy.plan;

import jakarta.annotation.security.RolesAllowed;
import org.networkacademy.account.AccountService;
import org.networkacademy.account.AppUser;
import org.networkacademy.account.Role;
import org.networkacademy.content.CourseCatalog;
import org.networkacademy.content.CourseModule;
import org.networkacademy.content.Lesson;
import org.networkacademy.content.PlanGuidance;
import org.networkacademy.content.PlanGuidanceCatalog;
import org.networkacademy.learning.ExerciseSubmission;
import org.networkacademy.learning.LearningService;
import org.networkacademy.xapi.StatementStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The cohort's practice network plan (issue 5): one plan per cohort, created on first access,
 * with nine sections ({@link PlanSectionType}).
 *
 * <p>Every method checks, on the server, that the current user belongs to the cohort
 * ({@link PlanAccess}): trainees of the cohort edit; its trainers and admins read, comment and
 * set statuses. Saves are guarded by optimistic locking per section: the caller passes the
 * revision it loaded; when someone saved in between, {@link PlanConflictException} carries their
 * version and nothing is written (the section row is locked for the comparison, so two
 * simultaneous saves cannot both pass). Each save stores a revision (history, restore,
 * contribution counts) and an xAPI statement in the same transaction, and is announced to the
 * cohort's open pages after commit ({@link PlanBroadcaster}).
 *
 * <p>Refusals: {@link AccessDeniedException} (not a member, wrong role), {@link IllegalArgumentException}
 * with a translation key as message ({@code plan.error.*}) for invalid content.
 */
@Service
@Transactional
@RolesAllowed({Role.Names.TRAINEE, Role.Names.TRAINER, Role.Names.ADMIN})
public class PlanService {

    /** Longest trainer comment, in characters. */
    public static final int MAX_COMMENT = 5_000;

    /** A plan the current user may open. */
    public record PlanRef(long cohortId, String cohortName) {
    }

    /** A trainer comment as shown. */
    public record CommentView(String author, String body, Instant at) {
    }

    /**
     * A section as shown to the user.
     *
     * @param type      which section
     * @param content   its content
     * @param revision  the optimistic-lock token: pass it back to {@link #save}
     * @param status    review status
     * @param updatedBy display name of the last writer, or null when never saved
     * @param updatedAt time of the last save (UTC), or null
     * @param guidance  guidance text from the content files ("" when there is none)
     * @param comments  trainer comments, oldest first
     */
    public record SectionView(PlanSectionType type, SectionContent content, int revision, SectionStatus status,
                              String updatedBy, Instant updatedAt, String guidance, List<CommentView> comments) {
    }

    /**
     * A whole plan.
     *
     * @param cohortId   the cohort
     * @param cohortName its name
     * @param title      the plan's title from the content files
     * @param canEdit    the current user may edit (a trainee of the cohort)
     * @param canReview  the current user may comment and set statuses (trainer of the cohort, admin)
     * @param sections   the nine sections in order
     * @param contentLanguage the language tag the title and guidance (course content) are written in
     */
    public record PlanView(long cohortId, String cohortName, String title, boolean canEdit, boolean canReview,
                           List<SectionView> sections, String contentLanguage) {
        /** @return the section of this type */
        public SectionView section(PlanSectionType type) {
            return sections.stream().filter(s -> s.type() == type).findFirst().orElseThrow();
        }

        /** @return partner id → name, in table order */
        public Map<String, String> partnerNames() {
            var out = new LinkedHashMap<String, String>();
            section(PlanSectionType.PARTNERS).content().rows(PlanSectionType.Tables.PARTNERS)
                    .forEach(r -> out.put(r.get(SectionContent.ID), r.getOrDefault("name", "")));
            return out;
        }
    }

    /**
     * A past version of a section.
     *
     * @param revision     its number (from 1)
     * @param author       display name of who saved it
     * @param at           when (UTC)
     * @param source       edit, restore, exercise or map
     * @param restoredFrom for a restore, the revision restored
     * @param content      the content as saved
     */
    public record RevisionView(int revision, String author, Instant at, PlanRevision.Source source, Integer restoredFrom,
                               SectionContent content) {
    }

    private final PlanAccess access;
    private final AccountService accounts;
    private final NetworkPlanRepository plans;
    private final PlanSectionRepository sections;
    private final PlanRevisionRepository revisions;
    private final PlanCommentRepository comments;
    private final PlanStatements statements;
    private final StatementStore store;
    private final PlanBroadcaster broadcaster;
    private final PlanGuidanceCatalog guidance;
    private final CourseCatalog catalog;
    private final LearningService learning;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    private final org.networkacademy.certification.CertificationService certification;

    PlanService(PlanAccess access, AccountService accounts, NetworkPlanRepository plans, PlanSectionRepository sections,
                PlanRevisionRepository revisions, PlanCommentRepository comments, PlanStatements statements,
                StatementStore store, PlanBroadcaster broadcaster, PlanGuidanceCatalog guidance, CourseCatalog catalog,
                LearningService learning, JdbcTemplate jdbc, Clock clock,
                org.networkacademy.certification.CertificationService certification) {
        this.certification = certification;
        this.access = access;
        this.accounts = accounts;
        this.plans = plans;
        this.sections = sections;
        this.revisions = revisions;
        this.comments = comments;
        this.statements = statements;
        this.store = store;
        this.broadcaster = broadcaster;
        this.guidance = guidance;
        this.catalog = catalog;
        this.learning = learning;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ reading

    /** @return the plans the current user may open (their cohorts; every cohort for an admin), newest first */
    @Transactional(readOnly = true)
    public List<PlanRef> myPlans() {
        return access.accessibleCohorts();
    }

    /**
     * The cohort's plan, created (empty, all sections draft) on first access.
     *
     * @throws AccessDeniedException when the current user is not a member, trainer of the cohort or admin
     */
    public PlanView plan(long cohortId) {
        return plan(cohortId, null);
    }

    /**
     * As {@link #plan(long)}, with the title and guidance in {@code languageTag} when the module's
     * guidance is translated into it (else in English; {@link PlanView#contentLanguage()} says which).
     */
    public PlanView plan(long cohortId, String languageTag) {
        PlanAccess.Membership m = access.require(cohortId);
        long planId = ensurePlan(cohortId);
        Map<Long, String> names = new HashMap<>();
        var byKey = new HashMap<String, PlanSection>();
        sections.findByPlanId(planId).forEach(s -> byKey.put(s.getType().key(), s));
        Optional<PlanGuidance> g = languageTag == null ? guidance.forModule(m.moduleId())
                : guidance.forModule(m.moduleId(), languageTag);
        var views = new ArrayList<SectionView>();
        for (PlanSectionType t : PlanSectionType.values()) {
            views.add(view(byKey.get(t.key()), g, names));
        }
        String title = g.map(PlanGuidance::title).orElse("");
        String language = g.map(PlanGuidance::language)
                .orElseGet(() -> catalog.module(m.moduleId()).map(CourseModule::contentLanguage).orElse("en"));
        return new PlanView(cohortId, m.cohortName(), title, m.canEdit(), m.canReview(), List.copyOf(views), language);
    }

    /** @return one section of the cohort's plan (as in {@link #plan}) */
    public SectionView section(long cohortId, PlanSectionType type) {
        PlanAccess.Membership m = access.require(cohortId);
        return view(requireSection(ensurePlan(cohortId), type, false), guidance.forModule(m.moduleId()), new HashMap<>());
    }

    /**
     * @return the section's revisions, newest first
     * @throws AccessDeniedException as {@link #plan}
     */
    @Transactional(readOnly = true)
    public List<RevisionView> history(long cohortId, PlanSectionType type) {
        access.require(cohortId);
        PlanSection s = requireSection(planId(cohortId), type, false);
        Map<Long, String> names = new HashMap<>();
        return revisions.findBySectionIdOrderByRevisionDesc(s.getId()).stream()
                .map(r -> new RevisionView(r.getRevision(), name(r.getAuthorId(), names), r.getCreatedAt(), r.getSource(),
                        r.getRestoredFrom(), r.getContent())).toList();
    }

    // ------------------------------------------------------------------ writing

    /**
     * Saves a section edited by a trainee of the cohort.
     *
     * @param expectedRevision the {@link SectionView#revision()} the editor loaded
     * @param content          the whole new content of the section (unknown keys refused; blank rows dropped;
     *                         partner rows get ids; linkages to removed partners are dropped)
     * @return the section as saved (a new revision)
     * @throws PlanConflictException     when the section was saved by someone else since {@code expectedRevision}
     * @throws IllegalArgumentException  for invalid content ({@code plan.error.*})
     * @throws AccessDeniedException     when the user is not a trainee of the cohort
     */
    public SectionView save(long cohortId, PlanSectionType type, int expectedRevision, SectionContent content) {
        PlanAccess.Membership m = access.requireEditor(cohortId);
        return write(m, type, expectedRevision, content, PlanRevision.Source.EDIT, null);
    }

    /**
     * Restores a past revision: its content becomes a new revision (history is never rewritten).
     *
     * @throws PlanConflictException  when the section changed since {@code expectedRevision}
     * @throws NoSuchElementException when there is no such revision
     */
    public SectionView restore(long cohortId, PlanSectionType type, int revision, int expectedRevision) {
        PlanAccess.Membership m = access.requireEditor(cohortId);
        PlanSection s = requireSection(planId(cohortId), type, false);
        PlanRevision old = revisions.findBySectionIdAndRevision(s.getId(), revision)
                .orElseThrow(() -> new NoSuchElementException("no revision " + revision));
        return write(m, type, expectedRevision, old.getContent(), PlanRevision.Source.RESTORE, revision);
    }

    /**
     * Adds a partner from the network map (applied to the latest version: no conflict possible).
     *
     * @param type    one of {@link PlanSectionType.Choices#PARTNER_TYPES}
     * @param country free text (ISO code or name)
     * @return the partners section after the change
     */
    public SectionView addPartner(long cohortId, String name, String type, String country) {
        PlanAccess.Membership m = access.requireEditor(cohortId);
        PlanSection s = requireSection(ensurePlan(cohortId), PlanSectionType.PARTNERS, true);
        var rows = new ArrayList<>(s.getContent().rows(PlanSectionType.Tables.PARTNERS));
        var row = new LinkedHashMap<String, String>();
        row.put("name", name == null ? "" : name);
        row.put("type", type == null ? "" : type);
        row.put("country", country == null ? "" : country);
        rows.add(row);
        return write(m, PlanSectionType.PARTNERS, s.getRevision(),
                s.getContent().withRows(PlanSectionType.Tables.PARTNERS, rows), PlanRevision.Source.MAP, null);
    }

    /** Removes a partner (and its linkages) from the map; applied to the latest version. */
    public SectionView removePartner(long cohortId, String partnerId) {
        PlanAccess.Membership m = access.requireEditor(cohortId);
        PlanSection s = requireSection(ensurePlan(cohortId), PlanSectionType.PARTNERS, true);
        var rows = s.getContent().rows(PlanSectionType.Tables.PARTNERS).stream()
                .filter(r -> !partnerId.equals(r.get(SectionContent.ID))).toList();
        return write(m, PlanSectionType.PARTNERS, s.getRevision(),
                s.getContent().withRows(PlanSectionType.Tables.PARTNERS, rows), PlanRevision.Source.MAP, null);
    }

    /** Adds a linkage between two partners from the map; applied to the latest version. */
    public SectionView addLinkage(long cohortId, String fromId, String toId, String linkageType) {
        PlanAccess.Membership m = access.requireEditor(cohortId);
        PlanSection s = requireSection(ensurePlan(cohortId), PlanSectionType.PARTNERS, true);
        var rows = new ArrayList<>(s.getContent().rows(PlanSectionType.Tables.LINKAGES));
        rows.add(Map.of("from", nz(fromId), "to", nz(toId), "linkage-type", nz(linkageType)));
        return write(m, PlanSectionType.PARTNERS, s.getRevision(),
                s.getContent().withRows(PlanSectionType.Tables.LINKAGES, rows), PlanRevision.Source.MAP, null);
    }

    /** Removes the linkage at {@code index} of the linkages table (as last read); applied to the latest version. */
    public SectionView removeLinkage(long cohortId, String fromId, String toId, String linkageType) {
        PlanAccess.Membership m = access.requireEditor(cohortId);
        PlanSection s = requireSection(ensurePlan(cohortId), PlanSectionType.PARTNERS, true);
        var rows = new ArrayList<>(s.getContent().rows(PlanSectionType.Tables.LINKAGES));
        rows.removeIf(r -> nz(fromId).equals(r.get("from")) && nz(toId).equals(r.get("to"))
                && nz(linkageType).equals(r.get("linkage-type")));
        return write(m, PlanSectionType.PARTNERS, s.getRevision(),
                s.getContent().withRows(PlanSectionType.Tables.LINKAGES, rows), PlanRevision.Source.MAP, null);
    }

    /**
     * "Send to plan": adds the current trainee's answer to the exercise that feeds {@code type}
     * (see {@code plan-section} of the lesson exercises) to the section's exercise notes, with their
     * name. For the partners section, answer lines of the form {@code - Name (type, country)} or
     * {@code Name; type; country} also become partner rows (type guessed from known words).
     *
     * @return the section after the change
     * @throws NoSuchElementException when the trainee has no answer to that exercise yet
     */
    public SectionView sendExercise(long cohortId, PlanSectionType type) {
        PlanAccess.Membership m = access.requireEditor(cohortId);
        CourseModule module = catalog.require(m.moduleId());
        Lesson lesson = module.lessons().stream().filter(l -> l.exercise().planSection().equals(type.key())).findFirst()
                .orElseThrow(() -> new NoSuchElementException("plan.error.no-exercise"));
        String answer = learning.exercise(module.id(), lesson.id()).map(ExerciseSubmission::getAnswerText)
                .filter(t -> t != null && !t.isBlank())
                .orElseThrow(() -> new NoSuchElementException("plan.error.no-exercise"));
        PlanSection s = requireSection(ensurePlan(cohortId), type, true);
        SectionContent c = s.getContent();
        String notes = c.field("exercise-notes");
        String added = "— " + m.user().getDisplayName() + ":\n" + answer.strip();
        c = c.withField("exercise-notes", notes.isBlank() ? added : notes + "\n\n" + added);
        if (type == PlanSectionType.PARTNERS) {
            var rows = new ArrayList<>(c.rows(PlanSectionType.Tables.PARTNERS));
            rows.addAll(ExercisePartners.parse(answer));
            c = c.withRows(PlanSectionType.Tables.PARTNERS, rows);
        }
        return write(m, type, s.getRevision(), c, PlanRevision.Source.EXERCISE, null);
    }

    /**
     * Marks the current user as editing a section (shown to the cohort's other members) until the
     * returned registration is removed. Removing needs no logged-in user, so a page detached when
     * its session ends still clears the notice; removing twice does nothing more.
     *
     * @throws AccessDeniedException when the user is not a member of the cohort
     */
    @Transactional(readOnly = true)
    public com.vaadin.flow.shared.Registration startEditing(long cohortId, PlanSectionType type) {
        PlanAccess.Membership m = access.require(cohortId);
        long userId = m.user().getId();
        String name = m.user().getDisplayName();
        broadcaster.editing(cohortId, type.key(), userId, name, true);
        var removed = new java.util.concurrent.atomic.AtomicBoolean();
        return () -> {
            if (removed.compareAndSet(false, true)) {
                broadcaster.editing(cohortId, type.key(), userId, name, false);
            }
        };
    }

    // ------------------------------------------------------------------ review

    /**
     * A trainer (or admin) comments on a section.
     *
     * @throws IllegalArgumentException {@code plan.error.comment-empty} when blank, {@code plan.error.comment} when
     *                                  longer than {@link #MAX_COMMENT}
     * @throws AccessDeniedException    when the user is not a trainer of the cohort or admin
     */
    public SectionView comment(long cohortId, PlanSectionType type, String text) {
        PlanAccess.Membership m = access.requireReviewer(cohortId);
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new IllegalArgumentException("plan.error.comment-empty");
        }
        if (body.length() > MAX_COMMENT) {
            throw new IllegalArgumentException("plan.error.comment");
        }
        PlanSection s = requireSection(ensurePlan(cohortId), type, false);
        Instant now = clock.instant();
        comments.save(new PlanComment(s.getId(), m.user().getId(), body, now));
        store.save(statements.commented(m, type, body, now));
        announce(m, PlanBroadcaster.Kind.COMMENT, type);
        return view(s, guidance.forModule(m.moduleId()), new HashMap<>());
    }

    /**
     * A trainer (or admin) sets a section's status (draft, in review, approved). Approving a section
     * re-checks the certification rules of every trainee who contributed to it.
     */
    public SectionView setStatus(long cohortId, PlanSectionType type, SectionStatus status) {
        PlanAccess.Membership m = access.requireReviewer(cohortId);
        PlanSection s = requireSection(ensurePlan(cohortId), type, true);
        if (s.getStatus() != status) {
            Instant now = clock.instant();
            s.setStatus(status, m.user().getId(), now);
            sections.saveAndFlush(s);
            store.save(statements.statusSet(m, type, status, s.getRevision(), now));
            if (status == SectionStatus.APPROVED) {
                // an approved contribution can be a trainee's last certification requirement
                jdbc.queryForList("""
                        SELECT DISTINCT e.id FROM enrolment e JOIN plan_revision r ON r.author_id = e.user_id
                        WHERE e.cohort_id = ? AND r.section_id = ?""", Long.class, cohortId, s.getId())
                        .forEach(certification::issueIfEligible);
            }
            announce(m, PlanBroadcaster.Kind.STATUS, type);
        }
        return view(s, guidance.forModule(m.moduleId()), new HashMap<>());
    }

    // ------------------------------------------------------------------ contributions (certification)

    /**
     * Number of revisions a user saved in the cohort's plan (edits, restores, exercises, map changes).
     * The user themself, a trainer of the cohort or an admin may ask.
     */
    @Transactional(readOnly = true)
    public long contributions(long userId, long cohortId) {
        requireSelfOrReviewer(userId, cohortId);
        return count(userId, cohortId, false);
    }

    /**
     * Number of revisions a user saved in sections of the cohort's plan that are now approved —
     * the figure certification rules count ("contributed to approved plan sections").
     */
    @Transactional(readOnly = true)
    public long approvedContributions(long userId, long cohortId) {
        requireSelfOrReviewer(userId, cohortId);
        return count(userId, cohortId, true);
    }

    /** @return user id → number of revisions saved, for every contributor of the cohort's plan (trainers, admins) */
    @Transactional(readOnly = true)
    public Map<Long, Long> contributionsByUser(long cohortId) {
        access.requireReviewer(cohortId);
        var out = new LinkedHashMap<Long, Long>();
        jdbc.query("""
                SELECT r.author_id, COUNT(*) FROM plan_revision r JOIN plan_section s ON s.id = r.section_id
                JOIN network_plan p ON p.id = s.plan_id WHERE p.cohort_id = ? GROUP BY r.author_id ORDER BY r.author_id""",
                rs -> { out.put(rs.getLong(1), rs.getLong(2)); }, cohortId);
        return out;
    }

    /** @return user id → display name of the cohort's trainees, by name (for trainers and admins) */
    @Transactional(readOnly = true)
    public Map<Long, String> memberNames(long cohortId) {
        access.requireReviewer(cohortId);
        var out = new LinkedHashMap<Long, String>();
        jdbc.query("SELECT u.id, u.display_name FROM enrolment e JOIN app_user u ON u.id = e.user_id "
                + "WHERE e.cohort_id = ? ORDER BY u.display_name, u.id", rs -> { out.put(rs.getLong(1), rs.getString(2)); }, cohortId);
        return out;
    }

    private void requireSelfOrReviewer(long userId, long cohortId) {
        PlanAccess.Membership m = access.require(cohortId);
        if (!m.canReview() && m.user().getId() != userId) {
            throw new AccessDeniedException("contributions of others");
        }
    }

    private long count(long userId, long cohortId, boolean approvedOnly) {
        Long n = jdbc.queryForObject("""
                SELECT COUNT(*) FROM plan_revision r JOIN plan_section s ON s.id = r.section_id
                JOIN network_plan p ON p.id = s.plan_id
                WHERE p.cohort_id = ? AND r.author_id = ? AND (? = FALSE OR s.status = 'APPROVED')""",
                Long.class, cohortId, userId, approvedOnly);
        return n == null ? 0 : n;
    }

    // ------------------------------------------------------------------ internals

    private SectionView write(PlanAccess.Membership m, PlanSectionType type, int expectedRevision, SectionContent content,
                              PlanRevision.Source source, Integer restoredFrom) {
        long planId = ensurePlan(m.cohortId());
        PlanSection s = requireSection(planId, type, true);
        if (s.getRevision() != expectedRevision) {
            throw new PlanConflictException(view(s, guidance.forModule(m.moduleId()), new HashMap<>()));
        }
        SectionContent clean = normalise(type, content);
        Instant now = clock.instant();
        s.write(clean.toJson(), m.user().getId(), now);
        sections.saveAndFlush(s);
        revisions.save(new PlanRevision(s.getId(), s.getRevision(), clean.toJson(), m.user().getId(), now, restoredFrom, source));
        store.save(statements.updated(m, type, s.getRevision(), source, restoredFrom, now));
        announce(m, PlanBroadcaster.Kind.SAVED, type);
        return view(s, guidance.forModule(m.moduleId()), new HashMap<>());
    }

    /** Checks and tidies content: known keys only, lengths, choices, partner references. */
    private SectionContent normalise(PlanSectionType type, SectionContent content) {
        var fields = new LinkedHashMap<String, String>();
        for (var e : content.fields().entrySet()) {
            var spec = type.fields().stream().filter(f -> f.key().equals(e.getKey())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("plan.error.unknown-key"));
            String v = check(spec, e.getValue());
            if (!v.isEmpty()) {
                fields.put(e.getKey(), v);
            }
        }
        var tables = new LinkedHashMap<String, List<Map<String, String>>>();
        for (var e : content.tables().entrySet()) {
            var table = type.table(e.getKey()).orElseThrow(() -> new IllegalArgumentException("plan.error.unknown-key"));
            boolean partners = type == PlanSectionType.PARTNERS && table.key().equals(PlanSectionType.Tables.PARTNERS);
            var rows = new ArrayList<Map<String, String>>();
            for (Map<String, String> row : e.getValue()) {
                var clean = new LinkedHashMap<String, String>();
                for (var cell : row.entrySet()) {
                    if (partners && cell.getKey().equals(SectionContent.ID)) {
                        continue;
                    }
                    var spec = table.columns().stream().filter(c -> c.key().equals(cell.getKey())).findFirst()
                            .orElseThrow(() -> new IllegalArgumentException("plan.error.unknown-key"));
                    String v = check(spec, cell.getValue());
                    if (!v.isEmpty()) {
                        clean.put(cell.getKey(), v);
                    }
                }
                if (clean.isEmpty()) {
                    continue; // a blank row is no row
                }
                if (partners) {
                    if (clean.getOrDefault("name", "").isEmpty()) {
                        throw new IllegalArgumentException("plan.error.partner-name");
                    }
                    String id = row.get(SectionContent.ID);
                    var withId = new LinkedHashMap<String, String>();
                    withId.put(SectionContent.ID, id == null || id.isBlank() ? UUID.randomUUID().toString().substring(0, 8) : id);
                    withId.putAll(clean);
                    clean = withId;
                }
                rows.add(clean);
            }
            if (rows.size() > PlanSectionType.MAX_ROWS) {
                throw new IllegalArgumentException("plan.error.too-many-rows");
            }
            tables.put(e.getKey(), rows);
        }
        if (type == PlanSectionType.PARTNERS) {
            Set<String> ids = new HashSet<>();
            tables.getOrDefault(PlanSectionType.Tables.PARTNERS, List.of()).forEach(r -> ids.add(r.get(SectionContent.ID)));
            var links = tables.getOrDefault(PlanSectionType.Tables.LINKAGES, List.of()).stream()
                    .filter(r -> ids.contains(r.get("from")) && ids.contains(r.get("to"))).toList();
            for (var l : links) {
                if (l.get("from").equals(l.get("to"))) {
                    throw new IllegalArgumentException("plan.error.self-link");
                }
            }
            if (tables.containsKey(PlanSectionType.Tables.LINKAGES) || !links.isEmpty()) {
                tables.put(PlanSectionType.Tables.LINKAGES, links);
            }
        }
        return new SectionContent(fields, tables);
    }

    private static String check(PlanSectionType.Field spec, String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            return v;
        }
        int max = spec.kind() == PlanSectionType.Kind.LONG_TEXT ? PlanSectionType.MAX_LONG_TEXT : PlanSectionType.MAX_TEXT;
        if (v.length() > max) {
            throw new IllegalArgumentException("plan.error.too-long");
        }
        if (spec.kind() == PlanSectionType.Kind.CHOICE && !spec.choices().contains(v)) {
            throw new IllegalArgumentException("plan.error.choice");
        }
        return v;
    }

    private long ensurePlan(long cohortId) {
        // INSERT IGNORE: two members opening a new plan at the same moment both end up with the one plan.
        jdbc.update("INSERT IGNORE INTO network_plan (cohort_id, created_at) VALUES (?, ?)",
                cohortId, Timestamp.from(clock.instant()));
        long planId = planId(cohortId);
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM plan_section WHERE plan_id = ?", Integer.class, planId);
        if (n == null || n < PlanSectionType.values().length) {
            for (PlanSectionType t : PlanSectionType.values()) {
                jdbc.update("INSERT IGNORE INTO plan_section (plan_id, section_key, content_json, status, revision, version) "
                        + "VALUES (?, ?, ?, 'DRAFT', 0, 0)", planId, t.key(), SectionContent.EMPTY.toJson());
            }
        }
        return planId;
    }

    private long planId(long cohortId) {
        return plans.findByCohortId(cohortId).map(NetworkPlan::getId)
                .orElseGet(() -> jdbc.queryForObject("SELECT id FROM network_plan WHERE cohort_id = ?", Long.class, cohortId));
    }

    private PlanSection requireSection(long planId, PlanSectionType type, boolean lock) {
        return (lock ? sections.lockForUpdate(planId, type.key()) : sections.find(planId, type.key()))
                .orElseThrow(() -> new NoSuchElementException("no section " + type.key()));
    }

    private SectionView view(PlanSection s, Optional<PlanGuidance> g, Map<Long, String> names) {
        var cs = comments.findBySectionIdOrderByCreatedAtAsc(s.getId()).stream()
                .map(c -> new CommentView(name(c.getAuthorId(), names), c.getBody(), c.getCreatedAt())).toList();
        String guide = g.flatMap(x -> x.section(s.getType().key())).map(PlanGuidance.Section::guidance).orElse("");
        return new SectionView(s.getType(), s.getContent(), s.getRevision(), s.getStatus(),
                s.getUpdatedBy() == null ? null : name(s.getUpdatedBy(), names), s.getUpdatedAt(), guide, cs);
    }

    private String name(Long userId, Map<Long, String> names) {
        return names.computeIfAbsent(userId, id -> accounts.findById(id).map(AppUser::getDisplayName).orElse("?"));
    }

    private void announce(PlanAccess.Membership m, PlanBroadcaster.Kind kind, PlanSectionType type) {
        var event = new PlanBroadcaster.PlanEvent(m.cohortId(), kind, type.key(), m.user().getId(), m.user().getDisplayName());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    broadcaster.publish(event);
                }
            });
        } else {
            broadcaster.publish(event);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
