package org.networkacademy.cohort.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.networkacademy.AbstractAppTest;
import org.networkacademy.account.AppUser;
import org.networkacademy.account.Registration;
import org.networkacademy.account.Role;
import org.networkacademy.cohort.Cohort;
import org.networkacademy.cohort.CohortExports;
import org.networkacademy.cohort.CohortService;
import org.networkacademy.cohort.Dashboard;
import org.networkacademy.content.CourseCatalog;
import org.networkacademy.learning.LearningService;
import org.networkacademy.xapi.XapiProfile;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A trainer runs a cohort in the UI: creates it, imports trainees (a file with bad rows is
 * refused, a good one imported), a trainee joins with the code, the trainer sees their progress,
 * returns their exercise with feedback that the trainee then reads, and exports the grid as CSV.
 */
class CohortUiTest extends AbstractAppTest {

    @Autowired
    CohortService cohorts;
    @Autowired
    LearningService learning;
    @Autowired
    CourseCatalog catalog;
    @Autowired
    CohortExports exports;
    @Autowired
    org.networkacademy.cohort.TrainerDashboard dashboard;

    private AppUser user(String name, Role... roles) {
        var set = EnumSet.of(Role.TRAINEE);
        set.addAll(java.util.List.of(roles));
        return accounts.create(new Registration(name, "ui-" + UUID.randomUUID() + "@example.org", "correct-horse-battery",
                "Kenya Export Promotion Agency", "KE"), set);
    }

    /**
     * A corrected file replaces a bad one without removing it first: once a file is checked the
     * Upload's file list is emptied (its one-file limit would refuse the next file otherwise), and
     * the next upload's preview replaces the previous one. Long values wrap and show in tooltips.
     */
    @Test
    @SuppressWarnings("unchecked")
    void correctedFileReplacesTheBadOneAndLongValuesStayReadable() {
        AppUser trainer = user("Upload Trainer", Role.TRAINER);
        login(trainer);
        Cohort cohort = cohorts.create(new org.networkacademy.cohort.CohortDetails("Upload cohort", catalog.defaultModule().id(),
                null, null, null, org.networkacademy.cohort.CohortStatus.OPEN, java.util.Set.of()));
        UI.getCurrent().navigate(ImportView.class, CohortPage.params(cohort.getId()));
        var upload = _get(com.vaadin.flow.component.upload.Upload.class);
        assertThat(upload.getMaxFiles()).isEqualTo(1);
        String longInstitution = "Chambre de Commerce, d'Industrie et d'Agriculture de la Région Centre-Est – Délégation régionale";
        String longMail = "marie-claire.nkurunziza-" + UUID.randomUUID().toString().substring(0, 8)
                + "@regional-trade-support-network.example-institution.org";

        assertThat(uploadAndSeeFileListEmptied(upload, "trainees.csv", "name;email;institution;country\nBad;bad-mail;X;ZZ\n"))
                .as("the checked file is taken off the Upload's list").isTrue();
        assertThat(_get(Paragraph.class, s -> s.withId("import-summary")).getText()).isEqualTo("1 row(s), 1 with problems.");
        assertThat(_get(Button.class, s -> s.withId("import-commit")).isEnabled()).isFalse();

        // the corrected file, dropped straight away
        assertThat(uploadAndSeeFileListEmptied(upload, "trainees-fixed.csv",
                "name;email;institution;country\nFixed Trainee;" + longMail + ";" + longInstitution + ";KE\n"))
                .as("the checked file is taken off the Upload's list").isTrue();
        _assertOne(Grid.class);
        assertThat(_get(Paragraph.class, s -> s.withId("import-summary")).getText()).isEqualTo("1 row(s), 0 with problems.");
        assertThat(_get(Button.class, s -> s.withId("import-commit")).isEnabled()).isTrue();
        Grid<org.networkacademy.cohort.TraineeCsv.Row> rows = _get(Grid.class, s -> s.withId("import-rows"));
        assertThat(_getFormatted(rows, 0, "email")).isEqualTo(longMail);

        // long values: wrapped cells (addresses may break anywhere) and the whole value as a tooltip
        assertThat(rows.getThemeNames()).contains("wrap-cell-content");
        var row = rows.getGenericDataView().getItems().findFirst().orElseThrow();
        for (String key : new String[] {"name", "email", "institution", "check"}) {
            var column = rows.getColumnByKey(key);
            assertThat(column.getTooltipGenerator()).as(key).isNotNull();
            assertThat(column.getPartNameGenerator().apply(row)).as(key).isEqualTo("na-cell-break");
        }
        assertThat(rows.getColumnByKey("email").getTooltipGenerator().apply(row)).isEqualTo(longMail);
        assertThat(rows.getColumnByKey("institution").getTooltipGenerator().apply(row)).isEqualTo(longInstitution);
        assertThat(rows.getColumnByKey("check").getTooltipGenerator().apply(row)).isEqualTo("OK, new user");
    }

