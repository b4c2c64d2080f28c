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
}