    /**
     * Uploads a file as the browser would (Karibu plays the round trip, which sends the queued
     * JavaScript calls) and tells whether the Upload was then told to empty its file list
     * ({@code Upload.clearFileList()}).
     */
    private static boolean uploadAndSeeFileListEmptied(com.vaadin.flow.component.upload.Upload upload, String fileName, String csv) {
        var calls = new java.util.ArrayList<String>();
        kotlin.jvm.functions.Function1<com.vaadin.flow.component.internal.PendingJavaScriptInvocation, kotlin.Unit> recorder = js -> {
            calls.add(js.getInvocation().getExpression());
            return kotlin.Unit.INSTANCE;
        };
        var handlers = com.github.mvysny.kaributesting.v10.TestingLifecycleHookKt.getPendingJavascriptInvocationHandlers();
        handlers.add(recorder);
        try {
            com.github.mvysny.kaributesting.v10.UploadKt._upload(upload, fileName, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
            com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
        } finally {
            handlers.remove(recorder);
        }
        return calls.stream().anyMatch(js -> js.contains("this.files = []"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void trainerRunsACohort() {
        var module = catalog.defaultModule();
        var lesson1 = module.lessons().getFirst();
        AppUser trainer = user("Wanjiru Trainer", Role.TRAINER);
        AppUser trainee = user("Karim Trainee");

        // --- create a cohort
        login(trainer);
        UI.getCurrent().navigate(CohortsView.class);
        _click(_get(Button.class, s -> s.withId("cohort-new")));
        _assertOne(CohortEditView.class);
        enter(_get(TextField.class, s -> s.withId("cohort-name")), "Nairobi – cohort 1");
        _click(_get(Button.class, s -> s.withId("cohort-save")));
        _assertOne(CohortDashboardView.class);
        Cohort cohort = cohorts.myCohorts().getFirst();
        assertThat(cohort.getName()).isEqualTo("Nairobi – cohort 1");
        assertThat(cohort.getTrainerIds()).containsExactly(trainer.getId());
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Nairobi – cohort 1: Progress | Network Academy");
        _get(Anchor.class, s -> s.withText(cohorts.inviteLink(cohort)));

        // --- import: bad rows are shown and nothing can be imported; then a good file
        UI.getCurrent().navigate(ImportView.class, CohortPage.params(cohort.getId()));
        var importView = _get(ImportView.class);
        importView.check("name;email;institution;country\nÉlodie;elodie@example.org;CCI;FR\nBad;bad-mail;X;ZZ\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(_get(Paragraph.class, s -> s.withId("import-summary")).getText()).isEqualTo("2 row(s), 1 with problems.");
        Grid<?> rows = _get(Grid.class, s -> s.withId("import-rows"));
        assertThat(_size(rows)).isEqualTo(2);
        assertThat(_get(Button.class, s -> s.withId("import-commit")).isEnabled()).isFalse();
        assertThat(_getCellComponent(rows, 1, "check").getElement().getTextRecursively()).contains("Not a valid e-mail address")
                .contains("Unknown country code");
        assertThat(_getCellComponent(rows, 0, "check").getElement().getTextRecursively()).isEqualTo("OK, new user");
        // the second file goes through the Upload component (its in-memory upload handler)
        com.github.mvysny.kaributesting.v10.UploadKt._upload(_get(com.vaadin.flow.component.upload.Upload.class), "trainees.csv", "text/csv",
                ("\uFEFFname,email,institution,country\nÉlodie,elodie-" + UUID.randomUUID() + "@example.org,CCI,FR\n")
                        .getBytes(StandardCharsets.UTF_8));
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
        assertThat(_get(Paragraph.class, s -> s.withId("import-summary")).getText()).isEqualTo("1 row(s), 0 with problems.");
        _click(_get(Button.class, s -> s.withId("import-commit")));
        assertThat(_get(Paragraph.class, s -> s.withId("import-done")).getText())
                .isEqualTo("Imported: 1 new user(s), 0 existing user(s) enrolled, 0 trainer(s) added.");
        // the trainer (no admin involved) is shown the new user's one-time link to pass on
        assertThat(_get(com.vaadin.flow.component.html.UnorderedList.class, s -> s.withId("import-links")).getElement().getTextRecursively())
                .startsWith("Élodie <elodie-").contains(": https://academy.example.org/set-password/");

        // --- a trainee joins with the code and works on lesson 1
        login(trainee);
        UI.getCurrent().navigate("join/" + cohort.getJoinCode());
        _click(_get(Button.class, s -> s.withId("join-submit")));
        assertThat(_get(Paragraph.class, s -> s.withId("join-result")).getText()).startsWith("You have joined Nairobi – cohort 1.");
        learning.completeLesson(module.id(), lesson1.id());
        learning.submitExercise(module.id(), lesson1.id(), "Our network: =cmd|' /C calc'!A0");

        // --- the trainer sees the progress in the grid
        login(trainer);
        UI.getCurrent().navigate(CohortDashboardView.class, CohortPage.params(cohort.getId()));
        Grid<Dashboard.LearnerRow> grid = _get(Grid.class, s -> s.withId("learner-grid"));
        assertThat(_size(grid)).isEqualTo(2);
        grid.sort(java.util.List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(grid.getColumnByKey("progress"),
                com.vaadin.flow.data.provider.SortDirection.DESCENDING)));
        assertThat(_getFormatted(grid, 0, "name")).isEqualTo("Karim Trainee");
        assertThat(_getFormatted(grid, 0, "progress")).isEqualTo("13 %");
        assertThat(_getFormatted(grid, 0, "lesson:" + lesson1.id())).isEqualTo("Done");
        assertThat(_getFormatted(grid, 0, "exercise:" + lesson1.exercise().id())).isEqualTo("To review");
        assertThat(_getFormatted(grid, 1, "lesson:" + lesson1.id())).isEqualTo("Not started");
        assertThat(_get(Anchor.class, s -> s.withText("Download CSV")).getElement().getAttribute("download"))
                .isEqualTo("Nairobi – cohort 1 – Progress.csv");
        _get(Anchor.class, s -> s.withText("Download Excel (XLSX)"));

        // --- last activity in the browser's time zone and the UI's locale; UTC (said so) when unknown
        java.time.Instant last = dashboard.learners(cohort.getId(), 0, 1, Dashboard.Sort.PROGRESS, false).getFirst().lastActivity();
        assertThat(_getFormatted(grid, 0, "last")).isEqualTo(java.time.format.DateTimeFormatter
                .ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(java.time.ZoneOffset.UTC).format(last));
        browserTimeZone("Asia/Tokyo");
        UI.getCurrent().navigate(CohortDashboardView.class, CohortPage.params(cohort.getId()));
        grid = _get(Grid.class, s -> s.withId("learner-grid"));
        grid.sort(java.util.List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(grid.getColumnByKey("progress"),
                com.vaadin.flow.data.provider.SortDirection.DESCENDING)));
        assertThat(_getFormatted(grid, 0, "last")).doesNotContain("UTC").isEqualTo(java.time.format.DateTimeFormatter
                .ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM, java.time.format.FormatStyle.SHORT)
                .withLocale(UI.getCurrent().getLocale()).withZone(java.time.ZoneId.of("Asia/Tokyo")).format(last));
        browserTimeZone("Not/AZone"); // a zone Java does not know: UTC again
        UI.getCurrent().navigate(CohortDashboardView.class, CohortPage.params(cohort.getId()));
        assertThat(_getFormatted(_get(Grid.class, s -> s.withId("learner-grid")), 0, "last")).endsWith(" UTC");

        // --- review: return for revision with feedback
        UI.getCurrent().navigate(ReviewQueueView.class, CohortPage.params(cohort.getId()));
        Article card = _get(Article.class);
        assertThat(card.getElement().getTextRecursively()).contains("Karim Trainee").contains("Our network: =cmd");
        enter(_get(card, TextArea.class), "Please name the partners and their roles.");
        _click(_get(card, Button.class, s -> s.withText("Return for revision")));
        assertThat(_find(Article.class)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM xapi_statement WHERE verb_id = ? AND actor_key LIKE ?", Integer.class,
                XapiProfile.RETURNED_FOR_REVISION, "%" + trainer.getUuid())).isEqualTo(1);

        // --- export CSV: UTF-8 BOM, header, the learner, numbers as numbers, formula text neutralised
        String csv = new String(exports.grid(cohort.getId(), k -> new com.vaadin.flow.component.html.Span().getTranslation(k)).csv(),
                StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFName,Institution,Country,Progress,Last activity,L1 lesson,L1 check,L1 exercise,");
        assertThat(csv).contains("\r\nKarim Trainee,Kenya Export Promotion Agency,KE,13,").contains(",Done,Not started,Returned,");

        // --- the other dashboard pages render for the trainer
        UI.getCurrent().navigate(AtRiskView.class, CohortPage.params(cohort.getId()));
        Grid<Dashboard.AtRisk> risk = _get(Grid.class, s -> s.withId("risk-grid"));
        assertThat(_size(risk)).isEqualTo(2); // both below the default 25 % progress
        UI.getCurrent().navigate(ItemAnalysisView.class, CohortPage.params(cohort.getId()));
        assertThat(_size(_get(Grid.class, s -> s.withId("item-grid")))).isGreaterThan(40);
        UI.getCurrent().navigate(CohortReadinessView.class, CohortPage.params(cohort.getId()));
        _get(Paragraph.class, s -> s.withText("Readiness self-assessment taken before the module by 0, after the module by 0 learner(s)."));

        // --- the trainee sees one unread notification, then reads the feedback
        login(trainee);
        UI.getCurrent().navigate(FeedbackView.class);
        // the layout was built before the page marked the notification read
        assertThat(_get(com.vaadin.flow.component.html.Span.class, s -> s.withId("unread-count")).getText()).isEqualTo("1 new");
        String page = _get(FeedbackView.class).getElement().getTextRecursively();
        assertThat(page).contains("Your trainer returned your exercise in lesson 1. " + lesson1.title() + " for revision")
                .contains("Trainer’s feedback: Please name the partners and their roles.").contains("Returned");
    }

    /** What the browser reports about itself (Vaadin's ExtendedClientDetails), here only its time zone matters. */
    private static void browserTimeZone(String zoneId) {
        var ui = UI.getCurrent();
        java.util.Map<String, String> values = java.util.Map.of("v-sw", "1920", "v-sh", "1080", "v-ww", "1900", "v-wh", "1000",
                "v-bw", "1900", "v-bh", "1000", "v-tzo", "-540", "v-rtzo", "-540", "v-dstd", "0", "v-dston", "false");
        var details = com.vaadin.flow.component.page.ExtendedClientDetails.updateFromValues(ui,
                key -> key.equals("v-tzid") ? zoneId : values.get(key));
        ui.getInternals().setExtendedClientDetails(details);
    }

    /** A French trainer reads the module's French title in the cohort list and the cohort form, as trainees do. */
    @Test
    @SuppressWarnings("unchecked")
    void frenchTrainerSeesTheFrenchModuleTitle() {
        var module = catalog.defaultModule();
        String french = module.in("fr").title();
        assertThat(french).as("the module has a French title").isNotEqualTo(module.title()).startsWith("Créer et gérer");
        AppUser trainer = user("Camille Formatrice", Role.TRAINER);
        login(trainer);
        Cohort dakar = cohorts.create(new org.networkacademy.cohort.CohortDetails("Cohorte de Dakar", module.id(),
                null, null, null, org.networkacademy.cohort.CohortStatus.OPEN, java.util.Set.of()));
        UI.getCurrent().setLocale(java.util.Locale.FRENCH);
        UI.getCurrent().navigate(CohortsView.class);
        Grid<Cohort> list = _get(Grid.class, s -> s.withId("cohort-list"));
        assertThat(_getFormatted(list, 0, "module")).isEqualTo(french);

        _click(_get(Button.class, s -> s.withId("cohort-new")));
        var select = (com.vaadin.flow.component.combobox.ComboBox<org.networkacademy.content.CourseModule>)
                _get(com.vaadin.flow.component.combobox.ComboBox.class, s -> s.withId("cohort-module"));
        assertThat(select.getItemLabelGenerator().apply(module)).isEqualTo(french);

        // the progress grid's activities (their titles are the cells' tooltips) in French too
        UI.getCurrent().navigate(CohortDashboardView.class, CohortPage.params(dakar.getId()));
        Grid<Dashboard.LearnerRow> grid = _get(Grid.class, s -> s.withId("learner-grid"));
        var lesson2 = module.lessons().get(1);
        assertThat(grid.getColumnByKey("lesson:" + lesson2.id()).getTooltipGenerator().apply(null))
                .isEqualTo(module.in("fr").lessons().get(1).title()).isNotEqualTo(lesson2.title());
    }

    /** A cohort of a trainer and a trainee who submitted lesson 1's exercise and answered its check's first question wrongly. */
    private record ReviewedCohort(Cohort cohort, AppUser trainer, AppUser trainee, String wrongOptionId) {
    }

    private ReviewedCohort cohortWithASubmissionAndAWrongAnswer() {
        var module = catalog.defaultModule();
        var lesson1 = module.lessons().getFirst();
        AppUser trainer = user("Camille Formatrice", Role.TRAINER);
        AppUser trainee = user("Awa Stagiaire");
        login(trainer);
        Cohort cohort = cohorts.create(new org.networkacademy.cohort.CohortDetails("Cohorte de Thiès", module.id(),
                null, null, null, org.networkacademy.cohort.CohortStatus.OPEN, java.util.Set.of()));
        login(trainee);
        cohorts.join(cohort.getJoinCode());
        learning.submitExercise(module.id(), lesson1.id(), "Notre réseau : la chambre de commerce et l'agence.");
        var q1 = lesson1.knowledgeCheck().questions().getFirst();
        var wrong = q1.options().stream().filter(o -> !o.correct()).findFirst().orElseThrow();
        learning.answerCheckQuestion(learning.currentCheckAttempt(module.id(), lesson1.id()).getUuid(), q1.id(),
                java.util.Set.of(wrong.id()));
        login(trainer);
        return new ReviewedCohort(cohort, trainer, trainee, wrong.id());
    }

    private static String h2(com.vaadin.flow.component.Component in) {
        return _get(in, com.vaadin.flow.component.html.H2.class).getText();
    }

    private static java.util.List<String> h2s() {
        return _find(_get(FeedbackView.class), com.vaadin.flow.component.html.H2.class).stream()
                .map(com.vaadin.flow.component.html.H2::getText).toList();
    }

    private static String notificationsText() {
        return _get(com.vaadin.flow.component.html.UnorderedList.class, s -> s.withId("notifications")).getElement().getTextRecursively();
    }

    /**
     * The review queue names the lesson and exercise (and gives the prompt) in the trainer's language, and the
     * trainee's feedback page (the notification and the feedback card) in theirs: French, Arabic, English. The
     * xAPI statement and the stored notification stay as they were (English).
     */
    @Test
    void reviewAndFeedbackInTheReadersLanguage() {
        var module = catalog.defaultModule();
        var lesson1 = module.lessons().getFirst();
        var fr = module.in("fr").lessons().getFirst();
        var ar = module.in("ar").lessons().getFirst();
        assertThat(fr.title()).as("lesson 1 has a French title").isNotEqualTo(lesson1.title());
        assertThat(ar.title()).as("lesson 1 has an Arabic title").isNotEqualTo(lesson1.title());
        var c = cohortWithASubmissionAndAWrongAnswer();
        var params = CohortPage.params(c.cohort().getId());

        // --- the trainer's review card: French, Arabic, English
        UI.getCurrent().setLocale(java.util.Locale.FRENCH);
        UI.getCurrent().navigate(ReviewQueueView.class, params);
        Article card = _get(Article.class);
        assertThat(h2(card)).isEqualTo("Awa Stagiaire – Leçon 1 : " + fr.title());
        assertThat(card.getElement().getTextRecursively()).contains(fr.exercise().title() + ": " + fr.exercise().prompt().strip())
                .doesNotContain(lesson1.title()).doesNotContain(lesson1.exercise().title());
        UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("ar"));
        UI.getCurrent().navigate(ReviewQueueView.class, params);
        assertThat(h2(_get(Article.class))).endsWith(ar.title()).doesNotContain(lesson1.title());
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate(ReviewQueueView.class, params);
        assertThat(h2(_get(Article.class))).isEqualTo("Awa Stagiaire – Lesson 1: " + lesson1.title());

        // --- returned by the French trainer: the xAPI statement names the exercise in English, as before
        UI.getCurrent().setLocale(java.util.Locale.FRENCH);
        UI.getCurrent().navigate(ReviewQueueView.class, params);
        card = _get(Article.class);
        enter(_get(card, TextArea.class), "Nommez les rôles des partenaires.");
        _click(_get(card, Button.class, s -> s.withText("Renvoyer pour révision")));
        assertThat(_find(Article.class)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT full_json FROM xapi_statement WHERE verb_id = ? AND actor_key LIKE ?", String.class,
                XapiProfile.RETURNED_FOR_REVISION, "%" + c.trainer().getUuid())).contains(lesson1.exercise().title())
                .doesNotContain(fr.exercise().title());

        // --- the trainee's notification and feedback card: French, Arabic, English; the notification is stored as sent
        login(c.trainee());
        UI.getCurrent().setLocale(java.util.Locale.FRENCH);
        UI.getCurrent().navigate(FeedbackView.class);
        assertThat(notificationsText()).contains("exercice de la leçon 1. " + fr.title() + " pour révision").doesNotContain(lesson1.title());
        assertThat(h2s()).contains("Leçon 1 : " + fr.title());
        assertThat(jdbc.queryForObject("SELECT argument FROM notification WHERE user_id = ?", String.class, c.trainee().getId()))
                .as("stored as sent").isEqualTo("1. " + lesson1.title());
        UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("ar"));
        UI.getCurrent().navigate(FeedbackView.class);
        assertThat(notificationsText()).contains("1. " + ar.title()).doesNotContain(lesson1.title());
        assertThat(h2s()).anyMatch(t -> t.endsWith(ar.title()));
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate(FeedbackView.class);
        assertThat(notificationsText()).contains("exercise in lesson 1. " + lesson1.title() + " for revision");
        assertThat(h2s()).contains("Lesson 1: " + lesson1.title());
    }

    /**
     * Item analysis names checks, assessments, questions and options in the trainer's language on the screen and
     * in its CSV/XLSX files (French, Arabic); an English trainer reads English; counts are the same.
     */
    @Test
    @SuppressWarnings("unchecked")
    void itemAnalysisInTheTrainersLanguage() throws Exception {
        var module = catalog.defaultModule();
        var check1 = module.lessons().getFirst().knowledgeCheck();
        var frCheck1 = module.in("fr").lessons().getFirst().knowledgeCheck();
        var arCheck1 = module.in("ar").lessons().getFirst().knowledgeCheck();
        assertThat(frCheck1.title()).as("check 1 has a French title").isNotEqualTo(check1.title());
        var c = cohortWithASubmissionAndAWrongAnswer();
        long id = c.cohort().getId();
        var q1 = check1.questions().getFirst();
        var frQ1 = frCheck1.questions().getFirst();
        String wrong = q1.options().stream().filter(o -> o.id().equals(c.wrongOptionId())).findFirst().orElseThrow().text();
        String frWrong = frQ1.options().stream().filter(o -> o.id().equals(c.wrongOptionId())).findFirst().orElseThrow().text();
        assertThat(frWrong).isNotEqualTo(wrong);

        // --- French: the screen
        UI.getCurrent().setLocale(java.util.Locale.FRENCH);
        UI.getCurrent().navigate(ItemAnalysisView.class, CohortPage.params(id));
        Grid<Dashboard.QuestionStats> items = _get(Grid.class, s -> s.withId("item-grid"));
        assertThat(_getFormatted(items, 0, "set")).isEqualTo(frCheck1.title());
        assertThat(_getFormatted(items, 0, "question")).isEqualTo(frQ1.prompt());
        assertThat(_getFormatted(items, 0, "wrong-options")).contains(frWrong + " : 1 ×").doesNotContain(wrong);
        assertThat(_getFormatted(items, _size(items) - 1, "set")).isEqualTo(module.in("fr").finalAssessment().title())
                .isEqualTo("Évaluation finale");

        // --- French: the files (as the screen's download links make them), numbers still numbers
        var frTable = exports.itemAnalysis(id, "fr", k -> new com.vaadin.flow.component.html.Span().getTranslation(k));
        assertThat(frTable.header().getFirst()).isEqualTo("Contrôle ou évaluation");
        assertThat(frTable.rows().get(0)).containsExactly(frCheck1.title(), frQ1.prompt(), 1, 0, "", "");
        assertThat(frTable.rows().get(1)).containsExactly(frCheck1.title(), frQ1.prompt(), "", "", frWrong, 1);
        String csv = new String(frTable.csv(), StandardCharsets.UTF_8);
        assertThat(csv).contains(frCheck1.title()).contains(frWrong).doesNotContain(check1.title()).doesNotContain(wrong);
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(frTable.xlsx()))) {
            var row = wb.getSheetAt(0).getRow(2);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(frCheck1.title());
            assertThat(row.getCell(4).getStringCellValue()).isEqualTo(frWrong);
            assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(1.0);
        }

        // --- Arabic: the screen and the file
        UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("ar"));
        UI.getCurrent().navigate(ItemAnalysisView.class, CohortPage.params(id));
        items = _get(Grid.class, s -> s.withId("item-grid"));
        assertThat(_getFormatted(items, 0, "set")).isEqualTo(arCheck1.title()).isNotEqualTo(check1.title());
        assertThat(exports.itemAnalysis(id, "ar", k -> k).rows().get(1).get(0)).isEqualTo(arCheck1.title());

        // --- English: as before
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate(ItemAnalysisView.class, CohortPage.params(id));
        items = _get(Grid.class, s -> s.withId("item-grid"));
        assertThat(_getFormatted(items, 0, "set")).isEqualTo(check1.title());
        assertThat(_getFormatted(items, 0, "question")).isEqualTo(q1.prompt());
        assertThat(_getFormatted(items, 0, "wrong-options")).contains(wrong + ": 1×");
        assertThat(exports.itemAnalysis(id, "en", k -> k).rows()).isEqualTo(exports.itemAnalysis(id, k -> k).rows());
        assertThat(exports.itemAnalysis(id, "en", k -> k).rows().get(1)).containsExactly(check1.title(), q1.prompt(), "", "", wrong, 1);
    }
}
